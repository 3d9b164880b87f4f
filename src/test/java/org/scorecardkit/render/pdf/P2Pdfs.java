package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.PrintHints;
import org.scorecardkit.model.Section;
import org.scorecardkit.model.SiteContent;

/** Reads the poster and card PDFs back for P2's tests: text, glyph positions, page sizes and pixels. */
final class P2Pdfs {
    static final int DPI = 150;

    private P2Pdfs() {
    }

    /** A content folder loaded, failing the test when it has problems. */
    static SiteContent load(Path dir) {
        ContentLoader.Result result = ContentLoader.load(dir);
        assertEquals(List.of(), result.problems(), "the fixture content must be valid");
        return result.content();
    }

    static SiteContent standard() {
        return load(Path.of("content"));
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page in reading order, every run of whitespace (line breaks too) made one space. */
    static String text(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            return flat(new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The size of each page in points. */
    static List<PDRectangle> pageSizes(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            List<PDRectangle> sizes = new ArrayList<>();
            doc.getPages().forEach(p -> sizes.add(p.getMediaBox()));
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every glyph drawn on the first page, with its place (top-left origin, y down, as PDFBox gives it). */
    static List<TextPosition> glyphs(byte[] pdf) {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /**
     * The flattened text inside each rectangle of the first page; rectangles in PDF points with
     * PDF's bottom-left origin, as the renderers place them.
     */
    static List<String> textIn(byte[] pdf, List<com.lowagie.text.Rectangle> areas) {
        try (PDDocument doc = open(pdf)) {
            float height = doc.getPage(0).getMediaBox().getHeight();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            for (int i = 0; i < areas.size(); i++) {
                com.lowagie.text.Rectangle r = areas.get(i);
                stripper.addRegion("area" + i, new Rectangle2D.Float(r.getLeft(), height - r.getTop(),
                        r.getWidth(), r.getHeight()));
            }
            stripper.extractRegions(doc.getPage(0));
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < areas.size(); i++) {
                texts.add(flat(stripper.getTextForRegion("area" + i)));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page rasterised at 150 dpi. */
    static BufferedImage raster(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, DPI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The darkest luminance (0 black … 255 white) of the 3×3 pixels around a point given in PDF points. */
    static int darkest(BufferedImage image, float pageHeight, float x, float y) {
        int px = Math.round(x * DPI / 72f);
        int py = Math.round((pageHeight - y) * DPI / 72f);
        int darkest = 255;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int rgb = image.getRGB(Math.max(0, Math.min(image.getWidth() - 1, px + dx)),
                        Math.max(0, Math.min(image.getHeight() - 1, py + dy)));
                int lum = (299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff)) / 1000;
                darkest = Math.min(darkest, lum);
            }
        }
        return darkest;
    }

    /** How often a piece of text occurs in another. */
    static int count(String text, String piece) {
        int n = 0;
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + piece.length())) {
            n++;
        }
        return n;
    }

    /** The instrument with other print hints (e.g. another number of cards per sheet). */
    static Instrument withPrint(Instrument i, PrintHints print) {
        return new Instrument(i.id(), i.version(), i.title(), i.kind(), i.description(), i.language(), i.intro(),
                i.instructions(), i.closing(), i.credit(), i.scales(), i.sections(), i.scoring(), print, i.subtitle(), i.delivery(), i.sourceFile());
    }

    /** The instrument with its items replaced by these, in one untitled section. */
    static Instrument withItems(Instrument i, List<Item> items) {
        return new Instrument(i.id(), i.version(), i.title(), i.kind(), i.description(), i.language(), i.intro(),
                i.instructions(), i.closing(), i.credit(), i.scales(), List.of(new Section("main", null, null, items)),
                i.scoring(), i.print(), i.subtitle(), i.delivery(), i.sourceFile());
    }
}
