package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.scorecardkit.model.SheetGeometry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorecardkit.render.pdf.Participants.Participant;
import org.scorecardkit.render.pdf.SheetRenderer;

/**
 * The scanner's speed and memory on a long PDF (run by bench/scan.sh, not by the build): a printed
 * batch rendered at 200 dpi, and a copier's PDF of filled returns as 200 dpi JPEG pages, every page
 * identified, registered and its marks read; prints pages per minute and the largest heap in use after
 * any page.
 */
@EnabledIfSystemProperty(named = "scan.bench.pages", matches = "[0-9]+")
class ScanBenchTest {
    @ParameterizedTest
    @ValueSource(strings = {"vector", "jpeg"})
    void aLongPdfIsReadPageByPageInBoundedMemory(String kind, @TempDir Path dir) throws Exception {
        int count = Integer.getInteger("scan.bench.pages");
        Path pdf = dir.resolve(kind + ".pdf");
        if (kind.equals("vector")) {
            List<Participant> people = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                people.add(new Participant("Participant " + i, ""));
            }
            SheetRenderer.batch(Sheets.layout("skillset"), people, pdf);
        } else {
            copierPdf(pdf, filledJpegs(dir), count);
        }
        SheetGeometry g = Sheets.geometry("skillset");
        SheetReader reader = new SheetReader(List.of(g));
        MarkReader marks = MarkReader.of(Sheets.content().instrument("skillset"));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] peak = {0};
        int[] read = {0};
        long[] answered = {0};
        long[] marking = {0};
        long start = System.nanoTime();
        reader.readFile(pdf, (result, image) -> {
            RegisteredPage page = assertInstanceOf(RegisteredPage.class, result, result::toString);
            long t = System.nanoTime();
            answered[0] += marks.read(page, image, g.page(1)).items().stream()
                    .filter(i -> i.decision() == Decision.ANSWERED).count();
            marking[0] += System.nanoTime() - t;
            read[0]++;
            peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(count, read[0]);
        assertTrue(kind.equals("vector") || answered[0] > count * 10L, "the filled pages' marks are read: " + answered[0]);
        System.out.printf(Locale.ROOT, "scan bench (%s PDF, 200 dpi, QR, registration and mark reading): %d pages in"
                + " %.1f s = %.0f pages per minute (mark reading %.0f ms a page); heap in use at most %d MB (max %d MB)%n",
                kind, count, seconds, count * 60 / seconds, marking[0] / 1e6 / count, peak[0] >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Ten filled returns scanned at 200 dpi (a slight skew, noise, JPEG 75), as a copier's pages. */
    private static List<byte[]> filledJpegs(Path dir) {
        List<byte[]> out = new ArrayList<>();
        java.util.Random r = new java.util.Random(77);
        Returns.pages("skillset", Returns.batch("skillset", 10, dir), Returns.Mix.workshop(), 77, new float[] {200f},
                p -> out.add(Degrade.jpegBytes(Degrade.noise(Degrade.skew(p.image(), r.nextDouble() - 0.5, 4, -4).image(),
                        2, r.nextLong()), 75)));
        return out;
    }

    /** A copier's PDF: the scanned JPEGs in turn as the pages' one image each. */
    private static void copierPdf(Path file, List<byte[]> jpegs, int count) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = JPEGFactory.createFromByteArray(doc, jpegs.get(i % jpegs.size()));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
    }
}
