package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.ScannedReturns.Mark.faint;
import static org.scorecardkit.tally.ScannedReturns.Mark.pen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;

/**
 * Scans as one more source of {@code scorecard tally}, end to end through the CLI: sheets printed
 * with {@code print --participants}, filled on their rasters, saved as a copier's PDF of JPEG pages
 * and as phone-style PNGs, tallied with the print manifest; flagged marks corrected with a
 * corrections.json made here (as review.html would save it) give the same report as careful keying.
 */
class ScanTallyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** Four skillset returns: answers per respondent, item id → value (an item left out is left blank). */
    private static Map<String, Map<String, String>> skillsetAnswers() {
        List<String> items = ScannedReturns.instrument("skillset").items().stream().map(Item::id).toList();
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        String[] people = {"Ann", "Bo", "Cy", "Di"};
        for (int p = 0; p < people.length; p++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                if (!(p == 2 && i == 5)) {   // Cy leaves one item blank
                    answers.put(items.get(i), String.valueOf((i * 3 + p * 2) % 5 + 1));
                }
            }
            all.put(people[p], answers);
        }
        return all;
    }

    private Path print(String instrument, String... people) throws IOException {
        Path participants = ScannedReturns.participants(dir.resolve(instrument + "-people.csv"), List.of(people));
        Path pdf = dir.resolve(instrument + "-sheets.pdf");
        assertEquals(0, Main.run("print", instrument, "--participants", participants.toString(), "--out", pdf.toString()),
                console.err());
        console.reset();
        return pdf;
    }

    private int tally(String... args) {
        console.reset();
        return Main.run(args);
    }

    private JsonNode summary(Path out) throws IOException {
        return JSON.readTree(out.resolve("summary.json").toFile());
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    void correctedScansTallyExactlyAsTheSameAnswersKeyedIntoACsv() throws IOException {
        Map<String, Map<String, String>> answers = skillsetAnswers();
        Path sheets = print("skillset", "Ann,North", "Bo,North", "Cy,South", "Di,South");
        List<BufferedImage> pages = ScannedReturns.pages(sheets);
        List<String> people = List.copyOf(answers.keySet());
        for (int p = 0; p < 4; p++) {
            List<ScannedReturns.Mark> marks = ScannedReturns.answers(answers.get(people.get(p)));
            if (p == 0) {   // Ann marks 2 beside her 4 on listening-skills: a double mark
                marks.removeIf(m -> m.item().equals("listening-skills"));
                marks.add(pen("listening-skills", "4"));
                marks.add(pen("listening-skills", "2"));
            }
            if (p == 1) {   // Bo's adapt-speaking is only a faint dot on 3
                marks.removeIf(m -> m.item().equals("adapt-speaking"));
                marks.add(faint("adapt-speaking", "3"));
            }
            ScannedReturns.mark(pages.get(p), "skillset", 1, marks);
        }
        answers.get("Ann").put("listening-skills", "4");
        answers.get("Bo").put("adapt-speaking", "3");
        Path scans = ScannedReturns.jpegPdf(dir.resolve("scans.pdf"), pages.subList(0, 2));
        Path cy = ScannedReturns.png(dir.resolve("cy.png"), pages.get(2));
        Path di = ScannedReturns.png(dir.resolve("di.png"), pages.get(3));
        String manifest = dir.resolve("skillset-sheets.manifest.csv").toString();

        Path flagged = dir.resolve("flagged");
        assertEquals(1, tally("tally", "skillset", scans.toString(), cy.toString(), di.toString(), "--manifest", manifest,
                "--strict", "--out", flagged.toString()), "under --strict, a mark waiting for review is not taken as written");
        assertTrue(console.out().contains("scanned: 4 pages read, 4 sheets"), console.out());
        assertTrue(console.out().contains("2 marks wait for review, counted as no answer: \"scorecard scan skillset FILE..."
                + " --out scan\" writes scan/review.html"), console.out());
        assertTrue(console.out().contains("listed: 1 mark unclear, 1 double mark"), console.out());
        List<String> rejects = lines(flagged.resolve("rejects.csv"));
        assertEquals(3, rejects.size(), String.join("\n", rejects));
        assertEquals("kind,file,line,column,value,reason", rejects.get(0));
        assertListed(rejects.get(1), "double mark,scans.pdf#1,1,listening-skills,2;4,");
        assertListed(rejects.get(2), "mark unclear,scans.pdf#2,1,adapt-speaking,3,");

        Path corrections = Files.writeString(dir.resolve("corrections.json"), """
                {"format": "scorecard-kit corrections 1", "instrument": "skillset", "version": "1", "corrections": [
                  {"sheet": "scans.pdf#1", "serial": "000001", "item": "listening-skills", "value": "4"},
                  {"sheet": "scans.pdf#2", "serial": "000002", "item": "adapt-speaking", "value": "3"}]}
                """);
        Path scanned = dir.resolve("scanned");
        assertEquals(0, tally("tally", "skillset", scans.toString(), cy.toString(), di.toString(), "--manifest", manifest,
                "--corrections", corrections.toString(), "--by", "group", "--strict", "--out", scanned.toString()), console.out());
        assertTrue(console.out().contains("scanned: 4 pages read, 4 sheets; 2 marks corrected by hand"), console.out());
        assertFalse(console.out().contains("wait for review"), console.out());
        assertEquals(List.of("kind,file,line,column,value,reason"), lines(scanned.resolve("rejects.csv")));

        Path keyed = keyed(answers, Map.of("Ann", "North", "Bo", "North", "Cy", "South", "Di", "South"));
        Path typed = dir.resolve("typed");
        assertEquals(0, tally("tally", "skillset", keyed.toString(), "--by", "group", "--out", typed.toString()), console.err());
        JsonNode fromScans = summary(scanned);
        assertEquals(JSON.readTree("{\"pages\":4,\"sheets\":4,\"marks_corrected\":2,\"marks_to_review\":0}"), fromScans.path("scans"));
        ((ObjectNode) fromScans).remove("scans");
        assertEquals(summary(typed), fromScans, "the scanned, corrected returns give the keyed returns' numbers");
    }

    /** Every item of the sheet's page answered: yes, partly or no in turn, shifted by {@code who}. */
    private static List<ScannedReturns.Mark> checklist(String id, int page, int who, Map<String, String> given) {
        List<ScannedReturns.Mark> marks = new ArrayList<>();
        String[] values = {"yes", "partly", "no"};
        List<String> items = ScannedReturns.geometry(id).page(page).bubbles().stream()
                .map(org.scorecardkit.model.SheetGeometry.Bubble::item).distinct().toList();
        for (int i = 0; i < items.size(); i++) {
            String v = values[(i + who) % 3];
            marks.add(pen(items.get(i), v));
            given.put(items.get(i), v);
        }
        return marks;
    }

    @Test
    void aSheetSplitOverTwoFilesIsOneResponseAMissingPageAndAnotherInstrumentsPageAreListedAmongCsvAndXlsxRows()
            throws Exception {
        List<BufferedImage> sevenCs = ScannedReturns.pages(print("seven-cs", "Eve,East", "Fay,West"));
        List<BufferedImage> nps = ScannedReturns.pages(print("nps", "Gus,East"));
        Map<String, String> eve = new LinkedHashMap<>();
        Map<String, String> fay = new LinkedHashMap<>();
        // The seven Cs take two pages: Eve's are printed 0 and 1, Fay's 2 and 3.
        for (int page = 1; page <= 2; page++) {
            ScannedReturns.mark(sevenCs.get(page - 1), "seven-cs", page, checklist("seven-cs", page, 0, eve));
            if (page != 2) {
                ScannedReturns.mark(sevenCs.get(1 + page), "seven-cs", page, checklist("seven-cs", page, 1, fay));
            }
        }
        ScannedReturns.mark(nps.get(0), "nps", 1, List.of(pen("recommend", "9")));
        // Eve's page 1, Fay's page 1 (her page 2 is lost), Gus's NPS form; Eve's page 2 photographed apart.
        Path part1 = ScannedReturns.jpegPdf(dir.resolve("part1.pdf"), List.of(sevenCs.get(0), sevenCs.get(2), nps.get(0)));
        Path part2 = ScannedReturns.png(dir.resolve("part2.png"), sevenCs.get(1));
        Path csv = Files.writeString(dir.resolve("typed.csv"), "respondent,group,date,caring\nHal,East,,yes\nIvy,West,,no\n");
        Path xlsx = XlsxFixtures.workbook(dir.resolve("typed.xlsx"), Map.of("Returns", List.of(
                List.of("respondent", "group", "date", "caring"), List.of("Jo", "East", "", "partly"))));
        Path out = dir.resolve("out");
        Path state = dir.resolve("all.state");

        assertEquals(0, tally("tally", "seven-cs", csv.toString(), part1.toString(), xlsx.toString(), part2.toString(),
                "--manifest", dir.resolve("seven-cs-sheets.manifest.csv").toString(), "--save-state", state.toString(),
                "--out", out.toString()), console.err());

        JsonNode s = summary(out);
        assertEquals(JSON.readTree("{\"read\":5,\"accepted\":5,\"rejected\":0,\"blank_lines\":0}"), s.path("rows"));
        assertEquals(JSON.readTree("{\"pages\":4,\"sheets\":2,\"marks_corrected\":0,\"marks_to_review\":0}"), s.path("scans"));
        assertEquals(1, s.path("problems").path("page_missing").asInt());
        assertEquals(1, s.path("problems").path("page_not_read").asInt());
        assertTrue(console.out().contains("scanned: 4 pages read, 2 sheets"), console.out());
        assertTrue(console.out().contains("listed: 1 page not read, 1 page missing"), console.out());
        JsonNode items = s.path("items");
        assertEquals(5, items.path("caring").path("n").asInt(), "caring: Eve and Fay scanned, Hal and Ivy typed, Jo in the workbook");
        String onPage2 = ScannedReturns.geometry("seven-cs").page(2).bubbles().get(0).item();
        String onPage1 = ScannedReturns.geometry("seven-cs").page(1).bubbles().get(3).item();
        assertEquals(1, items.path(onPage2).path("n").asInt(), "only Eve's page 2 was scanned, from the photo");
        assertEquals(2, items.path(onPage1).path("n").asInt(), "Eve's page 1 and Fay's, from the PDF");
        assertEquals(eve.get(onPage1).equals(fay.get(onPage1)) ? 2 : 1, items.path(onPage1).path("counts").path(eve.get(onPage1)).asInt());

        List<String> rejects = lines(out.resolve("rejects.csv"));
        assertEquals(3, rejects.size(), rejects.toString());
        assertEquals("page missing,part1.pdf#2,2,,,page 2 of 2 is missing; scan it with the sheet's other pages in the same run",
                rejects.get(1));
        assertListed(rejects.get(2), "page not read,part1.pdf#3,3,,,");
        assertTrue(rejects.get(2).contains("nps"), "the page is named as another instrument's: " + rejects.get(2));

        Path merged = dir.resolve("merged");
        assertEquals(0, tally("tally", "merge", state.toString(), "--out", merged.toString()), console.err());
        assertEquals(s, summary(merged), "a saved state keeps the scan's counts and problems exactly");
        assertTrue(console.out().contains("scanned: 4 pages read, 2 sheets"), console.out());
    }

    @Test
    void aScanFileWithNoSheetOfTheInstrumentIsNotReadAndSaysWhy() throws Exception {
        List<BufferedImage> nps = ScannedReturns.pages(print("nps", "Gus,East"));
        Path card = ScannedReturns.png(dir.resolve("card.png"), nps.get(0));
        Path broken = Files.write(dir.resolve("broken.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        ByteArrayOutputStream flat = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(flat);
        }
        Path report = Files.write(dir.resolve("report.pdf"), flat.toByteArray());
        Path good = Files.writeString(dir.resolve("good.csv"), "respondent,caring\nHal,yes\n");
        Path out = dir.resolve("out");

        assertEquals(1, tally("tally", "seven-cs", good.toString(), card.toString(), broken.toString(), report.toString(),
                "--out", out.toString()), "a file of which nothing was read is a file not read");

        assertTrue(console.out().contains("1 row read = 1 accepted + 0 rejected"), console.out());
        assertTrue(console.out().contains("warning: " + card + ": no page is a sheet of seven-cs version 1"), console.out());
        assertTrue(console.out().contains("warning: " + broken + ": cannot read it as JPEG"), console.out());
        assertTrue(console.out().contains("warning: " + report + ": no page is a sheet of seven-cs"), console.out());
        List<String> rejects = lines(out.resolve("rejects.csv"));
        assertEquals(4, rejects.size(), rejects.toString());
        assertListed(rejects.get(1), "page not read,card.png#1,1,,,");
        assertListed(rejects.get(2), "page not read,broken.jpg,0,,,");
        assertListed(rejects.get(3), "page not read,report.pdf#1,1,,,");
    }

    @Test
    void twoScannedFilesOfOneNameInTwoFoldersReadTheFirstAndSayWhyTheSecondIsNot() throws Exception {
        List<BufferedImage> nps = ScannedReturns.pages(print("nps", "Gus,East"));
        ScannedReturns.mark(nps.get(0), "nps", 1, List.of(ScannedReturns.Mark.pen("recommend", "9")));
        Files.createDirectories(dir.resolve("monday"));
        Files.createDirectories(dir.resolve("tuesday"));
        Path first = ScannedReturns.png(dir.resolve("monday/scan.png"), nps.get(0));
        Path second = ScannedReturns.png(dir.resolve("tuesday/scan.png"), nps.get(0));

        assertEquals(1, tally("tally", "nps", first.toString(), second.toString()), "the second file is not read");

        assertTrue(console.out().contains("1 row read = 1 accepted + 0 rejected"), console.out());
        assertTrue(console.out().contains("scanned: 1 page read, 1 sheet"), console.out());
        assertTrue(console.out().contains("warning: " + second + ": has the same name as " + first
                + ", and scanned sheets are named by file name and page, so it is not read; rename one"), console.out());
    }

    @Test
    void correctionsOrAManifestThatCannotBeUsedStopTheTallyWithOneLineBeforeAnythingIsRead() throws IOException {
        Path csv = Files.writeString(dir.resolve("typed.csv"), "respondent,caring\nHal,yes\n");
        Path otherCorrections = Files.writeString(dir.resolve("corrections.json"),
                "{\"format\": \"scorecard-kit corrections 1\", \"instrument\": \"skillset\", \"corrections\": []}");
        Path notCorrections = Files.writeString(dir.resolve("c.json"), "{\"corrections\": []}");
        Path otherManifest = Files.writeString(dir.resolve("m.manifest.csv"),
                "serial,name,group,instrument,version,pages\r\n000001,Ann,North,skillset,1,1\r\n");
        Path out = dir.resolve("out");

        assertEquals(1, tally("tally", "seven-cs", csv.toString(), "--corrections", otherCorrections.toString(), "--out", out.toString()));
        assertEquals("tally: " + otherCorrections + ": the corrections are for instrument \"skillset\", not \"seven-cs\";"
                + " give the corrections.json of this instrument's scan\n", console.err());
        assertEquals(1, tally("tally", "seven-cs", csv.toString(), "--corrections", notCorrections.toString()));
        assertTrue(console.err().startsWith("tally: " + notCorrections + ": not a corrections file"), console.err());
        assertEquals(1, tally("tally", "seven-cs", csv.toString(), "--manifest", otherManifest.toString()));
        assertEquals("tally: " + otherManifest + ": serial 000001 was printed for instrument \"skillset\", not \"seven-cs\";"
                + " give the manifest of this instrument's sheets\n", console.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    /** A rejects.csv line with exactly these first five columns and a reason (the mark reader's own words) after them. */
    private static void assertListed(String line, String columns) {
        assertTrue(line.startsWith(columns), line);
        assertFalse(line.substring(columns.length()).isBlank(), "a reason is given: " + line);
    }

    /** The answers typed into the keying template's columns, carefully. */
    private Path keyed(Map<String, Map<String, String>> answers, Map<String, String> groups) throws IOException {
        Instrument skillset = ScannedReturns.instrument("skillset");
        List<String> items = skillset.items().stream().map(Item::id).toList();
        StringBuilder csv = new StringBuilder("respondent,group,date," + String.join(",", items) + "\n");
        answers.forEach((who, a) -> {
            List<String> cells = new ArrayList<>(List.of(who, groups.get(who), ""));
            items.forEach(i -> cells.add(a.getOrDefault(i, "")));
            csv.append(String.join(",", cells)).append('\n');
        });
        return Files.writeString(dir.resolve("keyed.csv"), csv);
    }
}
