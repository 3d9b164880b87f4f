package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The 4-point fit is exact, the least-squares fit averages noise out, and degenerate input is refused. */
class HomographyTest {
    private static final double[][] PAGE = {{24, 817.89}, {571.28, 817.89}, {24, 24}, {571.28, 24}};

    @Test
    void fourPairsAreMatchedExactlyAndPointsBetweenFollowThePerspective() {
        // A known perspective map: x' = (2x + 0.1y + 30) / w, y' = (0.05x - 2y + 1700) / w, w = 0.0001x + 0.0002y + 1.
        double[] h = {2, 0.1, 30, 0.05, -2, 1700, 0.0001, 0.0002, 1};
        double[][] image = new double[4][];
        for (int i = 0; i < 4; i++) {
            image[i] = map(h, PAGE[i][0], PAGE[i][1]);
        }
        Homography fit = Homography.fit(PAGE, image);
        assertArrayEquals(map(h, 300, 400), fit.apply(300, 400), 1e-6);
        assertArrayEquals(h, fit.entries(), 1e-9);
    }

    @Test
    void anAffineFitOfThreeOrMorePairsHasNoPerspective() {
        double[][] from = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
        double[][] to = {{5, 5}, {25, 5}, {5, 35}, {25, 35}};
        Homography a = Homography.affine(from, to);
        assertArrayEquals(new double[] {15, 20}, a.apply(5, 5), 1e-9);
        assertArrayEquals(new double[] {2, 0, 5, 0, 3, 5, 0, 0, 1}, a.entries(), 1e-9);
    }

    @Test
    void collinearOrTooFewPointsAreRefused() {
        double[][] line = {{0, 0}, {1, 1}, {2, 2}, {3, 3}};
        assertThrows(IllegalArgumentException.class, () -> Homography.fit(line, line));
        assertThrows(IllegalArgumentException.class, () -> Homography.fit(new double[][] {{0, 0}}, new double[][] {{0, 0}}));
    }

    private static double[] map(double[] h, double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }
}
