package org.scorecardkit.render.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.IOException;
import org.scorecardkit.model.Logo;

/**
 * Draws the organisation's logo into a PDF page, fitted into a box and kept in proportion: a PNG as an
 * embedded image, an SVG as vector drawing. Produces the width it took, so a header can place its text beside it.
 */
public final class PdfLogo {
    private PdfLogo() {
    }

    /**
     * Draws the logo with its lower-left corner at (x, y), as large as fits in maxWidth × maxHeight points.
     *
     * @return the width drawn, in points (0 when there is no logo)
     */
    public static float draw(PdfContentByte canvas, Logo logo, float x, float y, float maxWidth, float maxHeight) {
        if (logo == null) {
            return 0;
        }
        if (logo.svg()) {
            // Issue 12 (brand): the SVG is drawn as vectors; until then nothing is drawn.
            return 0;
        }
        try {
            Image image = Image.getInstance(logo.bytes());
            float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            image.scaleAbsolute(w, h);
            image.setAbsolutePosition(x, y + (maxHeight - h) / 2);
            canvas.addImage(image);
            return w;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the logo " + logo.file() + " cannot be drawn: " + e.getMessage(), e);
        }
    }
}
