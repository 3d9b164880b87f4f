package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;

/** Checks a registered page against where the test truly put the sheet. */
final class Truth {
    private Truth() {
    }

    /** Where a geometry point lies on a clean raster at {@code dpi}: y turned downwards. */
    static double[] raster(SheetGeometry g, double x, double y, double dpi) {
        double s = dpi / 72;
        return new double[] {x * s, (g.height() - y) * s};
    }

    /**
     * Asserts the page is the sheet named and every bubble of its page maps within {@code tolerance}
     * pixels of {@code truth(x, y)}; returns the worst miss.
     */
    static double assertRegistered(PageResult result, SheetGeometry g, int page, String serial,
                                   BiFunction<Double, Double, double[]> truth, double tolerance) {
        RegisteredPage r = assertInstanceOf(RegisteredPage.class, result, () -> result.toString());
        assertEquals(g.instrument(), r.instrument());
        assertEquals(g.version(), r.version());
        assertEquals(page, r.page());
        assertEquals(serial, r.serial());
        assertTrue(r.fitError() <= SheetReader.FIT_LIMIT, "fit error " + r.fitError());
        SheetGeometry.Page geometry = g.page(page);
        assertTrue(geometry.bubbles().size() > 10, "the page has bubbles to check");
        double worst = 0;
        for (SheetGeometry.Bubble b : geometry.bubbles()) {
            double[] want = truth.apply((double) b.x(), (double) b.y());
            double[] got = r.toPixel(b.x(), b.y());
            worst = Math.max(worst, Math.hypot(got[0] - want[0], got[1] - want[1]));
        }
        assertTrue(worst <= tolerance, "a bubble centre misses by " + worst + " px (at most " + tolerance + ")");
        return worst;
    }
}
