package org.scorecardkit.scan.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.scorecardkit.model.SheetGeometry;
import org.scorecardkit.scan.BubbleFill;
import org.scorecardkit.scan.Decision;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.PageProblem;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.RegisteredPage;

/**
 * Draws one page's overlay for audit: the page at about {@link #DPI} dpi under a header naming it,
 * every bubble outlined in its item's decision's colour (the answer filled green, a double mark red,
 * an unclear mark orange, blank faint), and the corner marks and QR box where registration put them;
 * a page not read gets its reason in a red header.
 */
final class OverlayPainter {
    /** The overlay's resolution: enough to see a mark, small enough for hundreds of pages. */
    static final double DPI = 100;
    /** No overlay is larger than this on either side, whatever the photo around the page. */
    static final int MAX_SIDE = 1600;
    static final Color ANSWERED = new Color(0, 140, 60);
    static final Color DOUBLE = new Color(215, 25, 30);
    static final Color UNCLEAR = new Color(240, 130, 0);
    static final Color BLANK = new Color(150, 150, 150);
    static final Color REGISTRATION = new Color(30, 90, 220);
    private static final float TEXT = 14;
    private static final int LINE = 20;

    private OverlayPainter() {
    }

    /** The overlay of a registered page, read with {@code geometry}. */
    static BufferedImage registered(PageReading reading, SheetGeometry.Page geometry, BufferedImage grey) {
        RegisteredPage page = reading.page();
        double scale = registeredScale(page, geometry, grey);
        long flagged = reading.items().stream().filter(i -> i.decision().flagged()).count();
        String first = page.file() + "#" + page.pageNumber() + " \u00b7 " + page.instrument() + " " + page.version()
                + ", page " + page.page() + ", serial " + page.serial();
        String second = String.format(Locale.ROOT, "fit error %.2f pt \u00b7 %d flagged \u00b7 sensitivity %.2f",
                page.fitError(), flagged, reading.sensitivity());
        BufferedImage out = canvas(grey, scale, 3);
        Graphics2D g = Png.graphics(out, TEXT);
        g.translate(0, 3 * LINE);
        g.scale(scale, scale);
        drawRegistration(g, page, geometry, scale);
        for (ItemReading item : reading.items()) {
            drawItem(g, item, scale);
        }
        g.dispose();
        Graphics2D h = Png.graphics(out, TEXT);
        header(h, out.getWidth(), new Color(245, 245, 245), Color.BLACK, first, second);
        legend(h, out.getWidth());
        h.dispose();
        return out;
    }

    /** The overlay of a page reported as not read, with its reason. */
    static BufferedImage reported(PageProblem problem, BufferedImage grey) {
        double scale = Math.min(1, (DPI / 72 * 842) / Math.max(grey.getWidth(), grey.getHeight()));
        BufferedImage out = canvas(grey, scale, 2);
        Graphics2D h = Png.graphics(out, TEXT);
        header(h, out.getWidth(), DOUBLE, Color.WHITE, problem.file() + "#" + problem.pageNumber() + " \u00b7 not read",
                problem.reason());
        h.dispose();
        return out;
    }

    /** About {@link #DPI} dpi as the corner marks measure the page, never above {@link #MAX_SIDE} nor enlarged. */
    private static double registeredScale(RegisteredPage page, SheetGeometry.Page geometry, BufferedImage grey) {
        SheetGeometry.Mark a = geometry.registration().get(0);
        SheetGeometry.Mark b = geometry.registration().get(geometry.registration().size() - 1);
        double[] pa = page.toPixel(a.x(), a.y());
        double[] pb = page.toPixel(b.x(), b.y());
        double pixelsPerPoint = Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) / Math.hypot(a.x() - b.x(), a.y() - b.y());
        double scale = pixelsPerPoint > 0 ? DPI / 72 / pixelsPerPoint : 1;
        return Math.min(Math.min(1, scale), (double) MAX_SIDE / Math.max(grey.getWidth(), grey.getHeight()));
    }

    /** The grey page scaled into a colour image with room for {@code lines} header lines above it. */
    private static BufferedImage canvas(BufferedImage grey, double scale, int lines) {
        BufferedImage page = Png.shrunkToRgb(grey, scale);
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight() + lines * LINE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(page, 0, lines * LINE, null);
        g.dispose();
        return out;
    }

    private static void drawRegistration(Graphics2D g, RegisteredPage page, SheetGeometry.Page geometry, double scale) {
        g.setColor(REGISTRATION);
        g.setStroke(new BasicStroke((float) (2 / scale)));
        for (SheetGeometry.Mark m : geometry.registration()) {
            double[] c = page.toPixel(m.x(), m.y());
            double[] e = page.toPixel(m.x() + m.r(), m.y());
            double r = Math.hypot(e[0] - c[0], e[1] - c[1]) + 3 / scale;
            g.draw(m.square() ? new Rectangle2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r)
                    : new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r));
        }
        SheetGeometry.Qr qr = geometry.qr();
        double half = qr.size() / 2;
        double[][] corners = {{-half, -half}, {half, -half}, {half, half}, {-half, half}};
        Path2D box = new Path2D.Double();
        for (int k = 0; k < corners.length; k++) {
            double[] p = page.toPixel(qr.x() + corners[k][0], qr.y() + corners[k][1]);
            if (k == 0) {
                box.moveTo(p[0], p[1]);
            } else {
                box.lineTo(p[0], p[1]);
            }
        }
        box.closePath();
        g.draw(box);
    }

    private static void drawItem(Graphics2D g, ItemReading item, double scale) {
        Color colour = switch (item.decision()) {
            case ANSWERED -> ANSWERED;
            case DOUBLE -> DOUBLE;
            case UNCLEAR -> UNCLEAR;
            case BLANK -> BLANK;
        };
        for (BubbleFill f : item.fills()) {
            boolean chosen = item.values().contains(f.bubble().value());
            double r = f.r() + 2 / scale;
            Shape shape = f.bubble().square() ? new Rectangle2D.Double(f.x() - r, f.y() - r, 2 * r, 2 * r)
                    : new Ellipse2D.Double(f.x() - r, f.y() - r, 2 * r, 2 * r);
            if (chosen && item.decision() != Decision.BLANK) {
                g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90));
                g.fill(shape);
            }
            boolean faint = item.decision() == Decision.BLANK || item.decision() == Decision.ANSWERED && !chosen;
            g.setColor(faint ? BLANK : colour);
            g.setStroke(new BasicStroke((float) ((faint ? 1 : chosen ? 3 : 2) / scale)));
            g.draw(shape);
        }
    }

    private static void header(Graphics2D g, int width, Color background, Color ink, String first, String second) {
        g.setColor(background);
        g.fillRect(0, 0, width, 2 * LINE + 4);
        g.setColor(ink);
        FontMetrics m = g.getFontMetrics();
        g.drawString(fit(first, m, width - 12), 6, LINE - 4);
        g.drawString(fit(second, m, width - 12), 6, 2 * LINE - 4);
    }

    /** The third line: what each colour means. */
    private static void legend(Graphics2D g, int width) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 2 * LINE + 4, width, LINE - 4);
        int x = 6;
        FontMetrics m = g.getFontMetrics();
        for (Object[] key : List.of(new Object[] {ANSWERED, "answered"}, new Object[] {DOUBLE, "double mark"},
                new Object[] {UNCLEAR, "unclear"}, new Object[] {BLANK, "blank"}, new Object[] {REGISTRATION, "corner marks, QR"})) {
            g.setColor((Color) key[0]);
            g.fillRect(x, 2 * LINE + 8, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString((String) key[1], x + 16, 3 * LINE - 2);
            x += 16 + m.stringWidth((String) key[1]) + 14;
        }
    }

    /** {@code text} cut with an ellipsis to fit {@code width} pixels. */
    static String fit(String text, FontMetrics m, int width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && m.stringWidth(cut + "\u2026") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
