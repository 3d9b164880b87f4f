package org.scorecardkit.scan.output;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The image plumbing the overlays and crops share: scaling a page image, the bundled DejaVu font
 * (so text is drawn alike on every machine) and PNG encoding, which writes no time or other varying
 * chunk, so the same picture always gives the same bytes.
 */
final class Png {
    private static Font font;

    private Png() {
    }

    /** The image as PNG bytes. */
    static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code image} scaled by {@code scale} into a new image of {@code type}, smoothly. */
    static BufferedImage scaled(BufferedImage image, double scale, int type) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** A graphics context with smooth lines and text in the bundled font at {@code size} pixels. */
    static Graphics2D graphics(BufferedImage image, float size) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setFont(font().deriveFont(size));
        return g;
    }

    private static synchronized Font font() {
        if (font == null) {
            try (InputStream in = Png.class.getResourceAsStream("/org/scorecardkit/fonts/DejaVuSans.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks its DejaVu font");
                }
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the bundled DejaVu font cannot be read", e);
            }
        }
        return font;
    }
}
