package org.scorecardkit.collect.store;

import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Opens a fresh database of a dialect for a test: a SQLite file in the test's folder, or a new PostgreSQL database. */
final class Databases {
    private Databases() {
    }

    /** The {@code --db} address of a fresh, empty database. */
    static String address(Database.Dialect dialect, Path folder) {
        return dialect == Database.Dialect.SQLITE ? folder.resolve("responses.db").toString() : PostgresServer.jdbcUrl("store");
    }

    static Database open(Database.Dialect dialect, Path folder) throws SQLException {
        return Database.open(address(dialect, folder), folder);
    }

    /** A plain data source on an address, for setting a database up behind the collector's back. */
    static DataSource plain(Database.Dialect dialect, String address) {
        if (dialect == Database.Dialect.SQLITE) {
            return Database.sqlite("jdbc:sqlite:" + address);
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(address);
        return source;
    }
}
