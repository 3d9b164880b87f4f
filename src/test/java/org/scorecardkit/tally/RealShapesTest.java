package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;

/**
 * Returns in the shapes people really have (issue 9, part 9), tallied through the command line
 * against the standard content: a Google Forms CSV export, a Microsoft Forms workbook, Excel's
 * semicolon CSV with d/m/yyyy dates, Windows-1252 and UTF-16 files, LibreOffice's d.m.yyyy with
 * decimal commas, the site's own form as a form service exports it, and a messy sheet with one of
 * every slip. Each asserts the exact rows accepted and rejected, the exit code, the figures and
 * the one list of problems (rejects.csv with its kind column, summary.json "problems").
 *
 * <p>Every expected figure was worked out without the kit, by
 * src/test/resources/tally/shapes/expected_figures.py (Python's csv and zipfile, the statistics by
 * their definitions), and is listed with its fixture in that folder's README.md.
 */
class RealShapesTest {
    private static final Path SHAPES = Path.of("src/test/resources/tally/shapes");
    /** The standard content: skillset, seven-cs and nps as shipped. */
    private static final String CONTENT = "content";

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private int runs;

    /** One tally run: its exit code, summary.json, rejects.csv as rows by header, and what it printed. */
    private record Outcome(String file, int exit, JsonNode json, List<Map<String, String>> problems, String printed) {
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

    private Outcome tally(String instrument, String fixture, String... options) throws IOException {
        Path out = dir.resolve("out" + ++runs);
        String file = SHAPES.resolve(fixture).toString();
        List<String> args = new ArrayList<>(List.of("tally", instrument, file, "--out", out.toString(), "--content", CONTENT));
        args.addAll(Arrays.asList(options));
        console.reset();
        int exit = Main.run(args.toArray(String[]::new));
        Path summary = out.resolve("summary.json");
        JsonNode json = Files.exists(summary) ? TallyFixtures.tree(Files.readAllBytes(summary)) : MissingNode.getInstance();
        return new Outcome(file, exit, json, rejects(out.resolve("rejects.csv")), console.out() + console.err());
    }

    private static List<Map<String, String>> rejects(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return List.of();
        }
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            return rows.readAll();
        }
    }

    private static void assertRows(Outcome o, int read, int accepted, int rejected) {
        JsonNode rows = o.json().path("rows");
        assertEquals(List.of(read, accepted, rejected),
                List.of(rows.path("read").asInt(-1), rows.path("accepted").asInt(-1), rows.path("rejected").asInt(-1)),
                "rows read, accepted, rejected of " + o.file() + "; printed:\n" + o.brief());
    }

    /** summary.json "problems" has exactly these counts, and rejects.csv exactly that many entries. */
    private static void assertProblems(Outcome o, int rowRejected, int cellIgnored, int dateUnknown, int totalDiffers,
            int columnIgnored) {
        ObjectNode expected = JsonNodeFactory.instance.objectNode().put("row_rejected", rowRejected)
                .put("cell_ignored", cellIgnored).put("date_unknown", dateUnknown).put("total_differs", totalDiffers)
                .put("column_ignored", columnIgnored);
        assertEquals(expected, o.json().path("problems"), "problems of " + o.file() + "; rejects.csv: " + o.problems());
        assertEquals(rowRejected + cellIgnored + dateUnknown + totalDiffers + columnIgnored, o.problems().size(),
                "one rejects.csv entry per problem: " + o.problems());
    }

    /**
     * Exactly one rejects.csv entry of this kind at this line and column, with this value (null: any) and a
     * reason, which says {@code phrase} (null: anything); reasons are checked by a key phrase only.
     */
    private static void assertListed(Outcome o, String kind, int line, String column, String value, String phrase) {
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
    private static String lineSaying(Outcome o, String... phrases) {
        return o.printed().lines().filter(l -> l.contains(o.file()) && Arrays.stream(phrases).allMatch(l::contains))
                .findFirst().orElseThrow(() -> new AssertionError("no line naming " + o.file() + " and "
                        + Arrays.toString(phrases) + " in:\n" + o.brief()));
    }

    /** A figure of summary.json, rounded to two decimals, is this one. */
    private static void assertTwoDecimals(double expected, JsonNode figure) {
        assertTrue(figure.isNumber(), "a number, not " + figure);
        assertEquals(expected, Math.round(figure.asDouble() * 100) / 100.0, 1e-9, "rounded to two decimals: " + figure);
    }

    /** The NPS of the whole file: n, promoters, passives, detractors and the score to two decimals. */
    private static void assertNps(Outcome o, int n, int promoters, int passives, int detractors, double score) {
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
    private static void assertSkillsetFigures(Outcome o) {
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

    @Test
    void aGoogleFormsExportWithQuestionTextHeadersAndTimestampsIsCountedWhole() throws IOException {
        Outcome o = tally("skillset", "google-forms-skillset.csv", "--by", "month");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 8, 8, 0);
        assertProblems(o, 0, 0, 0, 0, 0);
        assertSkillsetFigures(o);
    }

    @Test
    void aMicrosoftFormsWorkbookIsCountedWholeAndItsExtraColumnsListed() throws IOException {
        Outcome o = tally("skillset", "ms-forms-skillset.xlsx", "--by", "month");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 8, 8, 0);
        // ID is the first respondent alias and Start time the first date alias; the later aliases are ignored.
        assertProblems(o, 0, 0, 0, 0, 3);
        for (String column : List.of("Completion time", "Email", "Name")) {
            assertListed(o, "column ignored", 1, column, null, null);
        }
        String warning = lineSaying(o, "Completion time", "Email", "Name");
        assertTrue(warning.strip().startsWith("warning:"), "one warning line names the ignored columns: " + warning);
        assertSkillsetFigures(o);
    }

    @Test
    void theSameAnswersKeyedIntoTheTemplateGiveTheSameFigures() throws IOException {
        Outcome o = tally("skillset", "keyed-skillset.csv", "--by", "month");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 8, 8, 0);
        assertProblems(o, 0, 0, 0, 0, 0);
        assertSkillsetFigures(o);
    }

    /** Done when: a Google Forms export and a Microsoft Forms workbook tally to the figures of the same answers keyed in. */
    @Test
    void googleFormsMicrosoftFormsAndTheKeyedTemplateTallyToIdenticalFigures() throws IOException {
        Outcome keyed = tally("skillset", "keyed-skillset.csv", "--by", "month");
        Outcome google = tally("skillset", "google-forms-skillset.csv", "--by", "month");
        Outcome microsoft = tally("skillset", "ms-forms-skillset.xlsx", "--by", "month");

        assertSkillsetFigures(keyed);
        for (String figures : List.of("rows", "n", "score", "alpha", "alpha_detail", "items", "groups")) {
            assertEquals(keyed.json().path(figures), google.json().path(figures), figures + ": Google Forms against keyed");
            assertEquals(keyed.json().path(figures), microsoft.json().path(figures), figures + ": Microsoft Forms against keyed");
        }
    }

    @Test
    void excelsSemicolonCsvWithDayFirstDatesIsReadWhole() throws IOException {
        Outcome o = tally("nps", "excel-semicolon-dmy.csv", "--by", "month");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 10, 10, 0);
        assertProblems(o, 0, 0, 0, 0, 0);
        // 5 promoters, 2 passives, 3 detractors of 10: NPS 20
        assertNps(o, 10, 5, 2, 3, 20.0);
        // 13/03 and 28/04 settle day-first: March and April get 4 answers each (NPS 25), May 2 (NPS 0)
        assertEquals(4, o.group("2026-03").path("n").asInt(), o.json().path("groups").toString());
        assertTwoDecimals(25.0, o.group("2026-03").path("nps").path("score"));
        assertEquals(4, o.group("2026-04").path("n").asInt());
        assertEquals(2, o.group("2026-05").path("n").asInt());
        assertTwoDecimals(0.0, o.group("2026-05").path("nps").path("score"));
        assertTrue(o.reasons().containsAll(List.of("Rapide; efficace", "Le \"meilleur\" service", "Très bien")), o.reasons().toString());
    }

    @Test
    void aWindows1252FileIsReadAsMeantAndSaysSo() throws IOException {
        Outcome o = tally("nps", "windows-1252.csv", "--by", "group");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 8, 8, 0);
        assertProblems(o, 0, 0, 0, 0, 0);
        lineSaying(o, "Windows-1252");   // one line names the file and says how it was read
        // 4 promoters, 2 passives, 2 detractors of 8: NPS 25; Recepción 3 P 1 D of 4: 50; Küche 1 P 1 D of 4: 0
        assertNps(o, 8, 4, 2, 2, 25.0);
        assertTwoDecimals(50.0, o.group("Recepción").path("nps").path("score"));
        assertEquals(4, o.group("Küche").path("n").asInt(), o.json().path("groups").toString());
        assertTwoDecimals(0.0, o.group("Küche").path("nps").path("score"));
        assertEquals(List.of("Muy amable", "Zu laut für ein Café", "It’s the best, très bien", "Señor 5 € extra",
                "“Quite good”", "Tack så mycket"), o.reasons());
    }

    @Test
    void excelsUnicodeTextInUtf16WithTabsIsReadWhole() throws IOException {
        Outcome o = tally("seven-cs", "utf16-unicode-text.txt", "--by", "group");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 6, 6, 0);
        assertProblems(o, 0, 0, 0, 0, 0);
        // five full returns score 89.71, 61.76, 100, 29.41, 50 (mean 66.1765); the sixth skipped simple-ordering
        assertEquals(6, o.json().path("n").asInt());
        assertEquals(5, o.json().path("score").path("n").asInt());
        assertTwoDecimals(66.18, o.json().path("score").path("mean"));
        assertTwoDecimals(28.86, o.json().path("score").path("sd"));
        assertTwoDecimals(76.0, o.json().path("coverage").path("competent-ccps").path("mean"));
        assertTwoDecimals(57.5, o.json().path("coverage").path("call-visit-once").path("mean"));
        assertEquals(5, o.item("simple-ordering").path("n").asInt());
        assertEquals(0.4, o.item("simple-ordering").path("mean").asDouble(), 1e-9);
        assertTwoDecimals(0.92, o.item("caring").path("mean"));
        for (String group : List.of("Kraków", "東京", "Αθήνα")) {
            assertEquals(2, o.group(group).path("n").asInt(), group + " in " + o.json().path("groups"));
        }
    }

    @Test
    void libreOfficesDottedDatesAndDecimalCommasAreReadAsWritten() throws IOException {
        Outcome o = tally("skillset", "libreoffice-dots-commas.csv", "--by", "month");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 6, 6, 0);
        assertProblems(o, 0, 0, 0, 0, 0);
        // scores 48, 32, 57, 36, 20, 49: mean 40.3333, sd 13.5154; "4,0" is 4
        assertEquals(6, o.json().path("score").path("n").asInt());
        assertTwoDecimals(40.33, o.json().path("score").path("mean"));
        assertTwoDecimals(13.52, o.json().path("score").path("sd"));
        assertTwoDecimals(3.17, o.item("importance-of-service").path("mean"));
        assertTwoDecimals(4.33, o.item("open-to-improvement").path("mean"));
        assertEquals(6, o.item("handling-conflict").path("n").asInt());
        // 5.3., 5.3., 14.3. and 2.4., 17.4., 30.4.2026
        assertEquals(3, o.group("2026-03").path("n").asInt(), o.json().path("groups").toString());
        assertTwoDecimals(45.67, o.group("2026-03").path("score").path("mean"));
        assertEquals(3, o.group("2026-04").path("n").asInt());
        assertTwoDecimals(35.0, o.group("2026-04").path("score").path("mean"));
    }

    @Test
    void theSitesOwnFormAsAFormServiceExportsItIsCountedAndItsExtraFieldsListed() throws IOException {
        Outcome o = tally("nps", "web-form-posted.csv", "--by", "month");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 7, 7, 0);
        // form-name and _gotcha are the site's own fields (the instrument's id, an empty spam trap): known, not listed.
        assertProblems(o, 0, 0, 0, 0, 1);
        assertListed(o, "column ignored", 1, "created_at", null, null);
        String warning = lineSaying(o, "created_at", "ignored");
        assertTrue(warning.strip().startsWith("warning:"), "one warning line names the ignored columns: " + warning);
        // 3 promoters, 2 passives, 2 detractors of 7: NPS 100 × 1/7 = 14.2857
        assertNps(o, 7, 3, 2, 2, 14.29);
        // the date column wins over created_at: one answer is dated February, two have no date
        assertEquals(4, o.group("2026-03").path("n").asInt(), o.json().path("groups").toString());
        assertEquals(1, o.group("2026-02").path("n").asInt());
        assertEquals(2, o.group("(no date)").path("n").asInt());
    }

    @Test
    void aMessySheetLosesNoAnswerAndListsEverySlipOnce() throws IOException {
        Outcome o = tally("skillset", "messy/skillset-numbered.csv", "--by", "month");

        assertEquals(0, o.exit(), o.brief());
        assertTrue(o.printed().contains("8 rows read = 7 accepted + 1 rejected"), o.brief());
        assertRows(o, 8, 7, 1);
        assertProblems(o, 1, 1, 1, 1, 1);
        assertListed(o, "column ignored", 1, "notes", null, null);
        assertListed(o, "cell ignored", 3, "5", "7", "scale");
        assertListed(o, "date unknown", 4, "date", "5 Marhc 2026", "date");
        assertListed(o, "total differs", 5, "total", "37", "36");
        assertListed(o, "row rejected", 7, "", "ann,A,2026-03-10,1,1,1,1,1,1,1,1,1,1,1,1,12,second go", "already answered");
        // seven respondents; bob's 7 is no answer, so his score is missing: scores 48, 54, 36, 59, 42, 36 (mean 45.8333)
        assertEquals(7, o.json().path("n").asInt());
        assertEquals(6, o.json().path("score").path("n").asInt());
        assertTwoDecimals(45.83, o.json().path("score").path("mean"));
        assertEquals(6, o.item("adapt-speaking").path("n").asInt(), "column 5 without bob's 7");
        assertTwoDecimals(3.67, o.item("adapt-speaking").path("mean"));
        assertEquals(7, o.item("handling-conflict").path("n").asInt(), "bob's other answers count");
        assertTwoDecimals(3.86, o.item("handling-conflict").path("mean"));
        assertEquals(6, o.group("2026-03").path("n").asInt(), o.json().path("groups").toString());
        assertEquals(1, o.group("(no date)").path("n").asInt(), "cat's answers count with the date unknown");

        assertEquals(1, tally("skillset", "messy/skillset-numbered.csv", "--strict").exit(), "a rejected row fails --strict");
    }

    @Test
    void sevenCsKeyedAsLettersCountsAndListsTheOneAnswerThatIsNone() throws IOException {
        Outcome o = tally("seven-cs", "messy/seven-cs-ypn.csv");

        assertEquals(0, o.exit(), o.brief());
        assertRows(o, 5, 5, 0);
        assertProblems(o, 0, 1, 0, 0, 0);
        assertListed(o, "cell ignored", 5, "prevent-reoccurrence", "maybe", "yes");
        // four full returns score 89.71, 61.76, 20.59, 75 (mean 61.7647); noa's "maybe" leaves hers without a score
        assertEquals(5, o.json().path("n").asInt());
        assertEquals(4, o.json().path("score").path("n").asInt());
        assertTwoDecimals(61.76, o.json().path("score").path("mean"));
        assertEquals(0.7, o.item("caring").path("mean").asDouble(), 1e-9);
        assertEquals(5, o.item("caring").path("n").asInt());
        assertEquals(4, o.item("prevent-reoccurrence").path("n").asInt());
        assertEquals(0.625, o.item("prevent-reoccurrence").path("mean").asDouble(), 1e-9);
        assertTwoDecimals(68.75, o.json().path("coverage").path("compressed-cycle-times").path("mean"));
    }
}
