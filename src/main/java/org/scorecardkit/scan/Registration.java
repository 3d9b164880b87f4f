package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import boofcv.struct.image.GrayU8;
import georegression.struct.point.Point2D_F64;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Registers an identified page: from the QR code's corners (an affine guess of where the page lies),
 * finds the corner marks nearest the code first, refining the guess with each mark found, then fits
 * the homography from the geometry's four mark centres to the found ones and measures how far it
 * puts the QR code's corners from where they were detected.
 */
final class Registration {
    /** A mark is searched for within this share of its distance from the QR code (perspective, lens). */
    private static final double SEARCH_SHARE = 0.12;

    private Registration() {
    }

    static PageResult register(GrayU8 gray, List<Point2D_F64> qrCorners, SheetGeometry.Page geometry, String file,
                               int pageNumber, String[] payload) {
        SheetGeometry.Qr q = geometry.qr();
        double h = q.size() / 2;
        // BoofCV gives the code's corners clockwise from its top-left, in the code's own frame, so
        // a turned page keeps the same correspondence.
        double[][] qrPage = {{q.x() - h, q.y() + h}, {q.x() + h, q.y() + h}, {q.x() + h, q.y() - h}, {q.x() - h, q.y() - h}};
        double[][] qrImage = SheetReader.points(qrCorners).toArray(new double[0][]);
        double[][] found = new double[4][];
        int missing = findMarks(gray, geometry, qrPage, qrImage, found);
        if (missing >= 0) {
            return new PageProblem(file, pageNumber, "the " + SheetReader.corner(missing)
                    + " corner mark is not found (covered, cut off or outside the picture)");
        }
        double[][] markPage = new double[4][];
        for (int i = 0; i < 4; i++) {
            SheetGeometry.Mark m = geometry.registration().get(i);
            markPage[i] = new double[] {m.x(), m.y()};
        }
        Homography fit;
        try {
            fit = Homography.fit(markPage, found);
        } catch (IllegalArgumentException e) {
            return new PageProblem(file, pageNumber, "the corner marks found do not span the page");
        }
        double error = fitError(fit, qrPage, qrImage, q);
        if (!(error <= SheetReader.FIT_LIMIT)) {
            return new PageProblem(file, pageNumber, String.format(Locale.ROOT,
                    "the corner marks do not fit the QR code (off by %.1f pt, more than %.1f): a mark is damaged or misplaced",
                    error, SheetReader.FIT_LIMIT));
        }
        return new RegisteredPage(file, pageNumber, payload[1], payload[2], Integer.parseInt(payload[3]), payload[4], fit,
                error);
    }

    /**
     * Fills {@code found} with the marks' pixel centres, nearest the QR code first, each searched for
     * where an affine fit of the code's corners and the marks found so far puts it.
     *
     * @return the index of the first mark not found, or -1
     */
    private static int findMarks(GrayU8 gray, SheetGeometry.Page geometry, double[][] qrPage, double[][] qrImage,
                                 double[][] found) {
        SheetGeometry.Qr q = geometry.qr();
        List<SheetGeometry.Mark> marks = geometry.registration();
        List<double[]> from = new ArrayList<>(List.of(qrPage));
        List<double[]> to = new ArrayList<>(List.of(qrImage));
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
        order.sort(Comparator.comparingDouble(i -> Math.hypot(marks.get(i).x() - q.x(), marks.get(i).y() - q.y())));
        for (int i : order) {
            Homography guess = Homography.affine(from.toArray(new double[0][]), to.toArray(new double[0][]));
            SheetGeometry.Mark m = marks.get(i);
            double[] at = guess.apply(m.x(), m.y());
            double scale = scale(guess, m.x(), m.y());
            double[] qc = guess.apply(q.x(), q.y());
            double radius = Math.max(8 * m.r() * scale, SEARCH_SHARE * Math.hypot(at[0] - qc[0], at[1] - qc[1]));
            found[i] = MarkFinder.find(gray, at[0], at[1], radius, m.r() * scale);
            if (found[i] == null) {
                return i;
            }
            from.add(new double[] {m.x(), m.y()});
            to.add(found[i]);
        }
        return -1;
    }

    /** The largest distance, in points, between a QR corner found and where the fit puts it. */
    private static double fitError(Homography fit, double[][] qrPage, double[][] qrImage, SheetGeometry.Qr q) {
        double worst = 0;
        double scale = scale(fit, q.x(), q.y());
        for (int i = 0; i < 4; i++) {
            double[] p = fit.apply(qrPage[i][0], qrPage[i][1]);
            worst = Math.max(worst, Math.hypot(p[0] - qrImage[i][0], p[1] - qrImage[i][1]) / scale);
        }
        return worst;
    }

    /** Pixels per point near (x, y): the mean stretch of a unit step along both axes. */
    private static double scale(Homography map, double x, double y) {
        double[] o = map.apply(x, y);
        double[] ax = map.apply(x + 1, y);
        double[] ay = map.apply(x, y + 1);
        return (Math.hypot(ax[0] - o[0], ax[1] - o[1]) + Math.hypot(ay[0] - o[0], ay[1] - o[1])) / 2;
    }
}
