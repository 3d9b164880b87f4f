package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@link RealShapesTest} reads of one tally run, and the assertions its shapes share. */
final class ShapeOutcomes {
    private ShapeOutcomes() {
    }

    /** One tally run: its exit code, summary.json, rejects.csv as rows by header, and what it printed. */
    record Outcome(String file, int exit, JsonNode json, List<Map<String, String>> problems, String printed) {
        JsonNode item(String id) {
            return json.path("items").path(id);
        }

        JsonNode group(String key) {
            return json.path("groups").path(key);
        }

        List<String> reasons() {
            List<String> texts = new ArrayList<>();
            item("reason").path("answers").forEach(a -> texts.add(a.asText()));
            return texts;
        }

        /** The first lines printed, enough to see why an assertion failed. */
        String brief() {
            return String.join("\n", printed.lines().limit(12).toList());
        }
    }

    static List<Map<String, String>> rejects(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return List.of();
        }
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            return rows.readAll();
        }
    }

    static void assertRows(Outcome o, int read, int accepted, int rejected) {
        JsonNode rows = o.json().path("rows");
        assertEquals(List.of(read, accepted, rejected),
                List.of(rows.path("read").asInt(-1), rows.path("accepted").asInt(-1), rows.path("rejected").asInt(-1)),
                "rows read, accepted, rejected of " + o.file() + "; printed:\n" + o.brief());
    }

    /** summary.json "problems" has exactly these counts, and rejects.csv exactly that many entries. */
    static void assertProblems(Outcome o, int rowRejected, int cellIgnored, int dateUnknown, int totalDiffers,
            int columnIgnored) {
        ObjectNode expected = JsonNodeFactory.instance.objectNode().put("row_rejected", rowRejected)
                .put("cell_ignored", cellIgnored).put("date_unknown", dateUnknown).put("total_differs", totalDiffers)
                .put("column_ignored", columnIgnored).put("mark_unclear", 0).put("double_mark", 0).put("page_not_read", 0)
                .put("page_missing", 0);
        assertEquals(expected, o.json().path("problems"), "problems of " + o.file() + "; rejects.csv: " + o.problems());
        assertEquals(rowRejected + cellIgnored + dateUnknown + totalDiffers + columnIgnored, o.problems().size(),
                "one rejects.csv entry per problem: " + o.problems());
    }

    /**
     * Exactly one rejects.csv entry of this kind at this line and column, with this value (null: any) and a
     * reason, which says {@code phrase} (null: anything); reasons are checked by a key phrase only.
     */
    static void assertListed(Outcome o, String kind, int line, String column, String value, String phrase) {
        List<Map<String, String>> found = o.problems().stream()
                .filter(p -> kind.equals(p.get("kind")) && String.valueOf(line).equals(p.get("line")) && column.equals(p.get("column")))
                .toList();
        assertEquals(1, found.size(), kind + " at line " + line + ", column \"" + column + "\" in " + o.problems());
        Map<String, String> p = found.get(0);
        assertTrue(p.getOrDefault("file", "").startsWith(o.file()), "the file as named on the command line: " + p);
        if (value != null) {
            assertEquals(value, p.get("value"), "the value as written: " + p);
        }
        String reason = p.getOrDefault("reason", "");
        assertTrue(!reason.isBlank(), "every problem has a reason: " + p);
        if (phrase != null) {
            assertTrue(reason.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT)),
                    "the reason says \"" + phrase + "\": " + p);
        }
    }

    /** The line of the terminal output that names this file and says all of these things. */
    static String lineSaying(Outcome o, String... phrases) {
        return o.printed().lines().filter(l -> l.contains(o.file()) && Arrays.stream(phrases).allMatch(l::contains))
                .findFirst().orElseThrow(() -> new AssertionError("no line naming " + o.file() + " and "
                        + Arrays.toString(phrases) + " in:\n" + o.brief()));
    }

    /** A figure of summary.json, rounded to two decimals, is this one. */
    static void assertTwoDecimals(double expected, JsonNode figure) {
        assertTrue(figure.isNumber(), "a number, not " + figure);
        assertEquals(expected, Math.round(figure.asDouble() * 100) / 100.0, 1e-9, "rounded to two decimals: " + figure);
    }

    /** The NPS of the whole file: n, promoters, passives, detractors and the score to two decimals. */
    static void assertNps(Outcome o, int n, int promoters, int passives, int detractors, double score) {
        JsonNode nps = o.json().path("nps");
        assertEquals(List.of(n, promoters, passives, detractors), List.of(nps.path("n").asInt(), nps.path("promoters").asInt(),
                nps.path("passives").asInt(), nps.path("detractors").asInt()), "n, promoters, passives, detractors: " + nps);
        assertTwoDecimals(score, nps.path("score"));
    }

    /**
     * The skillset's figures of the eight respondents of keyed-skillset.csv, google-forms-skillset.csv
     * and ms-forms-skillset.xlsx, from expected_figures.py: scores 48, 35, 53, 27, 45, 20, 57 (the
     * eighth left item 12 blank: no score), mean 40.7143, sd 13.7685; four answers each in November
     * (mean 40.75) and December 2026 (three scores, mean 40.6667).
     */
    static void assertSkillsetFigures(Outcome o) {
        assertEquals(8, o.json().path("n").asInt(), o.brief());
        assertEquals(7, o.json().path("score").path("n").asInt());
        assertTwoDecimals(40.71, o.json().path("score").path("mean"));
        assertTwoDecimals(13.77, o.json().path("score").path("sd"));
        assertTwoDecimals(45.0, o.json().path("score").path("median"));
        assertEquals(3.375, o.item("importance-of-service").path("mean").asDouble(), 1e-9);   // holds a "not currently…" label
        assertEquals(2.625, o.item("service-models-and-processes").path("mean").asDouble(), 1e-9);
        assertEquals(7, o.item("open-to-improvement").path("n").asInt());
        assertTwoDecimals(4.29, o.item("open-to-improvement").path("mean"));
        assertEquals(4, o.group("2026-11").path("n").asInt(), "the dates were read as dates: " + o.json().path("groups"));
        assertTwoDecimals(40.75, o.group("2026-11").path("score").path("mean"));
        assertEquals(4, o.group("2026-12").path("n").asInt());
        assertTwoDecimals(40.67, o.group("2026-12").path("score").path("mean"));
    }
}
