package org.scorecardkit.scan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.SheetGeometry;

/**
 * Which paper's geometry a registered page was printed from. The QR code names the instrument,
 * version and page but not the paper, and A4 and Letter put the bubbles elsewhere: when both papers
 * have the page and their layouts differ, the one whose corner marks land on ink under the page's
 * homography (fitted to the marks actually found) is the one the page was registered with.
 */
final class GeometryChoice {
    private GeometryChoice() {
    }

    /** The geometry to measure {@code page} with; {@code grey} is its image. */
    static SheetGeometry of(List<SheetGeometry> papers, RegisteredPage page, BufferedImage grey) {
        List<SheetGeometry> candidates = new ArrayList<>();
        for (SheetGeometry g : papers) {
            if (g.instrument().equals(page.instrument()) && g.version().equals(page.version()) && g.page(page.page()) != null) {
                candidates.add(g);
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("a registered page always has its geometry");
        }
        SheetGeometry first = candidates.get(0);
        if (candidates.stream().allMatch(g -> g.page(page.page()).equals(first.page(page.page())))) {
            return first;
        }
        SheetGeometry best = first;
        double darkest = Double.MAX_VALUE;
        for (SheetGeometry g : candidates) {
            double ink = markGrey(g.page(page.page()), page, grey);
            if (ink < darkest) {
                darkest = ink;
                best = g;
            }
        }
        return best;
    }

    /** The mean grey of the image at the page's four mark centres, each over a small square. */
    private static double markGrey(SheetGeometry.Page geometry, RegisteredPage page, BufferedImage grey) {
        double sum = 0;
        int n = 0;
        for (SheetGeometry.Mark m : geometry.registration()) {
            double[] c = page.toPixel(m.x(), m.y());
            double[] edge = page.toPixel(m.x() + m.r() / 2, m.y());
            int half = Math.max(1, (int) Math.hypot(edge[0] - c[0], edge[1] - c[1]));
            for (int y = (int) c[1] - half; y <= (int) c[1] + half; y++) {
                for (int x = (int) c[0] - half; x <= (int) c[0] + half; x++) {
                    boolean inside = x >= 0 && y >= 0 && x < grey.getWidth() && y < grey.getHeight();
                    sum += inside ? grey.getRaster().getSample(x, y, 0) : 255;
                    n++;
                }
            }
        }
        return sum / n;
    }
}
