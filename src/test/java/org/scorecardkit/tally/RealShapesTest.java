package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.ShapeOutcomes.assertListed;
import static org.scorecardkit.tally.ShapeOutcomes.assertNps;
import static org.scorecardkit.tally.ShapeOutcomes.assertProblems;
import static org.scorecardkit.tally.ShapeOutcomes.assertRows;
import static org.scorecardkit.tally.ShapeOutcomes.assertSkillsetFigures;
import static org.scorecardkit.tally.ShapeOutcomes.assertTwoDecimals;
import static org.scorecardkit.tally.ShapeOutcomes.lineSaying;
import static org.scorecardkit.tally.ShapeOutcomes.rejects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.ShapeOutcomes.Outcome;

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
