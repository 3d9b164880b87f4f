package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.SiteContent;

/** Reads P1's sheets back for the tests: content fixtures, text, text positions, pixels and QR codes. */
final class SheetPdfs {
    static final float DPI = 150f;
    static final float SCALE = DPI / 72f;
    /** A pixel darker than this is ink; the faint digits inside the bubbles stay lighter. */
    static final int DARK = 128;
    static final Path STANDARD = Path.of("content");
    static final Path BASIC = Path.of("src/test/resources/sites/basic");
    private static final Map<Path, SiteContent> LOADED = new ConcurrentHashMap<>();

    private SheetPdfs() {
    }

    /** A valid content folder, loaded once per test run. */
    static SiteContent content(Path dir) {
        return LOADED.computeIfAbsent(dir, d -> {
            ContentLoader.Result result = ContentLoader.load(d);
            assertEquals(List.of(), result.problems(), "the fixture content must be valid");
            return result.content();
        });
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every run of whitespace made one space. */
    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The text of pages from..to (1-based, inclusive) in content order, squashed. */
    static String text(PDDocument doc, int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return squash(stripper.getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(PDDocument doc) {
        return text(doc, 1, doc.getNumberOfPages());
    }

    /** Each page's text, squashed. */
    static List<String> pages(PDDocument doc) {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            out.add(text(doc, p, p));
        }
        return out;
    }

    /** Where a glyph is drawn: its left, right and baseline in PDF points from the bottom-left corner. */
    record Glyph(int page, String text, float left, float right, float baseline) {
    }

    /** Every glyph of the document with its position. */
    static List<Glyph> glyphs(PDDocument doc) {
        List<Glyph> out = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float height = getCurrentPage().getMediaBox().getHeight();
                    for (TextPosition t : positions) {
                        out.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(),
                                t.getXDirAdj() + t.getWidthDirAdj(), height - t.getYDirAdj()));
                    }
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A page rendered at 150 dpi in gray. */
    static BufferedImage raster(PDDocument doc, int pageIndex) {
        try {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, DPI, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int gray(BufferedImage img, int x, int y) {
        if (x < 0 || y < 0 || x >= img.getWidth() || y >= img.getHeight()) {
            return 255;
        }
        return img.getRaster().getSample(x, y, 0);
    }

    /**
     * Walks from a centre (PDF points) along one axis direction and returns the distance in pixels,
     * from the centre to the middle of the first run of dark pixels: where an outline is drawn.
     * Returns -1 when no dark pixel lies within {@code limit} pixels.
     */
    static double outline(BufferedImage img, float pageHeight, float x, float y, int dx, int dy, double limit) {
        double cx = x * SCALE;
        double cy = (pageHeight - y) * SCALE;
        double first = -1;
        double last = -1;
        for (int step = 0; step <= limit; step++) {
            int px = (int) Math.floor(cx) + dx * step;
            int py = (int) Math.floor(cy) + dy * step;
            double d = Math.abs(dx != 0 ? px + 0.5 - cx : py + 0.5 - cy);
            boolean dark = gray(img, px, py) < DARK;
            if (dark && first < 0) {
                first = d;
            }
            if (dark) {
                last = d;
            } else if (first >= 0) {
                break;
            }
        }
        return first < 0 ? -1 : (first + last) / 2;
    }

    /** Walks from the centre of a filled mark outwards; the distance in pixels to its edge. */
    static double edge(BufferedImage img, float pageHeight, float x, float y, int dx, int dy, double limit) {
        double cx = x * SCALE;
        double cy = (pageHeight - y) * SCALE;
        for (int step = 0; step <= limit; step++) {
            int px = (int) Math.floor(cx) + dx * step;
            int py = (int) Math.floor(cy) + dy * step;
            if (gray(img, px, py) >= DARK) {
                return Math.abs(dx != 0 ? px + 0.5 - cx : py + 0.5 - cy) - 0.5;
            }
        }
        return -1;
    }

    /** The text of the QR code in the square the geometry names, with a white margin around it. */
    static String qr(BufferedImage img, float pageHeight, Geometry.Qr qr) {
        int margin = (int) (12 * SCALE);
        int size = (int) Math.ceil(qr.size() * SCALE);
        int left = (int) Math.floor((qr.x() - qr.size() / 2) * SCALE) - margin;
        int top = (int) Math.floor((pageHeight - qr.y() - qr.size() / 2) * SCALE) - margin;
        BufferedImage crop = img.getSubimage(Math.max(0, left), Math.max(0, top),
                Math.min(size + 2 * margin, img.getWidth() - Math.max(0, left)),
                Math.min(size + 2 * margin, img.getHeight() - Math.max(0, top)));
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(crop)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return "no QR code found: " + e;
        }
    }
}
