package org.scorecardkit.scan;

import boofcv.struct.image.GrayU8;

/**
 * Finds one filled corner mark (a disc or a square) in a square window of a grey page: the window is split halfway
 * between its paper and its darkest ink, dark pixels are joined into connected parts, and the part
 * shaped like the mark (area within a factor of the expected, about as wide as tall, filling its box
 * and gathered round its centre as a disc is, dark at its centre) nearest the predicted centre wins. Its centroid is the mark's centre, in pixel coordinates where
 * pixel (i, j) covers [i, i+1) × [j, j+1).
 */
final class MarkFinder {
    /** Paper and ink must differ by this many grey levels for a window to hold a mark at all. */
    private static final int MIN_CONTRAST = 40;

    private MarkFinder() {
    }

    /**
     * The centre {x, y} of the mark nearest (px, py) within {@code radius} pixels, or null.
     *
     * @param markRadius the mark's expected radius in pixels
     */
    static double[] find(GrayU8 image, double px, double py, double radius, double markRadius) {
        int x0 = Math.max(0, (int) Math.floor(px - radius));
        int y0 = Math.max(0, (int) Math.floor(py - radius));
        int x1 = Math.min(image.width, (int) Math.ceil(px + radius));
        int y1 = Math.min(image.height, (int) Math.ceil(py + radius));
        if (x1 - x0 < 3 || y1 - y0 < 3) {
            return null;
        }
        int[] histogram = new int[256];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                histogram[image.unsafe_get(x, y)]++;
            }
        }
        // Halfway between the paper (the brightest tenth: a window at a page's corner may hold more
        // desk than paper) and the darkest ink. Otsu would split a window of paper with one small
        // dot unevenly; uneven light only shifts both ends together.
        int paper = percentile(histogram, 0.9);
        int ink = percentile(histogram, 0.0005);
        if (paper - ink < MIN_CONTRAST) {
            return null;
        }
        int threshold = (paper + ink + 1) / 2;
        return nearestDisc(image, x0, y0, x1, y1, threshold, px, py, markRadius);
    }

    private static double[] nearestDisc(GrayU8 image, int x0, int y0, int x1, int y1, int threshold, double px,
                                        double py, double markRadius) {
        int w = x1 - x0;
        int h = y1 - y0;
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[w * h];
        double expected = Math.PI * markRadius * markRadius;
        double[] best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int start = 0; start < w * h; start++) {
            if (seen[start] || image.unsafe_get(x0 + start % w, y0 + start / w) >= threshold) {
                continue;
            }
            double[] part = flood(image, x0, y0, w, h, threshold, start, seen, stack);
            // part: area, sum x, sum y, min x, max x, min y, max y, touches edge (1/0), sum x², sum y²
            double area = part[0];
            double bw = part[4] - part[3] + 1;
            double bh = part[6] - part[5] + 1;
            double fill = area / (bw * bh);
            // A disc fills π/4 of its box, a square mark all of it upright and half of it turned 45°; a
            // perspective view squeezes either a little.
            boolean disc = part[7] == 0 && area >= 0.4 * expected && area <= 2.2 * expected
                    && bw / bh > 0.6 && bw / bh < 1 / 0.6 && fill > 0.48;
            double mx = part[1] / area;
            double my = part[2] / area;
            // A disc's pixels lie at a mean squared distance of area / 2π from its centre; a letter's
            // strokes lie further out (an ellipse seen at a slant: up to about 1.15 times).
            double spread = (part[8] / area - mx * mx + part[9] / area - my * my) / (area / (2 * Math.PI));
            disc &= spread < 1.25;
            double cx = x0 + mx + 0.5;
            double cy = y0 + my + 0.5;
            // A letter such as a bold C or O is as round, but its centre is paper.
            if (!disc || image.unsafe_get((int) cx, (int) cy) >= threshold) {
                continue;
            }
            double d = Math.hypot(cx - px, cy - py);
            if (d < bestDistance) {
                bestDistance = d;
                best = new double[] {cx, cy};
            }
        }
        return best;
    }

    /** Floods the 4-connected dark part from {@code start}; returns its area, sums and bounds. */
    private static double[] flood(GrayU8 image, int x0, int y0, int w, int h, int threshold, int start,
                                  boolean[] seen, int[] stack) {
        double area = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        int minX = w;
        int maxX = -1;
        int minY = h;
        int maxY = -1;
        int top = 0;
        stack[top++] = start;
        seen[start] = true;
        while (top > 0) {
            int i = stack[--top];
            int x = i % w;
            int y = i / w;
            area++;
            sx += x;
            sy += y;
            sxx += (double) x * x;
            syy += (double) y * y;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            top = push(image, x0, y0, w, h, threshold, x - 1, y, seen, stack, top);
            top = push(image, x0, y0, w, h, threshold, x + 1, y, seen, stack, top);
            top = push(image, x0, y0, w, h, threshold, x, y - 1, seen, stack, top);
            top = push(image, x0, y0, w, h, threshold, x, y + 1, seen, stack, top);
        }
        boolean edge = minX == 0 || minY == 0 || maxX == w - 1 || maxY == h - 1;
        return new double[] {area, sx, sy, minX, maxX, minY, maxY, edge ? 1 : 0, sxx, syy};
    }

    private static int push(GrayU8 image, int x0, int y0, int w, int h, int threshold, int x, int y, boolean[] seen,
                            int[] stack, int top) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return top;
        }
        int i = y * w + x;
        if (seen[i] || image.unsafe_get(x0 + x, y0 + y) >= threshold) {
            return top;
        }
        seen[i] = true;
        stack[top] = i;
        return top + 1;
    }

    private static int percentile(int[] histogram, double share) {
        long total = 0;
        for (int c : histogram) {
            total += c;
        }
        long target = (long) Math.ceil(share * total);
        long seen = 0;
        for (int i = 0; i < 256; i++) {
            seen += histogram[i];
            if (seen >= Math.max(1, target)) {
                return i;
            }
        }
        return 255;
    }
}
