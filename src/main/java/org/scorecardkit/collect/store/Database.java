package org.scorecardkit.collect.store;

import java.nio.file.Path;
import javax.sql.DataSource;

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

    private Database() {
    }

    /**
     * Opens (creating a SQLite file when missing) and migrates the database.
     *
     * @param address a SQLite file path, {@code sqlite:PATH}, {@code jdbc:sqlite:PATH}, {@code postgresql://…} or {@code jdbc:postgresql://…}
     * @param base the folder a relative SQLite path is taken from
     * @throws IllegalArgumentException for an address that names no database the collector speaks to, with how to write one
     * @throws java.sql.SQLException when the database cannot be reached or migrated
     */
    public static Database open(String address, Path base) throws java.sql.SQLException {
        throw new UnsupportedOperationException("store helper writes this");
    }

    public Dialect dialect() {
        throw new UnsupportedOperationException();
    }

    /** The pool (PostgreSQL) or the readers' connections (SQLite), for reading: the tally's push-down runs its SQL here. */
    public DataSource dataSource() {
        throw new UnsupportedOperationException();
    }

    /** The address as people may see it: no password. */
    public String shown() {
        throw new UnsupportedOperationException();
    }

    public ResponseStore responses() {
        throw new UnsupportedOperationException();
    }

    public TokenStore tokens() {
        throw new UnsupportedOperationException();
    }

    /** Stops the writer after the queued responses are on disk, and closes every connection. */
    @Override
    public void close() {
    }
}
