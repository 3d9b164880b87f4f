package org.scorecardkit.tally.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The F and t quantiles against printed table values (Fisher and Yates; the F tables of any
 * statistics text, 4–5 significant figures), and the incomplete beta function against identities
 * it must satisfy, computed here another way.
 */
class DistributionsTest {

    /** Upper points F_p(d1, d2) as tables print them. */
    @Test
    void fQuantilesMatchTheTables() {
        double[][] table = {
            // p, d1, d2, F
            {0.95, 1, 10, 4.9646}, {0.95, 5, 10, 3.3258}, {0.95, 2, 20, 3.4928}, {0.95, 10, 10, 2.9782},
            {0.95, 4, 60, 2.5252}, {0.975, 5, 10, 4.2361}, {0.975, 3, 6, 6.5988}, {0.975, 6, 3, 14.7347},
            {0.975, 1, 1, 647.79}, {0.99, 10, 20, 3.3682}, {0.99, 1, 5, 16.258}, {0.95, 30, 30, 1.8409},
        };
        for (double[] row : table) {
            double f = Distributions.fQuantile(row[0], row[1], row[2]);
            assertEquals(row[3], f, row[3] * 5e-5, "F_" + row[0] + "(" + row[1] + ", " + row[2] + ")");
        }
    }

    /** Lower points are reciprocals of upper points with the degrees of freedom swapped: F_.025(3, 6) = 1/F_.975(6, 3). */
    @Test
    void lowerPointsAreReciprocalsOfUpperPoints() {
        assertEquals(1 / 14.7347, Distributions.fQuantile(0.025, 3, 6), 1e-6);
        assertEquals(1 / Distributions.fQuantile(0.95, 7, 13), Distributions.fQuantile(0.05, 13, 7), 1e-12);
        assertEquals(1.0, Distributions.fQuantile(0.5, 8, 8), 1e-12, "the median of F(d, d) is 1");
    }

    @Test
    void tQuantilesMatchTheTables() {
        double[][] table = {{1, 12.7062}, {2, 4.3027}, {4, 2.7764}, {10, 2.2281}, {30, 2.0423}, {120, 1.9799}};
        for (double[] row : table) {
            assertEquals(row[1], Distributions.tQuantile(0.975, row[0]), 5e-5, "t_.975(" + row[0] + ")");
        }
        assertEquals(1.959964, Distributions.tQuantile(0.975, 1e7), 1e-5, "t tends to the normal z");
        assertEquals(6.3138, Distributions.tQuantile(0.95, 1), 5e-5);
    }

    /** For whole a and b, I_x(a, b) = P(Binomial(a + b − 1, x) ≥ a): summed here term by term. */
    @Test
    void theIncompleteBetaIsABinomialTailForWholeArguments() {
        int[][] shapes = {{1, 1}, {2, 5}, {5, 2}, {7, 7}, {3, 30}, {40, 12}};
        for (int[] s : shapes) {
            for (double x : new double[] {0.01, 0.2, 0.5, 0.77, 0.99}) {
                int n = s[0] + s[1] - 1;
                double tail = 0;
                for (int j = s[0]; j <= n; j++) {
                    tail += Math.exp(logChoose(n, j) + j * Math.log(x) + (n - j) * Math.log1p(-x));
                }
                assertEquals(tail, Distributions.regularizedBeta(x, s[0], s[1]), 1e-12,
                        "I_" + x + "(" + s[0] + ", " + s[1] + ")");
            }
        }
    }

    @Test
    void theInverseUndoesTheFunction() {
        double[][] shapes = {{0.5, 0.5}, {0.5, 5}, {2.5, 1.5}, {50, 500}, {499_999.5, 1_499_998.5}};
        for (double[] s : shapes) {
            // Far in the upper tail x is so near 1 that a double cannot get closer: the F quantile
            // takes that tail as the lower tail of the swapped shapes instead (below).
            for (double p : new double[] {1e-6, 0.025, 0.5, 0.975}) {
                double x = Distributions.inverseRegularizedBeta(p, s[0], s[1]);
                assertEquals(p, Distributions.regularizedBeta(x, s[0], s[1]), 1e-9 * Math.min(p, 1 - p),
                        "p " + p + " at a " + s[0] + ", b " + s[1]);
            }
        }
    }

    /** F near the top of a wide distribution, where x = I⁻¹ is close to 1: still the table's 998.5 and 4052. */
    @Test
    void extremeUpperPointsKeepTheirDigits() {
        assertEquals(998.5, Distributions.fQuantile(0.999, 1, 2), 0.05);
        assertEquals(4052.2, Distributions.fQuantile(0.99, 1, 1), 0.05);
    }

    /** ln Γ of whole numbers is ln of a factorial; Γ(½) = √π. */
    @Test
    void logGammaMatchesFactorials() {
        double factorial = 1;
        for (int n = 1; n <= 25; n++) {
            assertEquals(Math.log(factorial), Distributions.logGamma(n), 1e-13 * Math.max(1, Math.log(factorial)), "Γ(" + n + ")");
            factorial *= n;
        }
        assertEquals(0.5 * Math.log(Math.PI), Distributions.logGamma(0.5), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> Distributions.logGamma(0));
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) {
            s += Math.log(n - k + i) - Math.log(i);
        }
        return s;
    }
}
