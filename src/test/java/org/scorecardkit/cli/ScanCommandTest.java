package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.TestFiles;
import org.scorecardkit.render.csv.KeyingTemplates;
import org.scorecardkit.scan.ReturnedSheets;

/**
 * {@code scorecard scan} through {@link Main#run}: a batch printed by {@code print --participants},
 * filled in by drawing on its 150 dpi rasters, scanned into responses.csv and scan.json; corrections,
 * the manifest, bad input, and a failed run that leaves the previous output as it was.
 */
class ScanCommandTest {
    /** Names a spreadsheet would run as formulas, as the participants file gives them. */
    private static final String PEOPLE = "name,group\n\"=HYPERLINK(\"\"http://x\"\")\",North\n+Ben,@South\nChloé,\n";

    @TempDir
    static Path shared;
    static Path scans;
    static Path manifest;
    static Path npsPage;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    /**
     * Three skillset sheets: Anna's item 1 is 3 and item 2 a double mark (2 and 4), Ben's item 1 is 5,
     * Chloé's is blank; and the site's blank NPS card as a photo.
     */
    @BeforeAll
    static void printAndFill() throws Exception {
        Path people = Files.writeString(shared.resolve("people.csv"), PEOPLE);
        Path pdf = shared.resolve("sheets.pdf");
        assertEquals(0, Main.run("print", "skillset", "--participants", people.toString(), "--out", pdf.toString()));
        manifest = shared.resolve("sheets.manifest.csv");
        List<BufferedImage> pages = ReturnedSheets.rasters(pdf);
        ReturnedSheets.fill(pages.get(0), "skillset", 1, "importance-of-service", "3");
        ReturnedSheets.fill(pages.get(0), "skillset", 1, "service-in-every-task", "2");
        ReturnedSheets.fill(pages.get(0), "skillset", 1, "service-in-every-task", "4");
        ReturnedSheets.fill(pages.get(1), "skillset", 1, "importance-of-service", "5");
        scans = ReturnedSheets.pdf(shared.resolve("scans.pdf"), pages);
        npsPage = ReturnedSheets.png(shared.resolve("nps.png"), ReturnedSheets.blank("nps").get(0));
    }

    private int scan(String... args) {
        List<String> all = new ArrayList<>(List.of("scan", "skillset"));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    private static List<String> lines(Path file) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends");
        return List.of(text.split("\r\n"));
    }

    @Test
    void responsesCsvHasTheKeyingColumnsPlusSheetAndSerialWithFlaggedCellsEmptyAndFormulasNeutralised() throws Exception {
        Path out = tmp.resolve("scan");

        assertEquals(0, scan(scans.toString(), npsPage.toString(), "--out", out.toString(), "--manifest", manifest.toString()),
                console.err());

        List<String> csv = lines(out.resolve("responses.csv"));
        List<String> header = new ArrayList<>(KeyingTemplates.columns(ReturnedSheets.instrument("skillset")));
        header.addAll(List.of("sheet", "serial"));
        assertEquals(String.join(",", header), csv.get(0));
        assertEquals(4, csv.size(), "a header and one row per sheet");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",North,,3,," + ",".repeat(header.size() - 7) + "scans.pdf#1,000001",
                csv.get(1), "item 2 is a double mark: its cell is empty");
        assertTrue(csv.get(2).startsWith("'+Ben,'@South,,5,"), csv.get(2));
        assertTrue(csv.get(2).endsWith(",scans.pdf#2,000002"), csv.get(2));
        assertTrue(csv.get(3).startsWith("Chloé,,,,"), csv.get(3));
        assertEquals(List.of(
                "skillset (version 1): 4 pages read = 3 pages of 3 sheets + 1 page reported",
                "  reported nps.png#1: a sheet of nps version 1, not of skillset version 1",
                "1 item to review: open " + out.resolve("review.html") + ", choose each answer, save corrections.json and"
                        + " scan again with --corrections corrections.json",
                "Wrote " + out + " (responses.csv: 3 sheets, scan.json: every page and mark)"), console.out().lines().toList());
        assertEquals("", console.err());
    }

    @Test
    void scanJsonHoldsEveryPagesIdFitFillsAndDecisionsAndTheSameScanGivesTheSameBytes() throws Exception {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("elsewhere/second");

        assertEquals(0, scan(scans.toString(), npsPage.toString(), "--out", first.toString()), console.err());
        assertEquals(0, scan(scans.toString(), npsPage.toString(), "--out", second.toString()), console.err());

        Map<String, byte[]> a = TestFiles.files(first);
        Map<String, byte[]> b = TestFiles.files(second);
        assertEquals(a.keySet(), b.keySet());
        for (String f : List.of("responses.csv", "scan.json")) {
            assertArrayEquals(a.get(f), b.get(f), f + " is the same bytes twice");
        }
        JsonNode json = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .readTree(a.get("scan.json"));
        assertEquals("scorecard-kit scan 1", json.path("format").asText());
        JsonNode counts = json.path("counts");
        assertEquals(4, counts.path("pages_read").asInt());
        assertEquals(3, counts.path("sheets").asInt());
        assertEquals(3, counts.path("sheet_pages").asInt());
        assertEquals(1, counts.path("pages_reported").asInt());
        assertEquals(1, counts.path("items_to_review").asInt());
        JsonNode page = json.path("pages").get(0);
        assertEquals("scans.pdf", page.path("file").asText());
        assertEquals(1, page.path("page").asInt());
        assertEquals("skillset", page.path("instrument").asText());
        assertEquals(1, page.path("sheet_page").asInt());
        assertEquals("000001", page.path("serial").asText());
        assertTrue(page.path("fit_error").asDouble() <= 4, page.toString());
        assertTrue(page.has("sensitivity"));
        JsonNode item2 = page.path("items").get(1);
        assertEquals("service-in-every-task", item2.path("item").asText());
        assertEquals("double", item2.path("decision").asText());
        assertFalse(item2.path("reason").asText().isEmpty());
        assertEquals(5, item2.path("fills").size());
        assertTrue(item2.path("fills").get(1).path("fill").asDouble() > 0.5, "the bubble of 2, filled");
        assertTrue(item2.path("fills").get(2).path("fill").asDouble() < 0.1, "the bubble of 3, empty");
        JsonNode nps = json.path("pages").get(3);
        assertEquals("nps.png", nps.path("file").asText());
        assertEquals("a sheet of nps version 1, not of skillset version 1", nps.path("reported").asText());
        assertEquals("scans.pdf#2", json.path("sheets").get(1).path("pages").get(0).asText());
    }

    @Test
    void correctionsAreAppliedAndTheCorrectedCellIsFilled() throws Exception {
        Path out = tmp.resolve("scan");
        Path corrections = Files.writeString(tmp.resolve("corrections.json"), """
                {"format": "scorecard-kit corrections 1", "instrument": "skillset", "version": "1",
                 "corrections": [{"sheet": "scans.pdf#1", "serial": "000001", "item": "service-in-every-task", "value": "4"},
                                 {"sheet": "scans.pdf#2", "serial": "000002", "item": "importance-of-service", "value": ""}]}
                """);

        assertEquals(0, scan(scans.toString(), "--out", out.toString(), "--corrections", corrections.toString()), console.err());

        List<String> csv = lines(out.resolve("responses.csv"));
        assertTrue(csv.get(1).startsWith(",,,3,4,"), csv.get(1));
        assertTrue(csv.get(2).startsWith(",,,,,"), "Ben's 5 corrected to no answer: " + csv.get(2));
        assertTrue(console.out().contains("No item to review."), console.out());
        JsonNode item = new ObjectMapper().readTree(out.resolve("scan.json").toFile()).path("pages").get(0).path("items").get(1);
        assertTrue(item.path("corrected").asBoolean());
        assertEquals("answered", item.path("decision").asText());
    }

    @Test
    void everyCorrectionThatCannotBeAppliedIsOneLineNamingTheFileAndThePreviousOutputIsUntouched() throws Exception {
        Path out = tmp.resolve("scan");
        assertEquals(0, scan(scans.toString(), "--out", out.toString()), console.err());
        Map<String, byte[]> before = TestFiles.files(out);
        Path corrections = Files.writeString(tmp.resolve("corrections.json"), """
                {"format": "scorecard-kit corrections 1", "instrument": "skillset", "version": "1",
                 "corrections": [
                   {"sheet": "scans.pdf#9", "serial": "000009", "item": "importance-of-service", "value": "4"},
                   {"sheet": "scans.pdf#1", "serial": "000001", "item": "no-such-item", "value": "4"},
                   {"sheet": "scans.pdf#1", "serial": "000001", "item": "service-in-every-task", "value": "7"},
                   {"sheet": "scans.pdf#2", "serial": "000005", "item": "importance-of-service", "value": "4"},
                   {"sheet": "scans.pdf#1", "serial": "000001", "item": "service-in-every-task", "value": "2;4"},
                   {"sheet": "scans.pdf#1", "serial": "000001", "item": "importance-of-service", "value": "4"}]}
                """);
        console.reset();

        assertEquals(1, scan(scans.toString(), "--out", out.toString(), "--corrections", corrections.toString()));

        String c = corrections.toString();
        assertEquals(List.of(
                c + ": correction 1 (line 3): no sheet \"scans.pdf#9\" in this scan (sheets are named <file name>#<page> of"
                        + " their first page, as responses.csv's sheet column names them); scan the same files as when it was saved",
                c + ": correction 2 (line 4): sheet scans.pdf#1 has no item \"no-such-item\" (its items: importance-of-service,"
                        + " service-in-every-task, adapt-to-customers, continuing-to-learn, adapt-speaking,"
                        + " service-models-and-processes, handling-conflict, listening-skills and 4 more)",
                c + ": correction 3 (line 5): \"7\" is not an answer of item \"service-in-every-task\" (its answers: 1, 2, 3, 4, 5;"
                        + " \"\" for no answer)",
                c + ": correction 4 (line 6): sheet scans.pdf#2 has serial 000002, not 000005: the file was saved for another"
                        + " scan of files with the same names",
                c + ": correction 5 (line 7): item \"service-in-every-task\" takes one answer, not \"2;4\"",
                "Nothing was written; " + out + " is as it was."), console.err().lines().toList());
        assertEquals("", console.out());
        Map<String, byte[]> after = TestFiles.files(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f + " untouched"));
        try (var siblings = Files.list(tmp)) {
            assertEquals(List.of("corrections.json", "scan"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void badInputIsOneLinePerFileAllAtOnceBeforeAnyPageIsRead() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.pdf"), "not a scan\n");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path out = tmp.resolve("scan");

        assertEquals(1, scan(tmp.resolve("missing.pdf").toString(), text.toString(), empty.toString(), scans.toString(),
                scans.toString(), "--out", out.toString()));

        assertEquals(List.of(
                tmp.resolve("missing.pdf") + ": no such file; check the name (quote a name with spaces)",
                text + ": not a PDF, TIFF, PNG or JPEG file (it looks like a text file); scan or photograph the sheets into one of those",
                empty + ": a folder with no PDF, TIFF, PNG or JPEG file in it; name the scans or photos themselves",
                scans + ": given twice (also as " + scans + ")"), console.err().lines().toList());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void aFileThatCannotBeReadFailsTheScanAndLeavesThePreviousOutputAsItWas() throws Exception {
        Path out = tmp.resolve("scan");
        assertEquals(0, scan(scans.toString(), "--out", out.toString()), console.err());
        Map<String, byte[]> before = TestFiles.files(out);
        Path broken = Files.write(tmp.resolve("broken.pdf"), "%PDF-1.7\nthis is no PDF at all".getBytes(StandardCharsets.US_ASCII));
        console.reset();

        assertEquals(1, scan(scans.toString(), broken.toString(), "--out", out.toString()));

        List<String> err = console.err().lines().toList();
        assertEquals(2, err.size(), console.err());
        assertTrue(err.get(0).startsWith(broken + ": cannot read it as PDF"), err.get(0));
        assertEquals("Nothing was written; " + out + " is as it was.", err.get(1));
        assertFalse(console.err().contains("\tat "), "no stack trace");
        Map<String, byte[]> after = TestFiles.files(out);
        before.forEach((f, bytes) -> assertArrayEquals(bytes, after.get(f), f + " untouched"));
    }

    @Test
    void aFolderIsReadAsItsImagesInNameOrderAndOtherFilesInItAreNamed() throws Exception {
        Path photos = Files.createDirectories(tmp.resolve("photos"));
        List<BufferedImage> pages = ReturnedSheets.rasters(shared.resolve("sheets.pdf"));
        ReturnedSheets.png(photos.resolve("IMG_0002.png"), pages.get(1));
        ReturnedSheets.png(photos.resolve("IMG_0001.png"), pages.get(0));
        Files.writeString(photos.resolve("notes.txt"), "to do\n");
        Files.writeString(photos.resolve(".DS_Store"), "");
        Path out = tmp.resolve("scan");

        assertEquals(0, scan(photos.toString(), "--out", out.toString()), console.err());

        List<String> csv = lines(out.resolve("responses.csv"));
        assertTrue(csv.get(1).endsWith(",IMG_0001.png#1,000001"), csv.get(1));
        assertTrue(csv.get(2).endsWith(",IMG_0002.png#1,000002"), csv.get(2));
        assertEquals("warning: " + photos + ": 1 file not read, not .pdf, .tif, .png or .jpg: notes.txt\n", console.err());
    }

    @Test
    void aManifestOfAnotherInstrumentIsAWarningAndTheSheetsAreStillRead() throws Exception {
        Path other = Files.writeString(tmp.resolve("nps.manifest.csv"),
                "serial,name,group,instrument,version,pages\r\n000001,Dana,East,nps,1,1\r\n");
        Path out = tmp.resolve("scan");

        assertEquals(0, scan(scans.toString(), "--out", out.toString(), "--manifest", other.toString()), console.err());

        assertEquals("warning: " + other + ": the manifest lists sheets of nps version 1, not of skillset version 1: its"
                + " serials are other people's, so respondent and group stay empty; give the manifest that print"
                + " --participants wrote for these sheets\n", console.err());
        assertTrue(lines(out.resolve("responses.csv")).get(1).startsWith(",,,3,"), "Dana's name is not used");
    }

    @Test
    void aCorrectionsFileInsideTheOutputIsRefusedBeforeTheScan() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("scan"));
        Path corrections = Files.writeString(out.resolve("corrections.json"),
                "{\"format\": \"scorecard-kit corrections 1\", \"instrument\": \"skillset\", \"version\": \"1\", \"corrections\": []}");

        assertEquals(1, scan(scans.toString(), "--out", out.toString(), "--corrections", corrections.toString()));

        assertEquals(corrections + ": it is inside the output folder " + out + ", which a scan replaces whole; move it out"
                + " (beside the scans, say) or choose another --out\n", console.err());
        assertTrue(Files.exists(corrections));
    }

    @Test
    void anUnknownInstrumentIsAUsageError() {
        assertEquals(2, Main.run("scan", "skilset", scans.toString(), "--out", tmp.resolve("s").toString()));
        assertTrue(console.err().contains("no instrument \"skilset\""), console.err());
    }

    @Test
    void anOutputFolderHoldingOtherFilesIsRefusedAndKept() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Path notes = Files.writeString(out.resolve("notes.txt"), "keep me\n");

        assertEquals(1, scan(scans.toString(), "--out", out.toString()));

        assertEquals("scorecard: " + notes + " was not written by a scan; move it away or choose another --out\n", console.err());
        assertEquals("keep me\n", Files.readString(notes));
        assertEquals("", console.out());
    }
}
