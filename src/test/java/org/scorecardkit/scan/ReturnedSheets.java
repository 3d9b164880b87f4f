package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.render.pdf.Geometry;
import org.scorecardkit.render.pdf.Participants.Participant;
import org.scorecardkit.render.pdf.SheetLayout;
import org.scorecardkit.render.pdf.SheetRenderer;

/**
 * Returned sheets for the pipeline's tests: the standard content's real sheets (a printed batch, or
 * the site's blank sheet), rasterised like a 150 dpi scan, with bubbles filled by drawing on the
 * raster, saved as PNG files or as a scanner's PDF of page images.
 */
public final class ReturnedSheets {
    public static final float DPI = 150;
    private static SiteContent content;

    private ReturnedSheets() {
    }

    public static synchronized Instrument instrument(String id) {
        if (content == null) {
            ContentLoader.Result result = ContentLoader.load(Path.of("content"));
            assertEquals(List.of(), result.problems(), "the standard content must be valid");
            content = result.content();
        }
        return content.instrument(id);
    }

    public static Geometry.Sheet layout(String id) {
        return SheetLayout.layout(instrument(id), Paper.A4);
    }

    /** Every page of a batch printed for {@code people} (serials 000001 on), as page images. */
    public static List<BufferedImage> batch(String id, Path dir, String... people) {
        List<Participant> list = new ArrayList<>();
        for (String p : people) {
            list.add(new Participant(p, ""));
        }
        try {
            Path pdf = dir.resolve("printed-" + id + ".pdf");
            SheetRenderer.batch(layout(id), list, pdf);
            return rasters(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages of the site's blank sheet (serial 000000), as page images. */
    public static List<BufferedImage> blank(String id) {
        return rasters(SheetRenderer.blank(layout(id)));
    }

    /** Every page of a printed PDF (from {@code print}, say) as the image a 150 dpi scan gives. */
    public static List<BufferedImage> rasters(Path pdf) {
        try {
            return rasters(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BufferedImage> rasters(byte[] pdf) {
        List<BufferedImage> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(r.renderImageWithDPI(i, DPI, ImageType.GRAY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** A copy of a page image, so one printed page can be filled in differently. */
    public static BufferedImage copy(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setRect(page.getRaster());
        return out;
    }

    /** Fills the bubble of {@code item}'s {@code value} on sheet page {@code page}, as a pen does (0.85 of its radius). */
    public static BufferedImage fill(BufferedImage image, String id, int page, String item, String value) {
        return fill(image, id, Paper.A4, page, item, value);
    }

    /** Fills a bubble of the sheet as printed on {@code paper}. */
    public static BufferedImage fill(BufferedImage image, String id, Paper paper, int page, String item, String value) {
        SheetGeometry g = SheetLayout.layout(instrument(id), paper).scan();
        SheetGeometry.Bubble b = g.page(page).bubbles().stream()
                .filter(x -> x.item().equals(item) && x.value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no bubble " + item + "=" + value + " on page " + page));
        double s = DPI / 72;
        double x = b.x() * s;
        double y = (g.height() - b.y()) * s;
        double r = 0.85 * b.r() * s;
        Graphics2D ink = image.createGraphics();
        ink.setColor(new Color(30, 30, 30));
        ink.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        ink.dispose();
        return image;
    }

    /** The first item of a sheet page and its values, as the geometry lists them. */
    public static List<SheetGeometry.Bubble> bubbles(String id, int page) {
        return layout(id).scan().page(page).bubbles();
    }

    public static Path png(Path file, BufferedImage image) {
        try {
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanner's PDF: one lossless page image per A4 page. */
    public static Path pdf(Path file, List<BufferedImage> pages) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
