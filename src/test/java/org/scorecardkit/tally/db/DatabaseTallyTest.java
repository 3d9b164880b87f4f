package org.scorecardkit.tally.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.collect.store.PostgresServer;
import org.scorecardkit.tally.TallyFixtures;

/**
 * A tally straight from a collector's database equals, figure for figure, the tally of an export of
 * the same rows: summary.json of {@code tally ID --db URL} against {@code tally ID export.csv}, on SQLite
 * (the plain path) and PostgreSQL (the push-down, and the plain path with --no-push-down), whole and
 * --by group and month, for an instrument of every item type, one of ratings (alpha) and a checklist.
 */
class DatabaseTallyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    static String address(Database.Dialect dialect, Path dir) {
        return dialect == Database.Dialect.SQLITE ? dir.resolve("responses.db").toString() : PostgresServer.jdbcUrl("dbtally");
    }

    private String filled(Database.Dialect dialect) throws Exception {
        String address = address(dialect, dir);
        try (Database db = Database.open(address, dir)) {
            new StoredFixture(db).fill(300);
        }
        return address;
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void databaseTallyEqualsTheTallyOfItsExport(Database.Dialect dialect) throws Exception {
        String db = filled(dialect);
        for (String id : List.of("pulse", "trio", "mini")) {
            Path csv = export(id, db, "export.csv");
            for (List<String> by : List.of(List.<String>of(), List.of("--by", "group"), List.of("--by", "month"))) {
                JsonNode fromDb = tally(id, List.of("--db", db), by, "db");
                JsonNode fromFile = tally(id, List.of(csv.toString()), by, "file");
                assertEquals(fromFile, fromDb, id + " " + by + " on " + dialect);
                if (dialect == Database.Dialect.POSTGRESQL) {
                    assertEquals(fromFile, tally(id, List.of("--db", db, "--no-push-down"), by, "plain"), id + " " + by + " plain");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void theFiguresAreTheFixturesOwn(Database.Dialect dialect) throws Exception {
        String db = filled(dialect);
        JsonNode s = tally("pulse", List.of("--db", db), List.of(), "db");
        // 300 pulse rows and one without answers; version 2 at i % 37 == 5; later duplicates among the rest.
        long otherVersion = java.util.stream.IntStream.range(0, 300).filter(i -> i % 37 == 5).count();
        assertEquals(301, s.path("rows").path("read").asLong(), s.toString());
        assertEquals(otherVersion, s.path("rejects").path("other-version").asLong(), s.path("rejects").toString());
        assertEquals(1, s.path("rejects").path("no-answers").asLong());
        assertTrue(s.path("rejects").path("duplicate-respondent").asLong() > 10, s.path("rejects").toString());
        assertEquals(301 - otherVersion - 1 - s.path("rejects").path("duplicate-respondent").asLong(),
                s.path("rows").path("accepted").asLong());
        JsonNode texts = s.path("items").path("comment");
        assertTrue(texts.toString().contains("=SUM(A1:A9)"), texts.toString());
        assertTrue(texts.toString().contains("line one\\nline two"), texts.toString());
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void sinceCountsOnlyTheLaterResponses(Database.Dialect dialect) throws Exception {
        String db = filled(dialect);
        // Row k was received k minutes after the start; pulse rows are every third row from 0, then the row without answers.
        String since = StoredFixture.START.plusSeconds(60L * 450).toString();
        JsonNode later = tally("pulse", List.of("--db", db, "--since", since), List.of(), "since");
        assertEquals(151, later.path("rows").path("read").asLong());
        Path csv = export("pulse", db, "later.csv", "--since", since);
        assertEquals(tally("pulse", List.of(csv.toString()), List.of(), "since-file"), later);
        JsonNode all = tally("pulse", List.of("--db", db, "--since", "2026-01-01"), List.of(), "since-day");
        assertEquals(301, all.path("rows").path("read").asLong());
    }

    @org.junit.jupiter.api.Test
    void postgresCountsInsideTheDatabaseUnlessARowNeedsTheChecker() throws Exception {
        String db = filled(Database.Dialect.POSTGRESQL);
        try (Database d = Database.open(db, dir)) {
            for (String id : List.of("pulse", "trio", "mini")) {
                var instrument = TallyFixtures.instrument(id);
                for (var by : new org.scorecardkit.tally.aggregate.Breakdown[] {null, org.scorecardkit.tally.aggregate.Breakdown.GROUP,
                        org.scorecardkit.tally.aggregate.Breakdown.QUARTER}) {
                    List<org.scorecardkit.tally.check.Problem> pushedRejects = new ArrayList<>();
                    var pushed = org.scorecardkit.tally.sql.PushDown.run(new org.scorecardkit.tally.check.Layout(instrument),
                            d.dataSource(), d.shown(), null, by, 1000, pushedRejects::add);
                    assertNotNull(pushed, id + " by " + by + " was not pushed down");
                    List<org.scorecardkit.tally.check.Problem> plainRejects = new ArrayList<>();
                    var plain = org.scorecardkit.tally.DatabaseTally.run(instrument, d.dataSource(), d.dialect(), d.shown(), null, by,
                            1000, null, plainRejects::add, org.scorecardkit.tally.DatabaseTally.Mode.PLAIN);
                    assertEquals(json(plain.summary()), json(pushed.summary()), id + " by " + by);
                    // The rejects listed are the same rows, with the same reasons, messages and raw rows.
                    assertEquals(plainRejects, pushedRejects);
                    assertFalse(pushedRejects.isEmpty());
                }
            }
        }
        // An answer the checker cannot read (a rating off the scale): the push-down gives way, and the figures still agree.
        try (var c = java.sql.DriverManager.getConnection(db); var st = c.createStatement()) {
            st.execute("INSERT INTO responses (instrument, version, submission, received, respondent, answers)"
                    + " VALUES ('trio', '2', 'odd', 0, 'odd-one', '{\"a\": \"9\", \"b\": \"2\"}')");
        }
        try (Database d = Database.open(db, dir)) {
            var trio = TallyFixtures.instrument("trio");
            assertEquals(null, org.scorecardkit.tally.sql.PushDown.run(new org.scorecardkit.tally.check.Layout(trio),
                    d.dataSource(), d.shown(), null, null, 1000, p -> { }));
        }
        Path csv = export("trio", db, "odd.csv");
        console.reset();
        Path a = dir.resolve("odd-db");
        Path b = dir.resolve("odd-file");
        assertEquals(0, Main.run("tally", "trio", "--db", db, "--out", a.toString(), "--content", TallyFixtures.CONTENT.toString()));
        assertEquals(0, Main.run("tally", "trio", csv.toString(), "--out", b.toString(), "--content", TallyFixtures.CONTENT.toString()));
        JsonNode fromDb = JSON.readTree(a.resolve("summary.json").toFile());
        assertEquals(1, fromDb.path("problems").path(org.scorecardkit.tally.check.ProblemKind.CELL_IGNORED.key()).asLong(), fromDb.toString());
        assertEquals(JSON.readTree(b.resolve("summary.json").toFile()), fromDb);
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void jsonLinesAndExcelExportsTallyAsTheDatabaseDoes(Database.Dialect dialect) throws Exception {
        String db = filled(dialect);
        for (String id : List.of("pulse", "trio")) {
            JsonNode fromDb = tally(id, List.of("--db", db), List.of("--by", "group"), "db");
            for (String name : List.of("export.jsonl", "export.xlsx")) {
                Path file = export(id, db, name);
                assertEquals(fromDb, tally(id, List.of(file.toString()), List.of("--by", "group"), name), id + " " + name);
            }
        }
    }

    private static JsonNode json(org.scorecardkit.tally.stats.Summary s) throws java.io.IOException {
        return JSON.readTree(org.scorecardkit.tally.report.SummaryJson.of(s));
    }

    /** Runs the export; the file it wrote. */
    private Path export(String id, String db, String name, String... more) {
        Path out = dir.resolve(id + "-" + name);
        List<String> args = new ArrayList<>(List.of("export", id, "--db", db, "--out", out.toString(),
                "--content", TallyFixtures.CONTENT.toString()));
        args.addAll(List.of(more));
        console.reset();
        assertEquals(0, Main.run(args.toArray(String[]::new)), console.err());
        assertTrue(console.out().matches("(?s)\\d+ responses written to .*" + java.util.regex.Pattern.quote(name) + "\\R"), console.out());
        return out;
    }

    /** Runs a tally into a folder of its own; its summary.json, after checking it read everything without a warning. */
    private JsonNode tally(String id, List<String> source, List<String> by, String label) throws Exception {
        Path out = dir.resolve(id + "-" + label + "-" + String.join("", by));
        List<String> args = new ArrayList<>(List.of("tally", id));
        args.addAll(source);
        args.addAll(by);
        args.addAll(List.of("--out", out.toString(), "--content", TallyFixtures.CONTENT.toString()));
        console.reset();
        assertEquals(0, Main.run(args.toArray(String[]::new)), console.err());
        assertFalse(console.err().contains("warning") || console.err().contains("not a column"), console.err());
        assertTrue(Files.exists(out.resolve("report.html")) && Files.exists(out.resolve("report.pdf")));
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertNotNull(summary);
        return summary;
    }
}
