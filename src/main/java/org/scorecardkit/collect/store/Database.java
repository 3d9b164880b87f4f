package org.scorecardkit.collect.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The collector's database, opened from a {@code --db} address and migrated to the current schema by
 * Flyway: an embedded SQLite file (the default {@code responses.db}; WAL, one writer, full sync) or a
 * PostgreSQL server ({@code postgresql://user@host/db} or a JDBC URL, through a HikariCP pool).
 */
public final class Database implements AutoCloseable {
    /** The kinds of database the collector speaks to. */
    public enum Dialect { SQLITE, POSTGRESQL }

    /** The default {@code --db}: a SQLite file in the current folder. */
    public static final String DEFAULT = "responses.db";

    /** How long a SQLite connection waits for another one's lock before it gives up. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final Dialect dialect;
    private final String shown;
    private final HikariDataSource pool;
    private final ResponseStore responses;
    private final TokenStore tokens;

    private Database(DatabaseAddress address, HikariDataSource pool, ResponseStore responses) {
        this.dialect = address.dialect();
        this.shown = address.shown();
        this.pool = pool;
        this.responses = responses;
        this.tokens = new SqlTokens(pool);
    }

    /**
     * Opens (creating a SQLite file when missing) and migrates the database.
     *
     * @param address a SQLite file path, {@code sqlite:PATH}, {@code jdbc:sqlite:PATH}, {@code postgresql://…} or {@code jdbc:postgresql://…}
     * @param base the folder a relative SQLite path is taken from
     * @throws IllegalArgumentException for an address that names no database the collector speaks to, with how to write one
     * @throws java.sql.SQLException when the database cannot be reached or migrated
     */
    public static Database open(String address, Path base) throws SQLException {
        DatabaseAddress parsed = DatabaseAddress.parse(address, base);
        HikariDataSource pool = pool(parsed);
        try {
            migrate(pool, parsed);
            ResponseStore responses = parsed.dialect() == Dialect.SQLITE
                    ? new SqliteResponses(pool, sqlite(parsed.jdbcUrl()))
                    : new PostgresResponses(pool);
            return new Database(parsed, pool, responses);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The pool (PostgreSQL) or the readers' connections (SQLite), for reading: the tally's push-down runs its SQL here. */
    public DataSource dataSource() {
        return pool;
    }

    /** The address as people may see it: no password. */
    public String shown() {
        return shown;
    }

    public ResponseStore responses() {
        return responses;
    }

    public TokenStore tokens() {
        return tokens;
    }

    /** Stops the writer after the queued responses are on disk, and closes every connection. */
    @Override
    public void close() {
        try {
            if (responses instanceof AutoCloseable closeable) {
                closeable.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("closing " + shown + ": " + e.getMessage(), e);
        } finally {
            pool.close();
        }
    }

    /** Flyway set up for the collector's migrations of a dialect, logging nowhere the user sees. */
    static FluentConfiguration flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:org/scorecardkit/collect/migration/" + dialect.name().toLowerCase(java.util.Locale.ROOT))
                .loggers("slf4j")
                .cleanDisabled(true);
    }

    /** A SQLite data source whose every connection is in WAL mode, syncs fully on commit and waits on locks. */
    static SQLiteDataSource sqlite(String jdbcUrl) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(jdbcUrl);
        return source;
    }

    private static HikariDataSource pool(DatabaseAddress address) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("scorecard-" + address.dialect().name().toLowerCase(java.util.Locale.ROOT));
        // How long a caller waits for a pooled connection under load; reaching the server at all is
        // bounded by the driver's connectTimeout below, and the first connection is tried once only.
        config.setConnectionTimeout(30_000);
        config.setInitializationFailTimeout(1);
        if (address.dialect() == Dialect.SQLITE) {
            config.setDataSource(sqlite(address.jdbcUrl()));
            // Readers only (and the rare token write): the one writer has its own connection.
            config.setMaximumPoolSize(4);
        } else {
            config.setJdbcUrl(address.jdbcUrl());
            config.setDriverClassName("org.postgresql.Driver");
            if (address.user() != null) {
                config.setUsername(address.user());
            }
            if (address.password() != null) {
                config.setPassword(address.password());
            }
            // The driver's own connect timeout (seconds): an unreachable host fails fast, not after minutes.
            config.addDataSourceProperty("connectTimeout", "3");
            config.setMaximumPoolSize(16);
            config.setMinimumIdle(2);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new SQLException("cannot open the database " + address.shown() + ": " + firstLine(rootCause(e))
                    + (address.dialect() == Dialect.POSTGRESQL ? " (is the server running, and may this user connect?)" : ""), e);
        }
    }

    private static void migrate(DataSource pool, DatabaseAddress address) throws SQLException {
        try {
            flyway(pool, address.dialect()).load().migrate();
        } catch (FlywayException e) {
            throw new SQLException("cannot bring the database " + address.shown() + " to the current schema: " + firstLine(e), e);
        }
    }

    /** The deepest SQLException in the chain (the driver's own words), else the deepest cause. */
    private static Throwable rootCause(Throwable e) {
        Throwable sql = null;
        Throwable last = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sql = t instanceof SQLException ? t : sql;
            last = t;
        }
        return sql != null ? sql : last;
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
