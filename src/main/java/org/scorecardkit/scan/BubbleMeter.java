package org.scorecardkit.scan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;
import org.scorecardkit.model.SheetGeometry;

/**
 * Measures the bubbles of one item on a registered grey page against the blank sheet's own ink:
 * the item's bubbles are first re-aligned together by a few pixels (what perspective and lens leave
 * after the page's homography) onto their printed rings, then each bubble's inside and the ring of
 * paper around it are compared, relative to the local paper, with the template.
 */
final class BubbleMeter {
    /** Mark darkness (the share of light the respondent's ink took) from which a sample counts as ink. */
    static final double INK = 0.35;
    /** The inside measured, in radii: the printed ring (blurred on a photo) stays outside. */
    private static final double INSIDE = 0.72;
    /** The ring of paper around a bubble where a circle drawn round it lies, in radii. */
    private static final double HALO_IN = 1.25;
    private static final double HALO_OUT = 1.75;
    static final int RING_POINTS = 32;
    private static final double MIN_GAIN = 0.72;

    /**
     * One bubble as measured.
     *
     * @param fill the share of the inside inked beyond the template (ticks and crosses give a little, a fill most)
     * @param shade the mean darkening of the inside beyond the template: light pencil and erasures show here
     * @param halo the share of the ring of paper around the bubble inked (a circle drawn round it)
     */
    record Measure(BubbleFill bubble, double fill, double shade, double halo) {
    }

    private final byte[] px;
    private final int w;
    private final int h;
    /** Half the footprint a grey is averaged over, in pixels. */
    private final double spread;

    BubbleMeter(BufferedImage grey) {
        this.px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        this.w = grey.getWidth();
        this.h = grey.getHeight();
        this.spread = bilevel(px) ? 1.2 : 0.6;
    }

    /** Whether a sample of the pixels is all black or white (a dithered or fax scan). */
    private static boolean bilevel(byte[] px) {
        for (int i = 0; i < px.length; i += 101) {
            int v = px[i] & 0xff;
            if (v != 0 && v != 255) {
                return false;
            }
        }
        return true;
    }

    /** Measures an item's bubbles (with their templates, in the same order). */
    Measure[] measure(RegisteredPage page, List<SheetGeometry.Bubble> bubbles, BubbleTemplates.Template[] templates) {
        int n = bubbles.size();
        double[][] frame = new double[n][];
        for (int k = 0; k < n; k++) {
            SheetGeometry.Bubble b = bubbles.get(k);
            double[] c = page.toPixel(b.x(), b.y());
            double[] ex = page.toPixel(b.x() + b.r(), b.y());
            double[] ey = page.toPixel(b.x(), b.y() + b.r());
            frame[k] = new double[] {c[0], c[1], ex[0] - c[0], ex[1] - c[1], ey[0] - c[0], ey[1] - c[1]};
        }
        double[] offset = align(bubbles, frame);
        for (double[] f : frame) {
            f[0] += offset[0];
            f[1] += offset[1];
        }
        double ink = INK * gain(bubbles, frame, templates);
        Measure[] out = new Measure[n];
        for (int k = 0; k < n; k++) {
            out[k] = one(bubbles.get(k), frame[k], templates[k], ink);
        }
        return out;
    }

    /**
     * How dark the printed rings came out against the template's, 0.72 to 1: a blurred picture (a
     * phone's) spreads a thin line and lightens it, and a pen's tick by as much, so the darkness that
     * counts as ink follows; never below 0.72 of it, which keeps an eraser's grey from counting.
     */
    private double gain(List<SheetGeometry.Bubble> bubbles, double[][] frame, BubbleTemplates.Template[] templates) {
        double paper = paper(bubbles.get(0), frame[0], templates[0]);
        double seen = 1 - ringGrey(bubbles, frame, 0, 0) * 255 / paper;
        double printed = 0;
        for (int k = 0; k < bubbles.size(); k++) {
            printed += templates[k].ringDark(bubbles.get(k).square());
        }
        printed /= bubbles.size();
        return printed <= 0 ? 1 : Math.max(MIN_GAIN, Math.min(1, seen / printed));
    }

    /** The pixel shift, within a third of a radius, that puts the item's printed rings on the darkest pixels. */
    private double[] align(List<SheetGeometry.Bubble> bubbles, double[][] frame) {
        double radius = Math.hypot(frame[0][2], frame[0][3]);
        double range = Math.max(2, radius / 3);
        double[] best = {0, 0};
        double step = range / 5;
        for (int round = 0; round < 2; round++) {
            double bx = best[0];
            double by = best[1];
            double bestScore = Double.MAX_VALUE;
            int reach = round == 0 ? 5 : 2;
            for (int j = -reach; j <= reach; j++) {
                for (int i = -reach; i <= reach; i++) {
                    double ox = bx + i * step;
                    double oy = by + j * step;
                    // A slight preference for no shift: an even page gives no reason to move.
                    double score = ringGrey(bubbles, frame, ox, oy) + 0.02 * Math.hypot(ox, oy) / radius;
                    if (score < bestScore) {
                        bestScore = score;
                        best = new double[] {ox, oy};
                    }
                }
            }
            step /= 2.5;
        }
        return best;
    }

    /** The mean grey (0..1) on the printed rings of the item's bubbles shifted by (ox, oy). */
    private double ringGrey(List<SheetGeometry.Bubble> bubbles, double[][] frame, double ox, double oy) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < bubbles.size(); k++) {
            double[] f = frame[k];
            boolean square = bubbles.get(k).square();
            for (int p = 0; p < RING_POINTS; p++) {
                double[] at = ringPoint(p, square);
                double u = at[0];
                double v = at[1];
                sum += grey(f[0] + ox + u * f[2] + v * f[4], f[1] + oy + u * f[3] + v * f[5]);
                n++;
            }
        }
        return sum / (255.0 * n);
    }

    /** Point {@code p} of the ring's {@link #RING_POINTS}, {u, v} in radii: round a circle, or round a box's sides. */
    static double[] ringPoint(int p, boolean square) {
        if (!square) {
            double a = 2 * Math.PI * p / RING_POINTS;
            return new double[] {Math.cos(a), Math.sin(a)};
        }
        double t = 4.0 * p / RING_POINTS;
        int side = (int) t;
        double along = (t - side) * 2 - 1;
        return new double[] {side == 0 ? along : side == 1 ? 1 : side == 2 ? -along : -1,
            side == 0 ? 1 : side == 1 ? along : side == 2 ? -1 : -along};
    }

    private Measure one(SheetGeometry.Bubble b, double[] f, BubbleTemplates.Template t, double ink) {
        double paper = paper(b, f, t);
        double cell = 1.0 / BubbleTemplates.PER_R;
        int inked = 0;
        int all = 0;
        double shade = 0;
        int reach = (int) Math.round(INSIDE * BubbleTemplates.PER_R);
        for (int j = -reach; j <= reach; j++) {
            for (int i = -reach; i <= reach; i++) {
                double u = i * cell;
                double v = j * cell;
                if (!b.square() && u * u + v * v > INSIDE * INSIDE) {
                    continue;
                }
                double d = darkness(f, u, v, paper);
                double wide = t.wide(u, v);
                inked += (d - wide) / (1 - wide) >= ink ? 1 : 0;
                double own = t.dark(u, v);
                shade += (d - own) / (1 - own);
                all++;
            }
        }
        double halo = halo(b, f, t, paper, ink);
        double r = Math.hypot(f[2], f[3]);
        return new Measure(new BubbleFill(b, (double) inked / all, f[0], f[1], r), (double) inked / all, shade / all, halo);
    }

    /** The share of the paper ring around the bubble that is inked. */
    private double halo(SheetGeometry.Bubble b, double[] f, BubbleTemplates.Template t, double paper, double ink) {
        double cell = 2.0 / BubbleTemplates.PER_R;
        int reach = (int) Math.ceil(HALO_OUT * 1.1 / cell);
        int inked = 0;
        int all = 0;
        for (int j = -reach; j <= reach; j++) {
            for (int i = -reach; i <= reach; i++) {
                double u = i * cell;
                double v = j * cell;
                // Round a box the ring is the paper outside it but within a circle: a loop drawn round
                // a box cuts its corners.
                double inner = b.square() ? Math.max(Math.abs(u), Math.abs(v)) : Math.hypot(u, v);
                double outer = b.square() ? Math.hypot(u, v) / 1.1 : inner;
                if (inner < HALO_IN || outer > HALO_OUT) {
                    continue;
                }
                double wide = t.wide(u, v);
                inked += (darkness(f, u, v, paper) - wide) / (1 - wide) >= ink ? 1 : 0;
                all++;
            }
        }
        return all == 0 ? 0 : (double) inked / all;
    }

    /**
     * The local paper's grey: the mean of the unprinted samples around the bubble but their darkest
     * sixth (a mark there), so uneven light and shadows are measured where they fall, and noise or
     * dithering shifts paper and bubble alike.
     */
    private double paper(SheetGeometry.Bubble b, double[] f, BubbleTemplates.Template t) {
        double cell = 2.0 / BubbleTemplates.PER_R;
        int reach = (int) Math.ceil(1.95 / cell);
        double[] greys = new double[(2 * reach + 1) * (2 * reach + 1)];
        int n = 0;
        for (int j = -reach; j <= reach; j++) {
            for (int i = -reach; i <= reach; i++) {
                double u = i * cell;
                double v = j * cell;
                double dist = b.square() ? Math.max(Math.abs(u), Math.abs(v)) : Math.hypot(u, v);
                if (dist >= 1.2 && t.dark(u, v) < 0.03) {
                    greys[n++] = grey(f[0] + u * f[2] + v * f[4], f[1] + u * f[3] + v * f[5]);
                }
            }
        }
        if (n < 8) {
            return 255;
        }
        Arrays.sort(greys, 0, n);
        double sum = 0;
        int from = n / 6;
        for (int i = from; i < n; i++) {
            sum += greys[i];
        }
        return Math.max(1, sum / (n - from));
    }

    /**
     * How much of the local paper's light is taken at bubble offset (u, v): 0 on paper, 1 for black;
     * below 0 where the paper is brighter than its mean, so that means over an area stay unbiased.
     */
    private double darkness(double[] f, double u, double v, double paper) {
        double g = grey(f[0] + u * f[2] + v * f[4], f[1] + u * f[3] + v * f[5]);
        return Math.min(1, 1 - g / paper);
    }

    /**
     * The grey around image point (x, y), averaged over a footprint of a few pixels (wider on a
     * bilevel page) so noise and dithering read as their shade.
     */
    private double grey(double x, double y) {
        double sum = 0;
        for (double dy = -spread; dy <= spread; dy += spread) {
            for (double dx = -spread; dx <= spread; dx += spread) {
                sum += bilinear(x + dx, y + dy);
            }
        }
        return sum / 9;
    }

    /** Bilinear grey at (x, y) where pixel (i, j) covers [i, i+1); paper white outside the image. */
    private double bilinear(double x, double y) {
        double fx = x - 0.5;
        double fy = y - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double ax = fx - x0;
        double ay = fy - y0;
        return (1 - ay) * ((1 - ax) * at(x0, y0) + ax * at(x0 + 1, y0)) + ay * ((1 - ax) * at(x0, y0 + 1) + ax * at(x0 + 1, y0 + 1));
    }

    private int at(int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 255 : px[y * w + x] & 0xff;
    }
}
