package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.report.HtmlReport;
import org.scorecardkit.tally.report.ReportView;
import org.scorecardkit.tally.report.ReportViews;
import org.scorecardkit.tally.stats.Summary;

/** Long free text in the reports: a 4 MB answer makes a short report.pdf quickly, and long unbroken words stay on the page. */
class LongTextTest {
    @TempDir
    Path dir;

    @Test
    void aFourMegabyteAnswerMakesAShortReportQuickly() throws Exception {
        Path csv = dir.resolve("big.csv");
        StringBuilder big = new StringBuilder(4 << 20);
        while (big.length() < 4 << 20) {
            big.append(big.length() % 7 == 0 ? "unbrokenwordwithoutanyspaceatall" : "word ");
        }
        Files.writeString(csv, "respondent,group,date,recommend,reason\nr1,,,9,\"" + big + "\"\nr2,,,10,short\n", StandardCharsets.UTF_8);
        Summary summary = TallyFixtures.tally("nps", csv).result().summary();

        long start = System.nanoTime();
        ReportView view = ReportViews.of(summary);
        PdfReport.Written pdf = PdfReport.write(view);
        double seconds = (System.nanoTime() - start) / 1e9;
        String html = HtmlReport.of(view);

        try (PDDocument doc = Loader.loadPDF(pdf.pdf())) {
            assertTrue(doc.getNumberOfPages() <= 3, doc.getNumberOfPages() + " pages");
            // The page numbers at each page's foot are not part of the answer, which may run over a page break.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("(?m)^page \\d+ of \\d+.*$", "").replaceAll("\\s", "");
            String rest = String.format(java.util.Locale.ROOT, "%,d", big.codePointCount(0, big.length()) - 1000);
            assertTrue(text.contains((" … (" + rest + " more characters)”").replace(" ", "")),
                    "the cut is marked with what is left: " + text.substring(Math.max(0, text.indexOf("more characters") - 200)));
        }
        assertTrue(seconds < 10, "written in " + seconds + " s (a 973-page report took 78 s)");
        assertTrue(pdf.pdf().length < 200_000, pdf.pdf().length + " bytes");
        assertTrue(html.length() < 100_000, "report.html is " + html.length() + " characters");
        assertEquals(List.of(), pdf.warnings());
    }

    @Test
    void aFiveThousandCharacterWordInAnAnswerOrAGroupNameStaysInsideThePage() throws Exception {
        String word = "Ж".repeat(5_000);
        String group = "G".repeat(5_000);
        Path csv = TallyFixtures.file(dir, "long.csv", "respondent,group,date,recommend,reason\nr1," + group + ",,9," + word
                + "\nr2,short,,7,\"李明" + "明".repeat(900) + "\"\n");
        ReportView view = ReportViews.of(TallyFixtures.tally("nps", Breakdown.GROUP, csv).result().summary());
        byte[] pdf = PdfReport.of(view);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            List<TextPosition> glyphs = glyphs(doc);
            long ws = glyphs.stream().filter(g -> g.getUnicode().equals("Ж")).count();
            long gs = glyphs.stream().filter(g -> g.getUnicode().equals("G")).count();
            assertEquals(1_000, ws, "the answer is printed up to the report's cap");
            assertTrue(gs >= 5_000, "the group name is printed whole in the table: " + gs);
            for (TextPosition g : glyphs) {
                assertTrue(g.getXDirAdj() >= PdfReport.MARGIN - 1 && g.getXDirAdj() + g.getWidthDirAdj() <= width - PdfReport.MARGIN + 1,
                        "\"" + g.getUnicode() + "\" at x " + g.getXDirAdj() + " is outside the text area");
            }
        }
    }

    private static List<TextPosition> glyphs(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                all.addAll(positions);
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return all;
    }
}
