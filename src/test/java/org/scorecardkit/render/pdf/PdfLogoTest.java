package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.Logo;

/**
 * The logo drawn into a PDF: a PNG as an image XObject, an SVG as vector paths (no image at all), each fitted
 * into its box in proportion and centred in its height; the same logo gives the same bytes.
 */
class PdfLogoTest {
    static final Path BRAND = Path.of("src/test/resources/brand12/site/brand");
    /** The fixture logos' colours: a magenta square and a green bar (SVG), magenta and green halves (PNG). */
    static final int MAGENTA = 0xe6007e;
    static final int GREEN = 0x00a651;
    /** The box every logo is drawn into, in points from the page's lower-left corner; 1 point = 1 pixel at 72 dpi. */
    static final float X = 100;
    static final float Y = 500;
    static final float W = 100;
    static final float H = 100;

    private static Logo logo(String file) throws IOException {
        return new Logo("brand/" + file, file.endsWith(".svg"), Files.readAllBytes(BRAND.resolve(file)));
    }

    /** A one-page A4 PDF with the logo drawn into the box; the width drawn goes into {@code drawn[0]}. */
    private static byte[] pdf(Logo logo, float[] drawn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        StablePdf.dates(writer);
        drawn[0] = PdfLogo.draw(writer.getDirectContent(), logo, X, Y, W, H);
        doc.close();
        return StablePdf.finish(out.toByteArray());
    }

    private static List<PDImageXObject> images(PDDocument pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        PDResources res = pdf.getPage(0).getResources();
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    /** The colour at a point of the box, given in points from the box's top-left corner, rendered at 72 dpi. */
    private static int colourAt(BufferedImage page, float dx, float dy) {
        int px = Math.round(X + dx);
        int py = Math.round(page.getHeight() - (Y + H) + dy);
        return page.getRGB(px, py) & 0xffffff;
    }

    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 12) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aPngIsAnEmbeddedImageInProportion() throws IOException {
        float[] drawn = new float[1];
        byte[] bytes = pdf(logo("logo.png"), drawn);
        assertEquals(100, drawn[0], 0.01, "60 × 30 pixels fill the box's width");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PDImageXObject> images = images(pdf);
            assertEquals(1, images.size());
            assertEquals(60, images.get(0).getWidth());
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, 1);
            assertTrue(near(colourAt(page, 25, 50), MAGENTA), Integer.toHexString(colourAt(page, 25, 50)));
            assertTrue(near(colourAt(page, 75, 50), GREEN), Integer.toHexString(colourAt(page, 75, 50)));
            assertEquals(0xffffff, colourAt(page, 25, 10), "50 points tall, centred: the box's top quarter stays blank");
        }
    }

    @Test
    void anSvgIsDrawnAsVectorPathsInProportion() throws IOException {
        float[] drawn = new float[1];
        byte[] bytes = pdf(logo("logo.svg"), drawn);
        assertEquals(100, drawn[0], 0.01, "200 × 80 fills the box's width, 40 points tall");
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(List.of(), images(pdf), "no picture: the SVG is drawn as paths");
            BufferedImage page = new PDFRenderer(pdf).renderImage(0, 1);
            // Drawn 100 × 40, centred in the box's height: from 30 to 70 points below its top.
            assertTrue(near(colourAt(page, 20, 50), MAGENTA), "the square: " + Integer.toHexString(colourAt(page, 20, 50)));
            assertTrue(near(colourAt(page, 75, 50), GREEN), "the bar: " + Integer.toHexString(colourAt(page, 75, 50)));
            assertEquals(0xffffff, colourAt(page, 20, 25), "above the drawing, blank: the aspect ratio is kept");
            assertEquals(0xffffff, colourAt(page, 20, 75), "below it, blank");
            assertEquals(0xffffff, colourAt(page, 45, 50), "between the square and the bar, blank");
        }
    }

    @Test
    void aTallBoxFitsTheLogoByItsHeight() throws IOException {
        Logo svg = logo("logo.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        assertEquals(50, PdfLogo.draw(writer.getDirectContent(), svg, 0, 0, 300, 20), 0.01, "20 points tall: 50 wide");
        assertEquals(0, PdfLogo.draw(writer.getDirectContent(), null, 0, 0, 300, 20), "no logo takes no room");
        doc.close();
        assertEquals(2.5, PdfLogo.aspect(svg), 1e-6);
        assertEquals(2.0, PdfLogo.aspect(logo("logo.png")), 1e-6);
        assertEquals(0, PdfLogo.aspect(null));
    }

    @Test
    void theSameLogoGivesTheSameBytes() throws IOException {
        for (String file : List.of("logo.svg", "logo.png")) {
            assertArrayEquals(pdf(logo(file), new float[1]), pdf(logo(file), new float[1]), file);
        }
    }
}
