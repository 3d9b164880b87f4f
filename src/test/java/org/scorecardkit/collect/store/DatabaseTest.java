package org.scorecardkit.collect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Opening, migrating and addressing the collector's database, on a real SQLite file and a real PostgreSQL server. */
class DatabaseTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void opensAnEmptyDatabaseAndMigratesItToTheLatestSchema(Database.Dialect dialect) throws Exception {
        String address = Databases.address(dialect, folder);
        try (Database db = Database.open(address, folder)) {
            assertEquals(dialect, db.dialect());
            assertEquals(0, db.responses().count("wellbeing"));
            MigrationInfo[] applied = Database.flyway(db.dataSource(), dialect).load().info().applied();
            assertEquals("3", applied[applied.length - 1].getVersion().getVersion());
            assertFalse(db.tokens().any());
        }
        // Opening again finds the schema current and changes nothing.
        try (Database db = Database.open(address, folder)) {
            assertEquals(0, db.responses().count("wellbeing"));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void upgradesADatabaseMadeByTheFirstSchemaInPlaceKeepingItsRows(Database.Dialect dialect) throws Exception {
        String address = Databases.address(dialect, folder);
        DataSource old = Databases.plain(dialect, address);
        Database.flyway(old, dialect).target("1").load().migrate();
        try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
            String answers = dialect == Database.Dialect.SQLITE ? "'{\"q1\":\"4\",\"q2\":\"2\"}'" : "'{\"q1\":\"4\",\"q2\":\"2\"}'::jsonb";
            s.executeUpdate("INSERT INTO responses (instrument, version, submission, received, respondent, grp, answered_on, answers)"
                    + " VALUES ('wellbeing', '1', 'old-1', 1700000000000, 'r1', 'north', '2024-05-01', " + answers + ")");
            // Only the first schema is there: no tokens table yet.
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT COUNT(*) FROM tokens").close());
        }
        try (Database db = Database.open(address, folder)) {
            assertEquals(1, db.responses().count("wellbeing"));
            StoredResponse kept = only(db.responses(), "wellbeing");
            assertEquals("old-1", kept.submission());
            assertEquals(Map.of("q1", "4", "q2", "2"), kept.answers());
            assertEquals(Instant.ofEpochMilli(1700000000000L), kept.received());
            // The later migrations' tables are there and work.
            String token = db.tokens().create("lead");
            assertEquals("lead", db.tokens().check(token));
            db.responses().discarded("wellbeing", "spam-trap");
            assertEquals(Map.of("spam-trap", 1L), db.responses().discarded("wellbeing"));
            assertEquals(ResponseStore.Outcome.ALREADY_STORED, db.responses().store(new StoredResponse(0, "wellbeing", "1", "old-1",
                    Instant.now(), "r1", "north", "2024-05-01", Map.of("q1", "4", "q2", "2"))).get());
        }
    }

    private static StoredResponse only(ResponseStore store, String instrument) {
        StoredResponse[] found = new StoredResponse[1];
        store.forEach(instrument, null, r -> {
            assertEquals(null, found[0], "one row only");
            found[0] = r;
        });
        return found[0];
    }

    @Test
    void sqliteConnectionsAreInWalModeAndSyncFullyOnCommit() throws Exception {
        try (Database db = Database.open("sqlite:responses.db", folder)) {
            assertTrue(Files.exists(folder.resolve("responses.db")));
            for (DataSource source : new DataSource[] {db.dataSource(), Database.sqlite("jdbc:sqlite:" + folder.resolve("responses.db"))}) {
                try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                    assertEquals("wal", pragma(s, "journal_mode"));
                    // 2 is FULL: every commit syncs the WAL.
                    assertEquals("2", pragma(s, "synchronous"));
                    assertEquals(String.valueOf(Database.BUSY_TIMEOUT_MS), pragma(s, "busy_timeout"));
                }
            }
        }
    }

    private static String pragma(Statement s, String name) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void sqliteAddressesAreTakenFromTheBaseFolder() throws Exception {
        Files.createDirectory(folder.resolve("data"));
        try (Database db = Database.open("jdbc:sqlite:data/a.db", folder)) {
            assertEquals(Database.Dialect.SQLITE, db.dialect());
            assertEquals(folder.resolve("data/a.db").toAbsolutePath().normalize().toString(), db.shown());
        }
        assertTrue(Files.exists(folder.resolve("data/a.db")));
    }

    @Test
    void anAddressOfAnotherKindOfDatabaseIsRefusedInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.open("mysql://me@db/answers", folder));
        assertTrue(e.getMessage().contains("--db must be a SQLite file path or postgresql://user@host/db"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertThrows(IllegalArgumentException.class, () -> Database.open("jdbc:mysql://db/answers", folder));
        assertThrows(IllegalArgumentException.class, () -> Database.open(" ", folder));
    }

    @Test
    void aSqliteFileInAMissingFolderSaysHowToMakeTheFolder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.open("nowhere/responses.db", folder));
        assertTrue(e.getMessage().contains("mkdir -p " + folder.resolve("nowhere")), e.getMessage());
        assertFalse(Files.exists(folder.resolve("nowhere")));
        IllegalArgumentException dir = assertThrows(IllegalArgumentException.class, () -> Database.open(folder.toString(), folder));
        assertTrue(dir.getMessage().contains("is a folder"), dir.getMessage());
    }

    @Test
    void aPostgresqlAddressBecomesAJdbcUrlWithTheCredentialsApart() {
        DatabaseAddress a = DatabaseAddress.parse("postgresql://survey:s%40cret@db.example.org:5433/answers?sslmode=require", folder);
        assertEquals(Database.Dialect.POSTGRESQL, a.dialect());
        assertEquals("jdbc:postgresql://db.example.org:5433/answers?sslmode=require", a.jdbcUrl());
        assertEquals("survey", a.user());
        assertEquals("s@cret", a.password());
        assertEquals("postgresql://survey@db.example.org:5433/answers?sslmode=require", a.shown());
        DatabaseAddress jdbc = DatabaseAddress.parse("jdbc:postgresql://h/db?user=u&password=pw", folder);
        assertEquals("jdbc:postgresql://h/db?user=u&password=pw", jdbc.jdbcUrl());
        assertFalse(jdbc.shown().contains("pw"), jdbc.shown());
        assertThrows(IllegalArgumentException.class, () -> DatabaseAddress.parse("postgresql://u@host", folder));
    }

    @Test
    void anUnreachablePostgresqlServerFailsFastInOneLine() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String address = "postgresql://nobody:secret@127.0.0.1:" + port + "/answers";
        long start = System.nanoTime();
        SQLException e = assertThrows(SQLException.class, () -> Database.open(address, folder));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "gave up within seconds");
        assertTrue(e.getMessage().startsWith("cannot open the database postgresql://nobody@127.0.0.1:" + port + "/answers: "), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void answersKeepTheirValuesAndSqliteKeepsTheirOrder(Database.Dialect dialect) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("z9", "Ünïcödé \"quoted\" <b>");
        answers.put("a1", "3");
        answers.put("m_long_item", "");
        try (Database db = Databases.open(dialect, folder)) {
            db.responses().store(new StoredResponse(0, "w", "1", "s1", Instant.now(), null, null, null, answers)).get();
            StoredResponse back = only(db.responses(), "w");
            assertEquals(answers, back.answers());
            if (dialect == Database.Dialect.SQLITE) {
                assertEquals(java.util.List.copyOf(answers.keySet()), java.util.List.copyOf(back.answers().keySet()));
            }
        }
    }
}
