package org.scorecardkit.render.pdf;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.io.IOException;
import org.scorecardkit.load.SvgCheck;
import org.scorecardkit.model.Logo;

/**
 * Draws the organisation's logo into a PDF page, fitted into a box and kept in proportion: a PNG as an
 * embedded image, an SVG as vector drawing. Produces the width it took, so a header can place its text beside it.
 */
public final class PdfLogo {
    private PdfLogo() {
    }

    /**
     * Draws the logo with its lower-left corner at (x, y), as large as fits in maxWidth × maxHeight points,
     * centred in the box's height.
     *
     * @return the width drawn, in points (0 when there is no logo)
     */
    public static float draw(PdfContentByte canvas, Logo logo, float x, float y, float maxWidth, float maxHeight) {
        if (logo == null) {
            return 0;
        }
        try {
            return logo.svg() ? svg(canvas, logo, x, y, maxWidth, maxHeight) : png(canvas, logo, x, y, maxWidth, maxHeight);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the logo " + logo.file() + " cannot be drawn: " + e.getMessage(), e);
        }
    }

    /** The logo's width over its height, as drawn: what a header needs to reserve its room; 0 without a logo. */
    public static float aspect(Logo logo) {
        if (logo == null) {
            return 0;
        }
        try {
            if (logo.svg()) {
                FloatSize size = document(logo).size();
                return size.width / size.height;
            }
            Image image = Image.getInstance(logo.bytes());
            return image.getWidth() / image.getHeight();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the logo " + logo.file() + " cannot be drawn: " + e.getMessage(), e);
        }
    }

    private static float png(PdfContentByte canvas, Logo logo, float x, float y, float maxWidth, float maxHeight) throws IOException {
        Image image = Image.getInstance(logo.bytes());
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        image.scaleAbsolute(w, h);
        image.setAbsolutePosition(x, y + (maxHeight - h) / 2);
        canvas.addImage(image);
        return w;
    }

    /**
     * The SVG through jsvg into OpenPDF's Graphics2D, which writes paths, not pixels; text in the drawing
     * becomes outlines, so the PDF needs no font the logo names.
     */
    private static float svg(PdfContentByte canvas, Logo logo, float x, float y, float maxWidth, float maxHeight) {
        SVGDocument doc = document(logo);
        FloatSize size = doc.size();
        float scale = Math.min(maxWidth / size.width, maxHeight / size.height);
        float w = size.width * scale;
        float h = size.height * scale;
        canvas.saveState();
        // The Graphics2D's origin is the box's top-left corner, with y downwards, as SVG has it.
        canvas.concatCTM(1, 0, 0, 1, x, y + (maxHeight - h) / 2);
        Graphics2D g = canvas.createGraphicsShapes(w, h);
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            doc.render(null, g, new ViewBox(0, 0, w, h));
        } finally {
            g.dispose();
        }
        canvas.restoreState();
        return w;
    }

    private static SVGDocument document(Logo logo) {
        SVGDocument doc = SvgCheck.document(logo.bytes());
        if (doc == null || !(doc.size().width > 0 && doc.size().height > 0)) {
            throw new IllegalStateException("it is not a drawable SVG");
        }
        return doc;
    }
}
