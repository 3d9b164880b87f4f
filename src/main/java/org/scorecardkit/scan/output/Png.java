package org.scorecardkit.scan.output;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The image plumbing the overlays and crops share: scaling a page image, the bundled DejaVu font
 * (so text is drawn alike on every machine) and a small PNG encoder, which writes no time or other
 * varying chunk, so the same picture always gives the same bytes.
 */
final class Png {
    private static Font font;

    private Png() {
    }

    /**
     * The image as PNG bytes: 8-bit grey for a grey image, else 8-bit RGB; each row "Sub"-filtered and
     * deflated at the fastest level, which on a mostly white page costs a tenth of ImageIO's writer for
     * files a little larger. No chunk but IHDR, IDAT and IEND, so no time or software name varies.
     */
    static byte[] encode(BufferedImage image) {
        boolean grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int w = image.getWidth();
        int h = image.getHeight();
        int channels = grey ? 1 : 3;
        byte[] raw = new byte[h * (1 + w * channels)];
        byte[] greys = grey ? new byte[w] : null;
        int[] row = grey ? null : new int[w];
        int at = 0;
        for (int y = 0; y < h; y++) {
            raw[at++] = 1;
            if (grey) {
                int start = at;
                image.getRaster().getDataElements(0, y, w, 1, greys);
                System.arraycopy(greys, 0, raw, at, w);
                at += w;
                for (int i = at - 1; i > start; i--) {
                    raw[i] -= raw[i - 1];
                }
            } else {
                image.getRGB(0, y, w, 1, row, 0, w);
                int previous = 0;
                for (int x = 0; x < w; x++) {
                    int p = row[x];
                    raw[at++] = (byte) ((p >> 16) - (previous >> 16));
                    raw[at++] = (byte) ((p >> 8) - (previous >> 8));
                    raw[at++] = (byte) (p - previous);
                    previous = p;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 1024);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) (grey ? 0 : 2))
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream(raw.length / 8 + 1024);
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        chunk(out, "IDAT", packed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * A grey page (one band of bytes) shrunk by {@code scale} (at most 1) into an RGB image, each pixel the mean of the
     * page's pixels it covers: sharper than bilinear when shrinking by two or more, and quick.
     */
    static BufferedImage shrunkToRgb(BufferedImage grey, double scale) {
        int sw = grey.getWidth();
        int sh = grey.getHeight();
        int w = Math.max(1, (int) Math.round(sw * scale));
        int h = Math.max(1, (int) Math.round(sh * scale));
        byte[] line = new byte[sw];
        int[] rgb = new int[w * h];
        int[] x0 = new int[w + 1];
        for (int x = 0; x <= w; x++) {
            x0[x] = Math.min(sw, (int) ((long) x * sw / w));
        }
        long[] sums = new long[w];
        for (int y = 0; y < h; y++) {
            int ya = (int) ((long) y * sh / h);
            int yb = Math.max(ya + 1, (int) ((long) (y + 1) * sh / h));
            java.util.Arrays.fill(sums, 0);
            for (int sy = ya; sy < Math.min(yb, sh); sy++) {
                grey.getRaster().getDataElements(0, sy, sw, 1, line);
                for (int x = 0; x < w; x++) {
                    long sum = 0;
                    for (int sx = x0[x]; sx < Math.max(x0[x] + 1, x0[x + 1]); sx++) {
                        sum += line[Math.min(sx, sw - 1)] & 0xff;
                    }
                    sums[x] += sum;
                }
            }
            for (int x = 0; x < w; x++) {
                int n = (Math.min(yb, sh) - ya) * Math.max(1, x0[x + 1] - x0[x]);
                int g = (int) (sums[x] / n);
                rgb[y * w + x] = g << 16 | g << 8 | g;
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, rgb, 0, w);
        return out;
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
