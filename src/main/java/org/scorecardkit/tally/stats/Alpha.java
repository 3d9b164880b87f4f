package org.scorecardkit.tally.stats;

import java.math.BigInteger;
import org.scorecardkit.tally.aggregate.AlphaMoments;

/**
 * Cronbach's alpha from co-moments over complete respondents: α = k/(k−1)·(1 − Σs²_i / s²_total),
 * with sample variances. Every variance shares the denominator n·(n−1), so the ratio is taken of
 * exact integer numerators: n·Σx_i² − (Σx_i)² per item, and the sum of n·Σx_i·x_j − Σx_i·Σx_j over
 * all i, j for the total.
 *
 * @param value null when k &lt; 2, n &lt; 2, or the total has no variance
 */
public record Alpha(Double value, int k, long n) {

    public static Alpha of(AlphaMoments m) {
        if (m == null) {
            return new Alpha(null, 0, 0);
        }
        int k = m.k();
        long n = m.n();
        if (k < 2 || n < 2) {
            return new Alpha(null, k, n);
        }
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger items = BigInteger.ZERO;
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                BigInteger c = bn.multiply(BigInteger.valueOf(m.product(i, j)))
                        .subtract(BigInteger.valueOf(m.sum(i)).multiply(BigInteger.valueOf(m.sum(j))));
                total = total.add(c);
                if (i == j) {
                    items = items.add(c);
                }
            }
        }
        if (total.signum() == 0) {
            return new Alpha(null, k, n);
        }
        double ratio = items.doubleValue() / total.doubleValue();
        return new Alpha((double) k / (k - 1) * (1 - ratio), k, n);
    }
}
