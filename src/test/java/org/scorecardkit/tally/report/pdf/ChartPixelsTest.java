package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.aggregate.Breakdown;

/**
 * The charts as printed, rendered at 72 dpi (one pixel a point) and looked at pixel by pixel: a
 * rating of 1 is a short bar, never an empty one; a negative NPS is a bar to the left of the zero
 * line and an NPS of 0 no bar at all.
 */
class ChartPixelsTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /** The attack: a rating of 1 was an empty bar in the PDF scorecard. */
    @Test
    void aRatingOfOneIsAFifthOfTheBarOnAOneToFiveScaleAndAFiveIsAllOfIt() throws Exception {
        Path csv = TallyFixtures.file(dir, "trio.csv", "respondent,group,date,a,b,c\nAnn,X,,1,5,3\nBo,X,,3,3,3\n");
        assertEquals(0, Main.run("tally", "trio", csv.toString(), "--content", TallyFixtures.CONTENT.toString(),
                "--out", dir.resolve("out").toString(), "--scorecards"), console.err());
        byte[] card = Files.readAllBytes(dir.resolve("out/scorecards/Ann.pdf"));

        int one = run(card, "1. First", PdfCanvas.FILL);
        int five = run(card, "2. Second", PdfCanvas.FILL);
        assertTrue(one > 0, "the bar of a 1 has ink");
        assertEquals(ScorecardItems.BAR_W, five, 2, "a 5 fills the bar");
        assertEquals(ScorecardItems.BAR_W / 5, one, 2, "a 1 is a fifth of the bar");
    }

    @Test
    void aNegativeNpsIsABarLeftOfTheZeroLineAndAZeroNpsHasNoBar() throws Exception {
        byte[] pdf = PdfReport.of(WorkshopReturns.summary("nps", Breakdown.GROUP, WorkshopReturns.nps(dir)));
        // The zero line: the middle of the plot between the 130-point label column and the 96-point value column.
        float width = 595 - 2 * PdfReport.MARGIN;
        int zero = Math.round(PdfReport.MARGIN + 130 + (width - 130 - 96) / 2);

        int[] south = extent(pdf, "South", NpsChart.DETRACTORS);
        assertTrue(south[1] > 0, "South's bar is drawn");
        assertTrue(south[1] <= zero + 1, "South's bar (x " + south[0] + "–" + south[1] + ") ends at the zero line, x " + zero);
        assertEquals(zero - (width - 130 - 96) / 2 * 0.4, south[0], 3, "−40 reaches 40% of the way to −100");
        int[] north = extent(pdf, "North", PdfCanvas.FILL);
        assertTrue(north[0] >= zero - 1 && north[1] > zero + 50, "North's +40 runs right of zero: " + north[0] + "–" + north[1]);
        assertEquals(0, extent(pdf, "West", PdfCanvas.FILL)[1] + extent(pdf, "West", NpsChart.DETRACTORS)[1], "West's 0 has no bar");
        assertTrue(dark(pdf, "West", zero), "but the zero line runs through West's row");
    }

    /** How many pixels of a colour the row of a label's first occurrence on page 1 has. */
    private static int run(byte[] pdf, String label, Color colour) throws IOException {
        int[] e = extent(pdf, label, colour);
        return e[1] == 0 ? 0 : e[1] - e[0] + 1;
    }

    /** The leftmost and rightmost x of a colour in the row of a label's first occurrence on page 1; {0, 0} for none. */
    private static int[] extent(byte[] pdf, String label, Color colour) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            TextPosition at = find(doc, label);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            int y = row(at);
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(new Color(image.getRGB(x, y)), colour)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
            return hi == 0 ? new int[] {0, 0} : new int[] {lo, hi};
        }
    }

    private static boolean dark(byte[] pdf, String label, int x) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            TextPosition at = find(doc, label);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            int y = row(at);
            for (int dx = -1; dx <= 1; dx++) {
                Color c = new Color(image.getRGB(x + dx, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 300) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A pixel row through the bar beside a label: a little above the middle of its letters, clear of a whisker through the middle. */
    private static int row(TextPosition label) {
        return Math.round(label.getYDirAdj() - label.getHeightDir() / 2 - 3);
    }

    private static TextPosition find(PDDocument doc, String label) throws IOException {
        List<List<TextPosition>> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (found.isEmpty() && text.startsWith(label)) {
                    found.add(positions);
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(doc);
        assertFalse(found.isEmpty(), label + " is on page 1");
        return found.get(0).get(0);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 12 && Math.abs(a.getGreen() - b.getGreen()) < 12
                && Math.abs(a.getBlue() - b.getBlue()) < 12;
    }
}
