package org.scorecardkit.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.tally.DatabaseTally;
import org.scorecardkit.tally.TallyOutputs;
import picocli.CommandLine;

/**
 * The collector's database as the responses of {@code tally --db} (and {@code export}): opened from its
 * address, with {@code --since} read as the first moment counted; counts through {@link DatabaseTally}.
 * A database that cannot be opened is one line ({@link Unreachable}), never a trace.
 */
final class DatabaseCounting implements AutoCloseable {
    /** The database could not be opened or reached: the message is the one line to show. */
    static final class Unreachable extends Exception {
        Unreachable(String message) {
            super(message);
        }
    }

    private final Database database;
    private final Instant since;
    private final boolean plain;

    private DatabaseCounting(Database database, Instant since, boolean plain) {
        this.database = database;
        this.since = since;
        this.plain = plain;
    }

    static DatabaseCounting open(String address, String since, boolean plain, CommandLine.Model.CommandSpec spec)
            throws Unreachable {
        Instant from = since(since, spec);
        return new DatabaseCounting(database(address), from, plain);
    }

    /** Opens the database at {@code address}, or says in one line why not. */
    static Database database(String address) throws Unreachable {
        try {
            return Database.open(address, Path.of(""));
        } catch (IllegalArgumentException e) {
            throw new Unreachable(e.getMessage());
        } catch (SQLException e) {
            throw new Unreachable("cannot open the database " + shown(address) + ": " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            // A pool that cannot reach its server fails unchecked (HikariCP's PoolInitializationException).
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new Unreachable("cannot open the database " + shown(address) + ": " + oneLine(String.valueOf(cause.getMessage())));
        }
    }

    /** The address without a password, for messages. */
    private static String shown(String address) {
        return address.replaceAll("(://[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@code --since}: a day (its first moment, UTC) or an instant; null for none. */
    static Instant since(String since, CommandLine.Model.CommandSpec spec) {
        if (since == null) {
            return null;
        }
        try {
            return LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADay) {
            try {
                return OffsetDateTime.parse(since).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--since takes a day YYYY-MM-DD or an instant such as"
                        + " 2026-03-01T09:00:00Z, not \"" + since + "\"");
            }
        }
    }

    /** Refuses what a database tally cannot do: a comparison, a saved state, per-respondent scorecards, files besides. */
    static void refuse(TallyCommand tally, CommandLine.Model.CommandSpec spec) {
        String why = !tally.files.isEmpty() ? "response FILEs" : !tally.before.isEmpty() || !tally.after.isEmpty() ? "--before/--after"
                : tally.saveState != null ? "--save-state" : tally.scorecards ? "--scorecards"
                : tally.columns != null ? "--columns" : tally.sheet != null ? "--sheet"
                : tally.manifest != null || tally.corrections != null ? "--manifest/--corrections" : null;
        if (why != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db tallies the collector's database alone: leave out " + why);
        }
    }

    /** Counts the database's responses, the dates read in the order {@code dateOrder} gives when it is known. */
    TallyOutputs.Counting with(Supplier<DateOrder> dateOrder) {
        return (instrument, options, rejects) -> {
            try {
                return DatabaseTally.run(instrument.get(), database.dataSource(), database.dialect(), database.shown(), since,
                        options.by(), options.maxGroups(), dateOrder.get(), rejects,
                        plain ? DatabaseTally.Mode.PLAIN : DatabaseTally.Mode.AUTO);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExecutionException(e);
            }
        };
    }

    @Override
    public void close() {
        database.close();
    }
}
