package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.render.pdf.SheetLayout;

/**
 * Filled paper returns for the tally's scan tests, made here until the marks engineer's generator
 * arrives: the real sheets of the standard content printed with {@code print --participants}, each
 * page rasterised, bubbles filled on the raster where the geometry puts them (a pen's full disc, or
 * a light grey fill that no reader may take either way), saved as a PDF of JPEG page images or as PNG photos.
 */
final class ScannedReturns {
    /** The resolution pages are rasterised at: a copier's usual 150 dpi keeps the tests quick. */
    static final float DPI = 150;
    private static org.scorecardkit.model.SiteContent content;

    private ScannedReturns() {
    }

    static synchronized Instrument instrument(String id) {
        if (content == null) {
            ContentLoader.Result r = ContentLoader.load(Path.of("content"));
            assertEquals(List.of(), r.problems(), "the standard content must be valid");
            content = r.content();
        }
        return content.instrument(id);
    }

    static SheetGeometry geometry(String id) {
        return SheetLayout.layout(instrument(id), Paper.A4).scan();
    }

    /** A mark on one bubble: {@code full} a pen's filled disc, else a light grey fill (a hard-erased pencil mark) that is neither filled nor empty. */
    record Mark(String item, String value, boolean full) {
        static Mark pen(String item, String value) {
            return new Mark(item, value, true);
        }

        static Mark faint(String item, String value) {
            return new Mark(item, value, false);
        }
    }

    /** Every page of the printed PDF as a grey raster, in order. */
    static List<BufferedImage> pages(Path pdf) throws IOException {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
            }
        }
        return pages;
    }

    /** Draws the marks that fall on sheet page {@code page} of instrument {@code id} onto its raster. */
    static BufferedImage mark(BufferedImage raster, String id, int page, List<Mark> marks) {
        SheetGeometry g = geometry(id);
        Graphics2D ink = raster.createGraphics();
        double s = DPI / 72;
        for (Mark m : marks) {
            for (SheetGeometry.Bubble b : g.page(page).bubbles()) {
                if (b.item().equals(m.item()) && b.value().equals(m.value())) {
                    // A pen fills 0.85 of the bubble with near-black ink; the faint mark as much with light grey.
                    ink.setColor(m.full() ? new Color(30, 30, 30) : new Color(200, 200, 200));
                    double r = 0.85 * b.r() * s;
                    double x = b.x() * s;
                    double y = (g.height() - b.y()) * s;
                    ink.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                }
            }
        }
        ink.dispose();
        return raster;
    }

    /** The marks of one answer set: one pen mark per item answered. */
    static List<Mark> answers(Map<String, String> answers) {
        List<Mark> marks = new ArrayList<>();
        answers.forEach((item, value) -> marks.add(Mark.pen(item, value)));
        return marks;
    }

    /** Saves the rasters as one A4 PDF of JPEG page images, as a copier's scan-to-PDF does. */
    static Path jpegPdf(Path file, List<BufferedImage> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject jpeg = JPEGFactory.createFromImage(doc, image, 0.9f);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(jpeg, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static Path png(Path file, BufferedImage page) throws IOException {
        ImageIO.write(page, "png", file.toFile());
        return file;
    }

    /** A participants file for {@code print --participants}: a header, then one "name,group" line each. */
    static Path participants(Path file, List<String> lines) throws IOException {
        return Files.writeString(file, "name,group\n" + String.join("\n", lines) + "\n");
    }
}
