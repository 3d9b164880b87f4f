package org.scorecardkit.scan.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.Geometry;
import org.scorecardkit.render.pdf.SheetLayout;
import org.scorecardkit.render.pdf.SheetRenderer;
import org.scorecardkit.scan.BubbleFill;
import org.scorecardkit.scan.MarkReader;
import org.scorecardkit.scan.RegisteredPage;
import org.scorecardkit.scan.SheetReader;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.PageProblem;
import org.scorecardkit.scan.PageReading;

/** The overlay PNGs: one per page with an image, at about 100 dpi, each decision in its colour, same bytes every run. */
class OverlaysTest {
    @TempDir
    Path tmp;

    @Test
    void everyPageWithAnImageGetsOneOverlayNamedAfterItsFileAndPageAndNoneWithoutAnImage() throws IOException {
        Overlays overlays = new Overlays(MarkedReturns.skillset());
        MarkedReturns.scan("Ann", null, List.of(overlays));
        overlays.finish(null, tmp);

        try (Stream<Path> files = Files.list(tmp.resolve("overlays"))) {
            assertEquals(List.of("returns.pdf-p1.png", "returns.pdf-p2.png", "returns.pdf-p3.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "pages 1-3 had images, page 4 none");
        }
        // Kept for a person to look at, as the browser tests keep their screenshots.
        Path keep = Files.createDirectories(Path.of("target/screenshots/overlays"));
        for (String name : List.of("returns.pdf-p1.png", "returns.pdf-p3.png")) {
            Files.copy(tmp.resolve("overlays").resolve(name), keep.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theOverlayIsTheSheetAtAbout100DpiWithEachDecisionInItsColourAndTheCornerMarks() throws IOException {
        BufferedImage page = MarkedReturns.markedPage();
        PageReading reading = MarkedReturns.read(MarkedReturns.FILE, 1, page);
        Overlays overlays = new Overlays(MarkedReturns.skillset());
        overlays.page(reading.page(), reading, page);
        overlays.finish(null, tmp);
        BufferedImage overlay = ImageIO.read(tmp.resolve("overlays/returns.pdf-p1.png").toFile());

        double scale = 100.0 / MarkedReturns.DPI;
        assertEquals(827, overlay.getWidth(), 10, "A4 at 100 dpi is 827 px wide");
        int header = overlay.getHeight() - (int) Math.round(page.getHeight() * scale);
        assertTrue(header >= 40 && header <= 80, "a header of a few lines above the page: " + header);
        ItemReading answered = reading.items().get(0);
        ItemReading twice = reading.items().get(1);
        ItemReading unclear = reading.items().get(2);
        ItemReading blank = reading.items().get(11);
        assertTrue(has(overlay, bubble(answered, "3"), scale, header, OverlayPainter.ANSWERED), "the answer 3 in green");
        assertTrue(!has(overlay, bubble(answered, "1"), scale, header, OverlayPainter.ANSWERED), "the other values not green");
        assertTrue(has(overlay, bubble(twice, "2"), scale, header, OverlayPainter.DOUBLE), "the double mark's 2 in red");
        assertTrue(has(overlay, bubble(twice, "4"), scale, header, OverlayPainter.DOUBLE), "the double mark's 4 in red");
        assertTrue(has(overlay, bubble(unclear, "4"), scale, header, OverlayPainter.UNCLEAR), "the unclear dot in orange");
        for (BubbleFill f : blank.fills()) {
            assertTrue(!has(overlay, f, scale, header, OverlayPainter.ANSWERED)
                    && !has(overlay, f, scale, header, OverlayPainter.DOUBLE)
                    && !has(overlay, f, scale, header, OverlayPainter.UNCLEAR), "a blank item is not coloured");
        }
        double[] mark = reading.page().toPixel(MarkedReturns.layout().scan().page(1).registration().get(0).x(),
                MarkedReturns.layout().scan().page(1).registration().get(0).y());
        BubbleFill corner = new BubbleFill(null, 0, mark[0], mark[1], 8 * MarkedReturns.DPI / 72);
        assertTrue(has(overlay, corner, scale, header, OverlayPainter.REGISTRATION), "the top-left corner mark in blue");
    }

    @Test
    void aReportedPageGetsItsReasonInARedHeaderAndAHugeImageStaysBounded() throws IOException {
        BufferedImage huge = new BufferedImage(6000, 9000, BufferedImage.TYPE_BYTE_GRAY);
        Overlays overlays = new Overlays(MarkedReturns.skillset());
        overlays.page(new PageProblem("photo.jpg", 1, "no QR code found"), null, huge);
        overlays.finish(null, tmp);
        BufferedImage overlay = ImageIO.read(tmp.resolve("overlays/photo.jpg-p1.png").toFile());

        assertTrue(overlay.getHeight() <= OverlayPainter.MAX_SIDE + 100 && overlay.getWidth() <= OverlayPainter.MAX_SIDE,
                overlay.getWidth() + "x" + overlay.getHeight());
        assertTrue(close(new Color(overlay.getRGB(overlay.getWidth() - 3, 3)), OverlayPainter.DOUBLE), "a red header");
        int white = 0;
        for (int x = 0; x < overlay.getWidth(); x++) {
            for (int y = 0; y < 40; y++) {
                white += overlay.getRGB(x, y) == Color.WHITE.getRGB() ? 1 : 0;
            }
        }
        assertTrue(white > 100, "the reason is written in white on it");
    }

    @Test
    void theSamePagesGiveTheSameBytes() throws IOException {
        byte[][] runs = new byte[2][];
        for (int k = 0; k < 2; k++) {
            Overlays overlays = new Overlays(MarkedReturns.skillset());
            MarkedReturns.scan("Ann", null, List.of(overlays));
            Path out = tmp.resolve("run" + k);
            overlays.finish(null, out);
            runs[k] = Files.readAllBytes(out.resolve("overlays/returns.pdf-p1.png"));
        }
        assertArrayEquals(runs[0], runs[1]);
    }

    @Test
    void aLetterSheetIsDrawnWithTheLetterGeometryNotTheA4One() {
        Geometry.Sheet letter = SheetLayout.layout(MarkedReturns.skillset(), Paper.LETTER);
        SheetGeometry g = letter.scan();
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(SheetRenderer.blank(letter))) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        RegisteredPage r = (RegisteredPage) new SheetReader(List.of(g)).read("letter.png", 1, page);
        PageReading reading = MarkReader.of(MarkedReturns.skillset()).read(r, page, g.page(1));

        SheetGeometry.Page chosen = new Overlays(MarkedReturns.skillset()).geometry(reading);
        assertEquals(g.page(1).registration(), chosen.registration(), "letter's corner marks, A4's lie 17 pt further in");
        assertNotEquals(MarkedReturns.layout().scan().page(1).registration(), chosen.registration());
    }

    @Test
    void namesAreSafeOnAnyFileSystemAndNeverCollide() {
        Overlays overlays = new Overlays(MarkedReturns.skillset());
        String odd = overlays.name("../Scan 1 é:*?.pdf", 3);
        String look = overlays.name("___Scan_1___.pdf", 3);
        String same = overlays.name("a.pdf", 1);
        String again = overlays.name("a.pdf", 1);
        String hidden = overlays.name(".pdf", 1);
        String longName = overlays.name("x".repeat(300) + ".pdf", 1);

        for (String n : List.of(odd, look, same, again, hidden, longName)) {
            assertTrue(n.matches("[A-Za-z0-9_][A-Za-z0-9._-]*\\.png") && n.length() <= 120, n);
        }
        assertTrue(odd.endsWith("-p3.png") && odd.startsWith("_._Scan_1_____.pdf-"), odd);
        assertNotEquals(odd, look);
        assertEquals("a.pdf-p1.png", same);
        assertEquals("a.pdf-p1-2.png", again, "two files of the same name (in different folders) keep both overlays");
    }

    private static BubbleFill bubble(ItemReading item, String value) {
        return item.fills().stream().filter(f -> f.bubble().value().equals(value)).findFirst().orElseThrow();
    }

    /** Whether a pixel of roughly {@code colour} lies within the bubble's box (a little beyond it) on the overlay. */
    private static boolean has(BufferedImage overlay, BubbleFill f, double scale, int header, Color colour) {
        double r = f.r() * scale + 4;
        double cx = f.x() * scale;
        double cy = f.y() * scale + header;
        for (int y = (int) (cy - r); y <= (int) (cy + r); y++) {
            for (int x = (int) (cx - r); x <= (int) (cx + r); x++) {
                if (x >= 0 && y >= 0 && x < overlay.getWidth() && y < overlay.getHeight() && close(new Color(overlay.getRGB(x, y)), colour)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 45;
    }
}
