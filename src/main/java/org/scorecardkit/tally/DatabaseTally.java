package org.scorecardkit.tally;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.aggregate.TallyState;
import org.scorecardkit.tally.check.Intake;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Predecoder;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.read.DatabaseSource;
import org.scorecardkit.tally.read.ReadAhead;
import org.scorecardkit.tally.sql.PushDown;
import org.scorecardkit.tally.stats.Summarize;

/**
 * Tallies the responses a collector stored, where they are: with PostgreSQL the counting runs inside the
 * database as SQL and only aggregates come back; with SQLite the rows are read, in id order, through the
 * one checker like any file. Either way the result equals, figure for figure, the tally of an export of the
 * same rows.
 */
public final class DatabaseTally {
    private DatabaseTally() {
    }

    /** How a database tally counts: in the database where it can (PostgreSQL), or always by reading the rows. */
    public enum Mode { AUTO, PLAIN }

    /**
     * @param since only responses received at or after this instant, or null for all
     * @param by the breakdown, or null
     * @param dateOrder site.yaml's date order, or null
     */
    public static Tally.Result run(Instrument instrument, Database db, Instant since, Breakdown by, int maxGroups,
                                   DateOrder dateOrder, Consumer<Problem> rejects) {
        return run(instrument, db.dataSource(), db.dialect(), db.shown(), since, by, maxGroups, dateOrder, rejects, Mode.AUTO);
    }

    /** As {@link #run(Instrument, Database, Instant, Breakdown, int, DateOrder, Consumer)}, on a data source and dialect. */
    public static Tally.Result run(Instrument instrument, DataSource db, Database.Dialect dialect, String name, Instant since,
                                   Breakdown by, int maxGroups, DateOrder dateOrder, Consumer<Problem> rejects, Mode mode) {
        if (mode == Mode.AUTO && dialect == Database.Dialect.POSTGRESQL) {
            Tally.Result pushed = PushDown.run(new Layout(instrument), db, name, since, by, maxGroups, rejects);
            if (pushed != null) {
                return pushed;
            }
        }
        return plain(instrument, new DatabaseSource(db, name, instrument.id(), since), by, maxGroups, dateOrder, rejects);
    }

    /**
     * The plain path: every row read through the one checker, as a file's rows are (dedupe on, so a later
     * row of a respondent is rejected exactly as in a file).
     */
    static Tally.Result plain(Instrument instrument, DatabaseSource source, Breakdown by, int maxGroups, DateOrder dateOrder,
                              Consumer<Problem> rejects) {
        Layout layout = new Layout(instrument);
        TallyState state = new TallyState(layout, by, maxGroups, false);
        Intake intake = new Intake(layout, true, state, rejects, dateOrder, Map.of()).onDatesSettled(state::settled);
        Predecoder predecoder = new Predecoder();
        try (ReadAhead ahead = ReadAhead.of(List.of(source), 0, predecoder::accept)) {
            Tally.start(predecoder, layout, ahead);
            Tally.count(intake, ahead);
        }
        state.rows(intake.read(), intake.blank(), intake.reasons(), intake.kinds());
        List<String> notes = intake.notes();
        return new Tally.Result(Summarize.of(state, null, notes), state, notes, intake.unreadable(), intake.dateOrders());
    }
}
