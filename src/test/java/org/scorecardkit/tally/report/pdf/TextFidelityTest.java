package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.report.ReportViews;

/**
 * Respondents' names, groups and answers in Chinese, Polish, Greek, Russian and emoji, read back from
 * report.pdf and the scorecards with PDFBox: every character a shipped font draws extracts exactly
 * (Chinese through the fallback font), and one that none draws (U+1F44D) is a visible □ with a warning
 * naming the output and the place. DejaVu Sans does draw U+1F600 😀, so that one extracts as written.
 */
class TextFidelityTest {
    private static final String MIXED = "Mixed: 李明 Łukasz Ελένη Мария 😀 end";
    private static final Map<String, String[]> ROWS = new LinkedHashMap<>();

    static {
        // respondent -> {group, reason}
        ROWS.put("李明", new String[] {"北京", "服务很好，谢谢"});
        ROWS.put("Łukasz", new String[] {"Kraków", "Dziękuję, świetna obsługa"});
        ROWS.put("Ελένη", new String[] {"Αθήνα", "Ευχαριστώ πολύ"});
        ROWS.put("Мария", new String[] {"Москва", "Спасибо за помощь"});
        ROWS.put("😀", new String[] {"Smile", "😀 happy"});
        ROWS.put("Mixed 李 Ł", new String[] {"Mixed", MIXED});
        ROWS.put("Pat 👍", new String[] {"Thumbs", "Great 👍 service"});
    }

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private Path csv() {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        ROWS.forEach((who, g) -> csv.append(who).append(',').append(g[0]).append(",,9,\"").append(g[1]).append("\"\n"));
        return file(dir, "returns.csv", csv.toString());
    }

    @Test
    void theReportPdfPrintsEveryScriptAndWarnsOfTheCharacterNoFontDraws() throws Exception {
        Path csv = csv();
        PdfReport.Written report = PdfReport.write(ReportViews.of(TallyFixtures.tally("nps", Breakdown.GROUP, csv).result().summary()));
        assertArrayEquals(report.pdf(), PdfReport.of(ReportViews.of(TallyFixtures.tally("nps", Breakdown.GROUP, csv).result().summary())),
                "the same bytes every time, the fallback's subset included");

        String text = text(report.pdf());
        for (String[] g : ROWS.values()) {
            if (!g[1].contains("👍")) {
                assertTrue(text.contains("“" + g[1] + "”"), "the answer " + g[1] + " as written:\n" + text);
                assertTrue(text.contains(g[0] + " 1 NPS 100"), "the group " + g[0] + " in the breakdown:\n" + text);
            }
        }
        assertTrue(text.contains("“Great □ service”"), text);
        assertFalse(text.contains("👍"), text);
        assertEquals(List.of("report.pdf: U+1F44D THUMBS UP SIGN in an answer to \"reason\" is shown as □: no font here draws it"),
                report.warnings());
        try (PDDocument doc = Loader.loadPDF(report.pdf())) {
            List<String> fonts = fonts(doc);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DroidSansFallback")), "the fallback draws the Chinese: " + fonts);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), fonts.toString());
        }
    }

    @Test
    void scorecardsPrintTheRespondentsNameInItsScriptAndMarkWhatNoFontDraws() throws Exception {
        Path csv = csv();
        Instrument nps = TallyFixtures.instrument("nps");
        Tally.Options options = new Tally.Options(List.of(csv), null, List.of());
        Scorecards cards = new Scorecards(nps, TallyFixtures.tally(nps, csv).result().summary(), dir.resolve("scorecards"));

        Tally.accepted(nps, options, java.util.Map.of(), cards);

        List<String> files;
        try (Stream<Path> list = Files.list(dir.resolve("scorecards"))) {
            files = list.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("Mixed_李_Ł.pdf", "Pat_👍.pdf", "😀.pdf", "Ελένη.pdf", "Мария.pdf", "Łukasz.pdf", "李明.pdf")
                .stream().sorted().toList(), files, "file names keep the letters of every script, and the emoji: none is dropped");
        List<String> whos = new ArrayList<>(List.of("李明", "Łukasz", "Ελένη", "Мария", "😀", "Mixed 李 Ł", "Pat □"));
        List<String> names = new ArrayList<>(List.of("李明", "Łukasz", "Ελένη", "Мария", "😀", "Mixed_李_Ł", "Pat_👍"));
        List<String[]> groups = new ArrayList<>(ROWS.values());
        for (int i = 0; i < whos.size(); i++) {
            String card = text(Files.readAllBytes(dir.resolve("scorecards").resolve(names.get(i) + ".pdf")));
            assertTrue(card.contains(whos.get(i) + " · group " + groups.get(i)[0] + "\n"), names.get(i) + ":\n" + card);
        }
        assertEquals(List.of("scorecards/Pat_👍.pdf: U+1F44D THUMBS UP SIGN in the respondent's id, group or date (line 8 of " + csv
                + ") is shown as □: no font here draws it"), cards.warnings());

        byte[] li = Files.readAllBytes(dir.resolve("scorecards/李明.pdf"));
        assertTrue(inkUnder(li, "李"), "the pixels where 李 is placed are not blank");
        assertTrue(inkUnder(li, "明"), "the pixels where 明 is placed are not blank");
    }

    /** The attack, through the command line: `tally --scorecards` printed a blank name for 李明. */
    @Test
    void theTallyCommandWritesTheChineseNameIntoItsScorecardAndTheReport() throws Exception {
        Path csv = csv();
        Path out = dir.resolve("out");

        assertEquals(0, Main.run("tally", "nps", csv.toString(), "--content", TallyFixtures.CONTENT.toString(),
                "--by", "group", "--out", out.toString(), "--scorecards"), console.err());

        assertTrue(text(Files.readAllBytes(out.resolve("scorecards/李明.pdf"))).contains("李明 · group 北京\n"));
        String report = text(Files.readAllBytes(out.resolve("report.pdf")));
        assertTrue(report.contains("“服务很好，谢谢”") && report.contains("“" + MIXED + "”"), report);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<String> fonts(PDDocument doc) throws IOException {
        List<String> names = new ArrayList<>();
        var resources = doc.getPage(0).getResources();
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName());
            names.add(font.getName());
        }
        return names;
    }

    /** Whether page 1, rendered at 72 dpi, has dark pixels inside the box where the glyph is placed. */
    private static boolean inkUnder(byte[] pdf, String glyph) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> found = new ArrayList<>();
            PDFTextStripper finder = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.stream().filter(p -> p.getUnicode().equals(glyph)).forEach(found::add);
                    super.writeString(text, positions);
                }
            };
            finder.getText(doc);
            assertFalse(found.isEmpty(), glyph + " is on the page");
            TextPosition p = found.get(0);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            int dark = 0;
            for (int x = (int) p.getXDirAdj(); x < p.getXDirAdj() + p.getWidthDirAdj(); x++) {
                for (int y = (int) (p.getYDirAdj() - p.getHeightDir()); y < p.getYDirAdj(); y++) {
                    int rgb = image.getRGB(x, y);
                    dark += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128 ? 1 : 0;
                }
            }
            return dark >= 3;
        }
    }
}
