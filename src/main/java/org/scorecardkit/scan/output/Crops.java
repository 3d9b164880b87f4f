package org.scorecardkit.scan.output;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.scorecardkit.scan.BubbleFill;

/**
 * Cuts the crop a person judges a flagged item by: the item's bubbles with some paper around them,
 * zoomed so a bubble is about {@link #BUBBLE_RADIUS} pixels across its radius, each bubble's value
 * written just above it. Produces a grey PNG of bounded size and bytes.
 */
final class Crops {
    /** A bubble's radius in the crop: big enough to tell a light pencil mark from a smudge. */
    static final double BUBBLE_RADIUS = 24;
    /** The crop's largest width and height in pixels. */
    static final int MAX_WIDTH = 900;
    static final int MAX_HEIGHT = 320;
    /** A crop larger than this is cut again at a smaller zoom. */
    static final int MAX_BYTES = 150_000;
    /**
     * Paper kept around the bubbles, in bubble radii: sideways enough to see a stray mark or an
     * erasure's smear; up and down less, so the rows above and below barely show and the item is plain.
     */
    private static final double CONTEXT = 2.5;
    private static final double CONTEXT_ROWS = 1.5;

    private Crops() {
    }

    /** The crop of these bubbles on the page image, as PNG bytes. */
    static byte[] of(BufferedImage page, List<BubbleFill> fills) {
        double radius = fills.stream().mapToDouble(BubbleFill::r).max().orElse(10);
        double margin = CONTEXT * radius;
        double rows = CONTEXT_ROWS * radius;
        double left = Math.max(0, fills.stream().mapToDouble(f -> f.x() - f.r()).min().orElse(0) - margin);
        double top = Math.max(0, fills.stream().mapToDouble(f -> f.y() - f.r()).min().orElse(0) - rows);
        double right = Math.min(page.getWidth(), fills.stream().mapToDouble(f -> f.x() + f.r()).max().orElse(1)
                + Math.max(margin, labelRoom(fills, radius)));
        double bottom = Math.min(page.getHeight(), fills.stream().mapToDouble(f -> f.y() + f.r()).max().orElse(1) + rows);
        int x0 = (int) Math.floor(left);
        int y0 = (int) Math.floor(top);
        int w = Math.max(1, (int) Math.ceil(right) - x0);
        int h = Math.max(1, (int) Math.ceil(bottom) - y0);
        double zoom = Math.min(4, Math.min(BUBBLE_RADIUS / radius, Math.min((double) MAX_WIDTH / w, (double) MAX_HEIGHT / h)));
        BufferedImage cut = page.getSubimage(Math.min(x0, page.getWidth() - 1), Math.min(y0, page.getHeight() - 1),
                Math.min(w, page.getWidth() - Math.min(x0, page.getWidth() - 1)),
                Math.min(h, page.getHeight() - Math.min(y0, page.getHeight() - 1)));
        byte[] png = draw(cut, fills, x0, y0, zoom);
        while (png.length > MAX_BYTES && zoom > 0.25) {
            zoom /= 1.5;
            png = draw(cut, fills, x0, y0, zoom);
        }
        return png;
    }

    /**
     * Room for the label printed right of the last box: as wide as the widest gap between two boxes
     * side by side (an option's label fills that gap), at most 12 radii; 0 when the boxes stand in a column.
     */
    private static double labelRoom(List<BubbleFill> fills, double radius) {
        List<BubbleFill> sorted = fills.stream().sorted(java.util.Comparator.comparingDouble(BubbleFill::x)).toList();
        double widest = 0;
        for (int k = 1; k < sorted.size(); k++) {
            BubbleFill a = sorted.get(k - 1);
            BubbleFill b = sorted.get(k);
            if (Math.abs(a.y() - b.y()) < radius) {
                widest = Math.max(widest, b.x() - a.x() - 2 * radius);
            }
        }
        return Math.min(12 * radius, widest);
    }

    private static byte[] draw(BufferedImage cut, List<BubbleFill> fills, int x0, int y0, double zoom) {
        BufferedImage out = Png.scaled(cut, zoom, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = Png.graphics(out, 13);
        FontMetrics metrics = g.getFontMetrics();
        for (BubbleFill f : fills) {
            String value = f.bubble().value();
            int textWidth = metrics.stringWidth(value);
            int cx = (int) Math.round((f.x() - x0) * zoom);
            int top = (int) Math.round((f.y() - f.r() - y0) * zoom) - 3;
            int boxTop = Math.max(0, top - metrics.getAscent() - 2);
            g.setColor(Color.WHITE);
            g.fillRect(cx - textWidth / 2 - 3, boxTop, textWidth + 6, metrics.getAscent() + 3);
            g.setColor(Color.BLACK);
            g.drawString(value, cx - textWidth / 2, boxTop + metrics.getAscent());
        }
        g.dispose();
        return Png.encode(out);
    }
}
