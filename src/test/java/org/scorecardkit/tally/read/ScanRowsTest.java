package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.scan.Corrections;
import org.scorecardkit.scan.Decision;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.RegisteredPage;
import org.scorecardkit.scan.ScannedSheet;
import org.scorecardkit.tally.check.Intake;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.check.Reason;

/** Scanned sheets, as the scanner gives them, into rows through the one checker: what counts, what is listed and where. */
class ScanRowsTest {
    private static final Instrument SKILLSET = ContentLoader.load(Path.of("content")).content().instrument("skillset");
    private static final Instrument SEVEN_CS = ContentLoader.load(Path.of("content")).content().instrument("seven-cs");

    private final List<org.scorecardkit.tally.check.Row> accepted = new ArrayList<>();
    private final List<String> answers = new ArrayList<>();
    private final List<Problem> listed = new ArrayList<>();

    private static ItemReading reading(String item, Decision d, String reason, String... values) {
        return new ItemReading(item, d, List.of(values), reason, List.of());
    }

    private static PageReading page(String file, int pageInFile, String instrument, int page, String serial, ItemReading... items) {
        return new PageReading(new RegisteredPage(file, pageInFile, instrument, "1", page, serial, null, 0.2), List.of(items), 0);
    }

    /** Checks the sheets as a tally does; keeps the accepted rows' answers to {@code items}, and everything listed. */
    private ScanRows check(Instrument instrument, List<String> items, ScannedSheet... sheets) {
        Layout layout = new Layout(instrument);
        ScanRows rows = new ScanRows(3, Path.of("scans.pdf"), Corrections.NONE);
        try (Intake intake = new Intake(layout, true, row -> {
            StringBuilder s = new StringBuilder(row.respondent() + "/" + row.group() + ":");
            items.forEach(i -> s.append(' ').append(row.code(layout.index(i))));
            answers.add(s.toString());
        }, listed::add)) {
            for (ScannedSheet sheet : sheets) {
                intake.accept(rows.sheet(sheet, new CellBatch()));
            }
            intake.accept(new CellBatch().reset(CellBatch.Kind.END, new ResponseFile(3, Path.of("scans.pdf"), "scans", Format.SCAN, (char) 0)));
            assertEquals(sheets.length, intake.read(), "one row per sheet");
        }
        return rows;
    }

    @Test
    void answeredAndCorrectedItemsCountAndFlaggedOnesAreListedAsNoAnswerWithTheirCandidates() {
        ItemReading corrected = reading("adapt-speaking", Decision.UNCLEAR, "a mark is neither filled nor empty: 3", "3")
                .correctedTo("3");
        ScannedSheet sheet = new ScannedSheet("scans.pdf#4", "000007", "skillset", "1", List.of(page("scans.pdf", 4, "skillset", 1,
                "000007", reading("importance-of-service", Decision.ANSWERED, "", "5"),
                reading("service-in-every-task", Decision.BLANK, ""),
                reading("adapt-to-customers", Decision.DOUBLE, "answers filled: 2, 4", "2", "4"),
                reading("continuing-to-learn", Decision.UNCLEAR, "a mark is neither filled nor empty: 1", "1"), corrected)),
                List.of(), "Ann", "North");

        ScanRows rows = check(SKILLSET, List.of("importance-of-service", "service-in-every-task", "adapt-to-customers",
                "continuing-to-learn", "adapt-speaking"), sheet);

        // Codes are 1-based positions on the scale, 0 no answer: 5 → 5, the double and the unclear mark → 0, corrected 3 → 3.
        assertEquals(List.of("Ann/North: 5 0 0 0 3"), answers);
        assertEquals(List.of(
                new Problem(ProblemKind.DOUBLE_MARK, "scans.pdf#4", 1, "adapt-to-customers", "2;4", null, "answers filled: 2, 4"),
                new Problem(ProblemKind.MARK_UNCLEAR, "scans.pdf#4", 1, "continuing-to-learn", "1", null,
                        "a mark is neither filled nor empty: 1")), listed);
        assertEquals(1, rows.corrected(), "the corrected mark is counted as corrected, not listed");
    }

    @Test
    void aMultiPageSheetListsEachMarkOnItsOwnPageAndAMissingPageWhileItsOtherItemsCount() {
        ScannedSheet sheet = new ScannedSheet("a.pdf#1", "000002", "seven-cs", "1", List.of(
                page("a.pdf", 1, "seven-cs", 1, "000002", reading("caring", Decision.ANSWERED, "", "yes")),
                page("b.png", 1, "seven-cs", 3, "000002", reading("commit-what-when-how", Decision.DOUBLE, "answers filled: yes, no",
                        "yes", "no"))), List.of("page 2 of 3 is missing"), "", "");

        check(SEVEN_CS, List.of("caring", "commit-what-when-how"), sheet);

        assertEquals(List.of("null/null: 1 0"), answers, "no respondent, no group: none given");
        assertEquals(List.of(
                new Problem(ProblemKind.DOUBLE_MARK, "a.pdf#1", 3, "commit-what-when-how", "yes;no", null, "answers filled: yes, no"),
                new Problem(ProblemKind.PAGE_MISSING, "a.pdf#1", 2, "", "", null,
                        "page 2 of 3 is missing; scan it with the sheet's other pages in the same run")), listed);
    }

    @Test
    void aSheetWithEveryMarkInDoubtIsARowWithoutAnswersAndItsMarksAreStillListed() {
        ScannedSheet sheet = new ScannedSheet("p.png#1", "000000", "skillset", "1", List.of(page("p.png", 1, "skillset", 1, "000000",
                reading("importance-of-service", Decision.UNCLEAR, "light mark", "4"))), List.of(), "", "");

        check(SKILLSET, List.of("importance-of-service"), sheet);

        assertEquals(List.of(), answers);
        assertEquals(List.of(ProblemKind.MARK_UNCLEAR, ProblemKind.ROW_REJECTED), listed.stream().map(Problem::kind).toList());
        assertEquals(Reason.NO_ANSWERS, listed.get(1).reason());
        assertEquals("p.png#1", listed.get(1).file());
    }

    @Test
    void twoSheetsOfOneRespondentFromTheManifestAreADuplicateNamedBySheet() {
        ScannedSheet first = new ScannedSheet("s.pdf#1", "000001", "skillset", "1", List.of(page("s.pdf", 1, "skillset", 1, "000001",
                reading("importance-of-service", Decision.ANSWERED, "", "2"))), List.of(), "Ann", "");
        ScannedSheet again = new ScannedSheet("t.pdf#1", "000009", "skillset", "1", List.of(page("t.pdf", 1, "skillset", 1, "000009",
                reading("importance-of-service", Decision.ANSWERED, "", "3"))), List.of(), "Ann", "");

        check(SKILLSET, List.of("importance-of-service"), first, again);

        assertEquals(List.of("Ann/null: 2"), answers);
        assertEquals(1, listed.size(), listed.toString());
        assertEquals("respondent \"Ann\" already answered in s.pdf#1 at line 1; the first answer counts", listed.get(0).message());
    }

    @Test
    void correctionsThatNameNoScannedItemAreCountedInOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Corrections chosen = Corrections.read(java.nio.file.Files.writeString(dir.resolve("corrections.json"),
                "{\"format\": \"scorecard-kit corrections 1\", \"corrections\": [{\"sheet\": \"x#1\", \"item\": \"a\", \"value\": \"1\"},"
                + " {\"sheet\": \"x#1\", \"item\": \"b\", \"value\": \"\"}]}"));
        ScanRows rows = new ScanRows(0, Path.of("x"), chosen);
        assertEquals("2 of the 2 corrections given name no item of a sheet scanned (sheets are named <file>#<page>, as in the"
                + " scan's responses.csv); were they chosen for other scans?", rows.unusedCorrections());
        assertEquals(null, new ScanRows(0, Path.of("x"), Corrections.NONE).unusedCorrections());
    }
}
