package org.scorecardkit.collect.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.render.csv.KeyingTemplates;
import org.scorecardkit.tally.TallyFixtures;

/** {@code scorecard export}: the columns, formula-like cells neutralised in CSV and Excel, the JSON Lines shape, one-line failures. */
class ExportCommandTest {
    private static final String CONTENT = TallyFixtures.CONTENT.toString();
    private static final List<String> FORMULAS = List.of("=SUM(A1:A9)", "+1 more", "-minus", "@home", "\tcmd", "\rcr");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /** A SQLite collector database with one pulse response per formula-like comment, and one trio response. */
    private String database() throws Exception {
        String address = dir.resolve("responses.db").toString();
        try (Database db = Database.open(address, dir)) {
            for (int i = 0; i < FORMULAS.size(); i++) {
                Map<String, String> answers = new LinkedHashMap<>();
                answers.put("energy", String.valueOf(1 + i % 4));
                answers.put("tools", "wiki;bot");
                answers.put("comment", FORMULAS.get(i));
                db.responses().store(new StoredResponse(0, "pulse", "3", "sub-" + i, Instant.ofEpochMilli(1_767_225_600_123L + i),
                        i == 0 ? "=cmd|' /C calc'!A0" : "r" + i, "g,1", "2026-02-0" + (1 + i), answers)).get();
            }
            db.responses().store(new StoredResponse(0, "trio", "2", "t", Instant.EPOCH, "x", null, null, Map.of("a", "3"))).get();
        }
        return address;
    }

    private int export(String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        all.addAll(List.of("--content", CONTENT));
        console.reset();
        return Main.run(all.toArray(String[]::new));
    }

    @Test
    void csvHasTheTemplatesColumnsAndNeutralisesFormulas() throws Exception {
        String db = database();
        Path out = dir.resolve("pulse.csv");
        assertEquals(0, export("pulse", "--db", db, "--out", out.toString()), console.err());
        assertEquals("6 responses written to " + out + System.lineSeparator(), console.out());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        List<String> columns = new ArrayList<>(KeyingTemplates.columns(TallyFixtures.instrument("pulse")));
        columns.addAll(List.of("instrument", "version", "submission", "received"));
        assertTrue(csv.startsWith(String.join(",", columns) + "\r\n"), csv);
        for (String f : FORMULAS) {
            String cell = "'" + f;
            assertTrue(csv.contains(cell.contains("\r") ? "\"" + cell + "\"" : cell), f + " in " + csv);
        }
        assertTrue(csv.contains("\r\n'=cmd|' /C calc'!A0,"), csv);
        assertTrue(csv.contains(",\"g,1\",2026-02-01,") && csv.contains(",pulse,3,sub-0,2026-01-01T00:00:00.123Z\r\n"), csv);
        // No cell of a line starts a formula: every cell after a comma or a line start begins otherwise.
        assertFalse(csv.matches("(?s).*(^|,|\\r\\n)[=+@-].*"), csv);
    }

    @Test
    void excelCellsAreTextWithFormulasNeutralised() throws Exception {
        String db = database();
        Path out = dir.resolve("pulse.xlsx");
        assertEquals(0, export("pulse", "--db", db, "--out", out.toString()), console.err());
        List<String> comments = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            List<Row> rows = wb.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(Cell::getText).toList();
            assertEquals(ResponseExport.columns(TallyFixtures.instrument("pulse")), header);
            int comment = header.indexOf("comment");
            for (Row r : rows.subList(1, rows.size())) {
                for (Cell c : r) {
                    if (c != null) {
                        assertEquals(CellType.STRING, c.getType(), c.getAddress().toString());
                        assertFalse(c.getText().matches("(?s)^[=+@\\-\\t\\r].*"), c.getText());
                    }
                }
                comments.add(r.getCell(comment).getText());
            }
        }
        assertEquals(FORMULAS.stream().map(f -> "'" + f).toList(), comments);
    }

    @Test
    void jsonLinesAreThePagesDownloadShape() throws Exception {
        String db = database();
        Path out = dir.resolve("pulse.jsonl");
        assertEquals(0, export("pulse", "--db", db, "--out", out.toString()), console.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(6, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals(List.of("instrument", "version", "respondent", "group", "date", "answers", "submission", "received"),
                iterate(first.fieldNames()));
        assertEquals(1, first.path("answers").path("energy").intValue());
        assertTrue(first.path("answers").path("energy").isInt());
        assertEquals("[\"wiki\",\"bot\"]", first.path("answers").path("tools").toString());
        assertEquals("=SUM(A1:A9)", first.path("answers").path("comment").textValue());
        assertEquals("2026-01-01T00:00:00.123Z", first.path("received").textValue());
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void theExportTalliesWithoutAWarning() throws Exception {
        String db = database();
        for (String name : List.of("pulse.csv", "pulse.xlsx", "pulse.jsonl")) {
            Path out = dir.resolve(name);
            assertEquals(0, export("pulse", "--db", db, "--out", out.toString()), console.err());
            console.reset();
            assertEquals(0, Main.run("tally", "pulse", out.toString(), "--content", CONTENT, "--strict"), console.err());
            assertFalse(console.err().contains("warning") || console.err().contains("ignored"), name + ": " + console.err());
            assertTrue(console.out().contains("6"), console.out());
        }
    }

    @Test
    void failuresAreOneLineAndExitOne() throws Exception {
        String db = database();
        assertEquals(1, export("nosuch", "--db", db, "--out", dir.resolve("x.csv").toString()));
        assertEquals(1, console.err().strip().lines().count(), console.err());
        assertTrue(console.err().contains("no instrument \"nosuch\""), console.err());
        assertEquals(1, export("pulse", "--db", "mysql://somewhere/db", "--out", dir.resolve("x.csv").toString()));
        assertEquals(1, console.err().strip().lines().count(), console.err());
        assertEquals(1, export("pulse", "--db", "postgresql://nobody@127.0.0.1:1/none", "--out", dir.resolve("x.csv").toString()));
        assertEquals(1, console.err().strip().lines().count(), console.err());
        assertTrue(console.err().startsWith("export: cannot open the database"), console.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
        console.reset();
        assertEquals(1, Main.run("tally", "pulse", "--db", "postgresql://nobody@127.0.0.1:1/none", "--content", CONTENT));
        assertEquals(1, console.err().strip().lines().count(), console.err());
        assertTrue(console.err().startsWith("tally: cannot open the database"), console.err());
        assertEquals(2, export("pulse", "--db", db, "--out", dir.resolve("x.txt").toString()));
    }
}
