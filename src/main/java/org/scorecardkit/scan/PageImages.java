package org.scorecardkit.scan;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Every page of a returned file as a grey image, one page at a time so a 500-page PDF needs the
 * memory of one page: a scanned PDF page's own image (JPEG, JBIG2, CCITT) pulled out rather than
 * rendered, any other PDF page rendered at 200 dpi, each image of a (multi-page, G4 too) TIFF, a PNG
 * or a JPEG.
 */
public final class PageImages {
    /** The resolution vector PDF pages are rendered at. */
    public static final float RENDER_DPI = 200f;

    private PageImages() {
    }

    /** Receives the pages of a file in order, numbered from 1. */
    public interface Pages {
        /** One page's grey image; {@code how} says where it came from ("embedded JPEG image", ...). */
        void page(int number, BufferedImage grey, String how);

        /** A page that has no image, with one line saying why. */
        void unreadable(int number, String reason);
    }

    /** A file that holds no pages this reads, with one line saying what it appears to be (the caller names the file). */
    public static final class NotPages extends Exception {
        public NotPages(String message) {
            super(message);
        }
    }

    /** Streams every page of {@code file} to {@code pages}. */
    public static void read(Path file, Pages pages) throws NotPages {
        byte[] head = head(file);
        String kind = FileKind.of(head);
        try {
            switch (kind) {
                case FileKind.PDF -> pdf(file, pages);
                case FileKind.TIFF -> tiff(file, pages);
                case FileKind.PNG, FileKind.JPEG -> single(file, pages, kind);
                default -> throw new NotPages("not a PDF, TIFF, PNG or JPEG file (it looks like " + kind
                        + "); scan or photograph the sheets into one of those");
            }
        } catch (IOException e) {
            throw new NotPages("cannot read it as " + kind + " (" + e.getMessage() + ")");
        }
    }

    private static byte[] head(Path file) throws NotPages {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw new NotPages("cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void pdf(Path file, Pages pages) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            // No cache of page resources: each page's image is used once, and a long scan must not
            // keep every page's image alive.
            doc.setResourceCache(null);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                try {
                    PDImageXObject scanned = scannedImage(doc.getPage(i));
                    if (scanned != null) {
                        pages.page(i + 1, grey(scanned.getImage()), "embedded " + scanned.getSuffix() + " image");
                    } else {
                        pages.page(i + 1, renderer.renderImageWithDPI(i, RENDER_DPI, ImageType.GRAY),
                                "rendered at " + (int) RENDER_DPI + " dpi");
                    }
                } catch (IOException | RuntimeException e) {
                    pages.unreadable(i + 1, "the page cannot be drawn (" + e.getMessage() + ")");
                }
            }
        }
    }

    /**
     * The page's one image when the page is a scan: no text, a single image XObject whose shape is
     * the page's (either way round, as scanners store some pages turned); else null.
     */
    static PDImageXObject scannedImage(PDPage page) throws IOException {
        PDResources res = page.getResources();
        if (res == null || res.getFontNames().iterator().hasNext()) {
            return null;
        }
        PDImageXObject only = null;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (!(x instanceof PDImageXObject image) || only != null) {
                return null;
            }
            only = image;
        }
        if (only == null) {
            return null;
        }
        PDRectangle box = page.getCropBox();
        double pageAspect = box.getWidth() / box.getHeight();
        double imageAspect = (double) only.getWidth() / only.getHeight();
        boolean fits = Math.abs(imageAspect / pageAspect - 1) < 0.03 || Math.abs(imageAspect * pageAspect - 1) < 0.03;
        return fits ? only : null;
    }

    private static void tiff(Path file, Pages pages) throws IOException, NotPages {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new NotPages("a TIFF file, but no TIFF reader is on the class path");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int count = reader.getNumImages(true);
                for (int i = 0; i < count; i++) {
                    try {
                        pages.page(i + 1, grey(reader.read(i)), "TIFF image");
                    } catch (IOException | RuntimeException e) {
                        pages.unreadable(i + 1, "the TIFF image cannot be decoded (" + e.getMessage() + ")");
                    }
                }
            } finally {
                reader.dispose();
            }
        }
    }

    private static void single(Path file, Pages pages, String kind) throws IOException, NotPages {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new NotPages("starts like " + kind + " but cannot be decoded");
        }
        pages.page(1, grey(image), kind + " image");
    }

    /** The image as 8-bit grey (bilevel and colour scans included). */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }
}
