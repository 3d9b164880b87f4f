package org.scorecardkit.tally.stats;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.tally.aggregate.AlphaMoments;

/**
 * Cronbach's alpha from co-moments over complete respondents, with its Feldt interval and, per
 * item, alpha if the item is dropped and its item–rest correlation (the raw_alpha and r.drop of R
 * {@code psych::alpha}). Every (co)variance shares the denominator n·(n − 1), so all of them are
 * taken as exact integer numerators C_ij = n·Σx_i·x_j − Σx_i·Σx_j; merged shards give the same
 * numerators and so the same numbers. With T = Σ_ij C_ij, D = Σ_i C_ii and R_i = Σ_j C_ij:
 * <pre>
 *   α           = k/(k − 1) · (1 − D / T)
 *   α without i = (k − 1)/(k − 2) · (1 − (D − C_ii) / (T − 2·R_i + C_ii))
 *   item–rest_i = (R_i − C_ii) / √(C_ii · (T − 2·R_i + C_ii))
 *   Feldt 95%   = [1 − (1 − α)·F_.975, 1 − (1 − α)·F_.025], F with n − 1 and (n − 1)(k − 1) df
 * </pre>
 *
 * @param value null when k &lt; 2, n &lt; 2, or the total has no variance
 * @param low the Feldt interval's lower end, null with the value (and for n &lt; 2)
 * @param items per item, in scale order; empty when k &lt; 2
 * @param small fewer than {@link Summarize#SMALL_N} complete respondents
 */
public record Alpha(Double value, int k, long n, Double low, Double high, List<ItemAlpha> items, boolean small) {

    /** The interval's method as summary.json names it. */
    public static final String CI95_METHOD = "feldt";

    /**
     * One item of the scale.
     *
     * @param ifDropped alpha of the other items; null for k = 2 or when they have no variance
     * @param itemRest the correlation with the sum of the other items; null when either has no variance
     */
    public record ItemAlpha(String id, Double ifDropped, Double itemRest) {
    }

    /** Alpha of moments whose items are {@code ids}, in order; null moments give an empty alpha. */
    public static Alpha of(AlphaMoments m, List<String> ids) {
        if (m == null) {
            return new Alpha(null, 0, 0, null, null, List.of(), true);
        }
        int k = m.k();
        long n = m.n();
        boolean small = n < Summarize.SMALL_N;
        if (k < 2 || n < 2) {
            return new Alpha(null, k, n, null, null, List.of(), small);
        }
        Covariances c = Covariances.of(m);
        List<ItemAlpha> items = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            items.add(c.item(i, ids.get(i)));
        }
        Double value = alpha(k, c.diagonal, c.total);
        if (value == null) {
            return new Alpha(null, k, n, null, null, List.copyOf(items), small);
        }
        double df1 = n - 1;
        double df2 = (n - 1) * (double) (k - 1);
        double low = 1 - (1 - value) * Distributions.fQuantile(0.975, df1, df2);
        double high = 1 - (1 - value) * Distributions.fQuantile(0.025, df1, df2);
        return new Alpha(value, k, n, low, high, List.copyOf(items), small);
    }

    /** The exact numerators C_ij, their row sums R_i, their total T and their diagonal D. */
    private record Covariances(BigInteger[][] c, BigInteger[] rows, BigInteger total, BigInteger diagonal) {
        /** C_ij = n·Σx_i·x_j − Σx_i·Σx_j. */
        static Covariances of(AlphaMoments m) {
            int k = m.k();
            BigInteger bn = BigInteger.valueOf(m.n());
            BigInteger[][] c = new BigInteger[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = i; j < k; j++) {
                    c[i][j] = bn.multiply(BigInteger.valueOf(m.product(i, j)))
                            .subtract(BigInteger.valueOf(m.sum(i)).multiply(BigInteger.valueOf(m.sum(j))));
                    c[j][i] = c[i][j];
                }
            }
            BigInteger[] rows = new BigInteger[k];
            BigInteger total = BigInteger.ZERO;
            BigInteger diagonal = BigInteger.ZERO;
            for (int i = 0; i < k; i++) {
                rows[i] = java.util.Arrays.stream(c[i]).reduce(BigInteger.ZERO, BigInteger::add);
                total = total.add(rows[i]);
                diagonal = diagonal.add(c[i][i]);
            }
            return new Covariances(c, rows, total, diagonal);
        }

        /** Item i's alpha if dropped (none for a scale of two) and its item–rest correlation. */
        ItemAlpha item(int i, String id) {
            int k = rows.length;
            BigInteger own = c[i][i];
            BigInteger restTotal = total.subtract(rows[i].shiftLeft(1)).add(own);
            Double dropped = k < 3 ? null : alpha(k - 1, diagonal.subtract(own), restTotal);
            return new ItemAlpha(id, dropped, correlation(rows[i].subtract(own), own, restTotal));
        }
    }

    private static Double alpha(int k, BigInteger itemVariances, BigInteger totalVariance) {
        if (totalVariance.signum() <= 0) {
            return null;
        }
        double ratio = itemVariances.doubleValue() / totalVariance.doubleValue();
        return (double) k / (k - 1) * (1 - ratio);
    }

    private static Double correlation(BigInteger covariance, BigInteger itemVariance, BigInteger restVariance) {
        if (itemVariance.signum() <= 0 || restVariance.signum() <= 0) {
            return null;
        }
        return covariance.doubleValue() / Math.sqrt(itemVariance.doubleValue() * restVariance.doubleValue());
    }
}
