package org.scorecardkit.scan;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes phone-like pictures from a clean page raster, each with the exact map from the raster's
 * pixels to the picture's, so a test knows where every bubble truly is: a perspective warp onto a
 * desk, a lighting gradient, a shadow, blur, noise, JPEG, quarter turns; and scanner-like ones: skew,
 * levels, dithering to black and white, CCITT G4 TIFF.
 */
final class Degrade {
    private Degrade() {
    }

    /** A picture and the map from the source raster's pixel coordinates to its own. */
    record Picture(BufferedImage image, Homography truth) {
        double[] where(double x, double y) {
            return truth.apply(x, y);
        }
    }

    /**
     * The raster photographed: turned by {@code degrees}, its far edge narrowed by {@code narrow}
     * (a share of its width, the perspective of a tilted phone), scaled to {@code width} pixels
     * across, on a darker desk showing {@code margin} pixels around it.
     */
    static Picture photograph(BufferedImage page, double degrees, double narrow, double width, int margin, long seed) {
        double w = page.getWidth();
        double h = page.getHeight();
        double k = width / w;
        double[][] quad = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2 * (1 - narrow), h / 2}, {-w / 2 * (1 - narrow), h / 2}};
        double a = Math.toRadians(degrees);
        double[][] to = new double[4][];
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            double x = quad[i][0] * k;
            double y = quad[i][1] * k;
            to[i] = new double[] {x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)};
            minX = Math.min(minX, to[i][0]);
            minY = Math.min(minY, to[i][1]);
            maxX = Math.max(maxX, to[i][0]);
            maxY = Math.max(maxY, to[i][1]);
        }
        for (double[] t : to) {
            t[0] += margin - minX;
            t[1] += margin - minY;
        }
        int canvasW = (int) Math.ceil(maxX - minX) + 2 * margin;
        int canvasH = (int) Math.ceil(maxY - minY) + 2 * margin;
        double[][] from = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        Homography truth = Homography.fit(from, to);
        Homography back = Homography.fit(to, from);
        BufferedImage out = new BufferedImage(canvasW, canvasH, BufferedImage.TYPE_BYTE_GRAY);
        Random desk = new Random(seed);
        for (int v = 0; v < canvasH; v++) {
            for (int u = 0; u < canvasW; u++) {
                double[] p = back.apply(u + 0.5, v + 0.5);
                int g = sample(page, p[0] - 0.5, p[1] - 0.5);
                out.getRaster().setSample(u, v, 0, g >= 0 ? g : 70 + desk.nextInt(30));
            }
        }
        return new Picture(out, truth);
    }

    /** Bilinear sample, or -1 outside the page. */
    private static int sample(BufferedImage page, double x, double y) {
        if (x < 0 || y < 0 || x > page.getWidth() - 1 || y > page.getHeight() - 1) {
            return -1;
        }
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(x0 + 1, page.getWidth() - 1);
        int y1 = Math.min(y0 + 1, page.getHeight() - 1);
        double fx = x - x0;
        double fy = y - y0;
        var r = page.getRaster();
        double top = r.getSample(x0, y0, 0) * (1 - fx) + r.getSample(x1, y0, 0) * fx;
        double bottom = r.getSample(x0, y1, 0) * (1 - fx) + r.getSample(x1, y1, 0) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    /** Light falling off from {@code bright} at the left to {@code dim} at the bottom right, as by a window. */
    static BufferedImage gradient(BufferedImage in, double bright, double dim) {
        BufferedImage out = copy(in);
        double diagonal = in.getWidth() + in.getHeight();
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                double f = bright + (dim - bright) * (x + y) / diagonal;
                out.getRaster().setSample(x, y, 0, (int) Math.round(in.getRaster().getSample(x, y, 0) * f));
            }
        }
        return out;
    }

    /** A box blur of {@code size} × {@code size} pixels. */
    static BufferedImage blur(BufferedImage in, int size) {
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(in, null);
    }

    /** The image saved as a JPEG of this quality (0–100) and read back. */
    static BufferedImage jpeg(BufferedImage in, int quality) {
        return ImageIoFiles.read(jpegBytes(in, quality));
    }

    static byte[] jpegBytes(BufferedImage in, int quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
                writer.write(null, new IIOImage(in, null, null), param);
            }
            writer.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raster turned clockwise by {@code quarters} × 90°, with the exact map of its pixels. */
    static Picture turn(BufferedImage in, int quarters) {
        int w = in.getWidth();
        int h = in.getHeight();
        boolean side = quarters % 2 == 1;
        BufferedImage out = new BufferedImage(side ? h : w, side ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int g = in.getRaster().getSample(x, y, 0);
                switch (quarters) {
                    case 1 -> out.getRaster().setSample(h - 1 - y, x, 0, g);
                    case 2 -> out.getRaster().setSample(w - 1 - x, h - 1 - y, 0, g);
                    default -> out.getRaster().setSample(y, w - 1 - x, 0, g);
                }
            }
        }
        double[][] from = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        double[][] to = switch (quarters) {
            case 1 -> new double[][] {{h, 0}, {h, w}, {0, w}, {0, 0}};
            case 2 -> new double[][] {{w, h}, {0, h}, {0, 0}, {w, 0}};
            default -> new double[][] {{0, w}, {0, 0}, {h, 0}, {h, w}};
        };
        return new Picture(out, Homography.fit(from, to));
    }

    /**
     * A flatbed's skew: the raster turned by {@code degrees} about its centre and shifted by (dx, dy)
     * pixels, the uncovered edge left white as the scanner's lid.
     */
    static Picture skew(BufferedImage page, double degrees, double dx, double dy) {
        int w = page.getWidth();
        int h = page.getHeight();
        double a = Math.toRadians(degrees);
        double[][] from = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        double[][] to = new double[4][];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0] - w / 2.0;
            double y = from[i][1] - h / 2.0;
            to[i] = new double[] {w / 2.0 + x * Math.cos(a) - y * Math.sin(a) + dx, h / 2.0 + x * Math.sin(a) + y * Math.cos(a) + dy};
        }
        Homography truth = Homography.fit(from, to);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        byte[] src = ((java.awt.image.DataBufferByte) page.getRaster().getDataBuffer()).getData();
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                // The inverse rotation, from the picture's pixel centre back to the raster's.
                double x = u + 0.5 - w / 2.0 - dx;
                double y = v + 0.5 - h / 2.0 - dy;
                double sx = w / 2.0 + x * cos + y * sin - 0.5;
                double sy = h / 2.0 - x * sin + y * cos - 0.5;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                    o[v * w + u] = (byte) 252;
                    continue;
                }
                double fx = sx - x0;
                double fy = sy - y0;
                int i = y0 * w + x0;
                double top = (src[i] & 0xff) * (1 - fx) + (src[i + 1] & 0xff) * fx;
                double bottom = (src[i + w] & 0xff) * (1 - fx) + (src[i + w + 1] & 0xff) * fx;
                o[v * w + u] = (byte) Math.round(top * (1 - fy) + bottom * fy);
            }
        }
        return new Picture(out, truth);
    }

    /** Sensor or scanner noise: Gaussian, {@code sigma} grey levels. */
    static BufferedImage noise(BufferedImage in, double sigma, long seed) {
        BufferedImage out = copy(in);
        byte[] px = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        Random r = new Random(seed);
        // Gaussian draws from a table, picked by a fast generator: noise for millions of pixels in milliseconds.
        double[] table = new double[1 << 14];
        for (int i = 0; i < table.length; i++) {
            table[i] = r.nextGaussian() * sigma;
        }
        long state = seed | 1;
        for (int i = 0; i < px.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            px[i] = (byte) clamp((px[i] & 0xff) + table[(int) (state >>> 50)]);
        }
        return out;
    }

    /** A copier's or scanner's levels: paper at {@code paper}, black at {@code black}, linear between. */
    static BufferedImage levels(BufferedImage in, int black, int paper) {
        BufferedImage out = copy(in);
        byte[] px = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) clamp(black + (px[i] & 0xff) * (paper - black) / 255.0);
        }
        return out;
    }

    /** A soft shadow across the picture (a hand or a phone): a band {@code share} of the height, darkened to {@code depth}. */
    static BufferedImage shadow(BufferedImage in, double share, double depth, long seed) {
        BufferedImage out = copy(in);
        byte[] px = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        Random r = new Random(seed);
        int w = in.getWidth();
        int h = in.getHeight();
        double centre = h * (0.2 + 0.6 * r.nextDouble());
        double slope = (r.nextDouble() - 0.5) * 0.6;
        double half = share * h / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.abs(y - centre - slope * (x - w / 2.0)) / half;
                double f = d >= 1 ? 1 : 1 - (1 - depth) * (0.5 + 0.5 * Math.cos(Math.PI * d));
                px[y * w + x] = (byte) clamp((px[y * w + x] & 0xff) * f);
            }
        }
        return out;
    }

    /** Floyd–Steinberg error diffusion to black and white, as a copier's or fax's bilevel scan. */
    static BufferedImage dither(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        byte[] src = ((java.awt.image.DataBufferByte) in.getRaster().getDataBuffer()).getData();
        float[] e = new float[w * h];
        for (int i = 0; i < e.length; i++) {
            e[i] = src[i] & 0xff;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int v = e[i] >= 128 ? 255 : 0;
                float err = e[i] - v;
                o[i] = (byte) v;
                if (x + 1 < w) {
                    e[i + 1] += err * 7 / 16;
                }
                if (y + 1 < h) {
                    if (x > 0) {
                        e[i + w - 1] += err * 3 / 16;
                    }
                    e[i + w] += err * 5 / 16;
                    if (x + 1 < w) {
                        e[i + w + 1] += err / 16;
                    }
                }
            }
        }
        return out;
    }

    /** A black-and-white page as a CCITT G4 TIFF's bytes (TwelveMonkeys), as fax and copier archives store it. */
    static byte[] g4Tiff(BufferedImage in) {
        BufferedImage bw = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        bw.getGraphics().drawImage(in, 0, 0, null);
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("CCITT T.6");
                writer.write(null, new IIOImage(bw, null, null), param);
            }
            writer.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    static BufferedImage copy(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.setData(in.getData());
        return out;
    }

    /** Reading images back from bytes in tests. */
    static final class ImageIoFiles {
        private ImageIoFiles() {
        }

        static BufferedImage read(byte[] bytes) {
            try {
                return PageImages.grey(ImageIO.read(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
