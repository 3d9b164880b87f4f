package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.SheetManifestReader;
import org.scorecardkit.model.Instrument;

/** {@link Scan#run} on rendered, filled and rasterised sheets: assembly, the manifest and corrections on real pages. */
class ScanTest {
    @TempDir
    Path tmp;

    private static ScanResult scan(Scan.Request request, List<PageResult> seen) {
        ScanResult r = Scan.run(request, (result, reading, image) -> seen.add(result));
        assertEquals(r.pages(), r.sheetPages() + r.pagesReported().size(), "pages read = pages of sheets + pages reported");
        return r;
    }

    private static String answer(ScannedSheet sheet, String item) {
        return sheet.items().stream().filter(i -> i.item().equals(item)).findFirst().orElseThrow().answer();
    }

    @Test
    void aSevenCsSheetSplitOverTwoFilesIsOneSheetAndAPageOfAnotherSerialMissingIsListed() {
        // The seven Cs take two pages: Anna's are printed 0 and 1, Ben's 2 and 3.
        List<BufferedImage> printed = ReturnedSheets.batch("seven-cs", tmp, "Anna", "Ben");
        ReturnedSheets.fill(printed.get(0), "seven-cs", 1, "caring", "yes");
        ReturnedSheets.fill(printed.get(1), "seven-cs", 2, "first-contact-resolves", "partly");
        ReturnedSheets.fill(printed.get(1), "seven-cs", 2, "commit-what-when-how", "no");
        Path a = ReturnedSheets.pdf(tmp.resolve("a.pdf"), List.of(printed.get(1), printed.get(2)));
        Path b = ReturnedSheets.png(tmp.resolve("b.png"), printed.get(0));
        Path c = ReturnedSheets.pdf(tmp.resolve("c.pdf"), List.of(printed.get(2)));
        Instrument sevenCs = ReturnedSheets.instrument("seven-cs");
        List<PageResult> seen = new ArrayList<>();

        ScanResult r = scan(new Scan.Request(sevenCs, List.of(a, b, c)), seen);

        assertEquals(4, r.pages());
        assertEquals(4, seen.size(), "the listener sees every page once");
        assertEquals(2, r.sheets().size(), r.toString());
        ScannedSheet anna = r.sheets().get(0);
        assertEquals("000001", anna.serial());
        assertEquals("b.png#1", anna.sheet(), "named by its page 1, read from the second file");
        assertEquals(List.of(), anna.missing());
        assertEquals("yes", answer(anna, "caring"));
        assertEquals("partly", answer(anna, "first-contact-resolves"));
        assertEquals("no", answer(anna, "commit-what-when-how"));
        assertEquals("", answer(anna, "friendly"));
        ScannedSheet ben = r.sheets().get(1);
        assertEquals(List.of("page 2 of 2 is missing"), ben.missing());
        assertEquals(1, r.pagesReported().size());
        assertEquals("c.pdf#1", r.pagesReported().get(0).toString().substring(0, 7));
        assertTrue(r.pagesReported().get(0).reason().contains("page 1 of 2 of sheet 000002 is read a second time (first at a.pdf#2)"),
                r.pagesReported().get(0).reason());
    }

    @Test
    void photocopiesOfTheBlankSheetAreOneSheetEachAndAPageOfAnotherInstrumentBreaksTheRun() {
        List<BufferedImage> blank = ReturnedSheets.blank("seven-cs");
        BufferedImage nps = ReturnedSheets.blank("nps").get(0);
        List<BufferedImage> pages = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            for (BufferedImage p : blank) {
                pages.add(ReturnedSheets.copy(p));
            }
        }
        ReturnedSheets.fill(pages.get(0), "seven-cs", 1, "caring", "no");
        ReturnedSheets.fill(pages.get(2), "seven-cs", 1, "caring", "yes");
        pages.add(3, nps); // a stray NPS form in the middle of the second copy
        Path file = ReturnedSheets.pdf(tmp.resolve("copies.pdf"), pages);

        ScanResult r = scan(new Scan.Request(ReturnedSheets.instrument("seven-cs"), List.of(file)), new ArrayList<>());

        assertEquals(5, r.pages());
        assertEquals(List.of("copies.pdf#1", "copies.pdf#3", "copies.pdf#5"), r.sheets().stream().map(ScannedSheet::sheet).toList());
        assertEquals("no", answer(r.sheets().get(0), "caring"));
        assertEquals("yes", answer(r.sheets().get(1), "caring"), "copies of one blank sheet are never merged");
        assertEquals(1, r.sheets().get(1).missing().size(), "the run broken by the NPS form: page 2 is missing");
        assertEquals(1, r.sheets().get(2).missing().size(), "and the rest of it starts at page 2: page 1 is missing");
        assertEquals("copies.pdf#4", r.pagesReported().get(0).file() + "#" + r.pagesReported().get(0).pageNumber());
    }

    @Test
    void theManifestNamesEachSheetAndCorrectionsReplaceTheMarksAsRead() {
        List<BufferedImage> printed = ReturnedSheets.batch("skillset", tmp, "Anna", "Ben", "Chloé");
        ReturnedSheets.fill(printed.get(0), "skillset", 1, "importance-of-service", "2");
        ReturnedSheets.fill(printed.get(0), "skillset", 1, "importance-of-service", "4"); // a double mark
        ReturnedSheets.fill(printed.get(1), "skillset", 1, "importance-of-service", "5");
        Path file = ReturnedSheets.pdf(tmp.resolve("scans.pdf"), printed.subList(0, 2));
        Instrument skillset = ReturnedSheets.instrument("skillset");
        Map<String, SheetManifestReader.Entry> manifest = Map.of(
                "000001", new SheetManifestReader.Entry("000001", "Anna", "North", "skillset", skillset.version(), 1));
        Corrections chosen = new Corrections("skillset", skillset.version(),
                Map.of(Corrections.key("scans.pdf#1", "importance-of-service"), "4"));

        ScanResult before = scan(new Scan.Request(skillset, List.of(file), manifest, Corrections.NONE), new ArrayList<>());
        ScanResult after = scan(new Scan.Request(skillset, List.of(file), manifest, chosen), new ArrayList<>());

        ItemReading read = before.sheets().get(0).items().get(0);
        assertEquals(Decision.DOUBLE, read.decision());
        assertEquals(1, before.flaggedItems());
        ItemReading corrected = after.sheets().get(0).items().get(0);
        assertEquals(Decision.ANSWERED, corrected.decision());
        assertEquals("4", corrected.answer());
        assertTrue(corrected.corrected());
        assertEquals(0, after.flaggedItems());
        assertEquals(List.of(), after.errors());
        assertEquals("Anna", after.sheets().get(0).respondent());
        assertEquals("North", after.sheets().get(0).group());
        assertEquals("", after.sheets().get(1).respondent());
        assertEquals(List.of("sheet scans.pdf#2: serial 000002 is not in the manifest, so respondent and group stay empty;"
                + " was it printed in another batch?"), after.warnings());
    }

    @Test
    void aLetterSheetIsMeasuredWithTheLetterGeometryNotTheA4One() throws Exception {
        Path people = java.nio.file.Files.writeString(tmp.resolve("people.csv"), "name\nAnna\n");
        Path pdf = tmp.resolve("letter.pdf");
        assertEquals(0, org.scorecardkit.cli.Main.run("print", "skillset", "--participants", people.toString(), "--paper", "letter",
                "--out", pdf.toString()));
        BufferedImage page = ReturnedSheets.rasters(pdf).get(0);
        ReturnedSheets.fill(page, "skillset", org.scorecardkit.model.Paper.LETTER, 1, "importance-of-service", "2");
        ReturnedSheets.fill(page, "skillset", org.scorecardkit.model.Paper.LETTER, 1, "open-to-improvement", "5");
        Path file = ReturnedSheets.png(tmp.resolve("letter.png"), page);

        ScanResult r = scan(new Scan.Request(ReturnedSheets.instrument("skillset"), List.of(file)), new ArrayList<>());

        assertEquals(1, r.sheets().size(), r.toString());
        ScannedSheet sheet = r.sheets().get(0);
        assertEquals("2", answer(sheet, "importance-of-service"));
        assertEquals("5", answer(sheet, "open-to-improvement"));
        assertEquals(10, sheet.items().stream().filter(i -> i.decision() == Decision.BLANK).count(), sheet.items().toString());
    }

    @Test
    void photocopiesOfAOnePageBlankCardAreEachTheirOwnSheetWithTheirOwnAnswer() {
        BufferedImage blank = ReturnedSheets.blank("nps").get(0);
        List<BufferedImage> copies = new ArrayList<>();
        for (String value : List.of("9", "3", "10")) {
            copies.add(ReturnedSheets.fill(ReturnedSheets.copy(blank), "nps", 1, "recommend", value));
        }
        Path pdf = ReturnedSheets.pdf(tmp.resolve("cards.pdf"), copies.subList(0, 2));
        Path photo = ReturnedSheets.png(tmp.resolve("card.png"), copies.get(2));

        ScanResult r = scan(new Scan.Request(ReturnedSheets.instrument("nps"), List.of(pdf, photo)), new ArrayList<>());

        assertEquals(List.of("cards.pdf#1", "cards.pdf#2", "card.png#1"), r.sheets().stream().map(ScannedSheet::sheet).toList());
        assertEquals(List.of("9", "3", "10"), r.sheets().stream().map(s -> answer(s, "recommend")).toList());
        assertEquals(List.of(), r.problems(), "copies with one serial are never pages read twice");
    }
}
