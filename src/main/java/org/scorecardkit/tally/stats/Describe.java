package org.scorecardkit.tally.stats;

import java.math.BigInteger;
import java.util.Map;
import java.util.SortedMap;

/**
 * n, mean, sample standard deviation (n − 1), median, lowest and highest, computed from counts of
 * values in value order, so the result depends only on the counts. Whole-number values get an
 * exact variance from integer sums: (n·Σx² − (Σx)²) / (n·(n − 1)).
 *
 * @param sd null when n &lt; 2; mean, median, min and max are null when n = 0
 */
public record Describe(long n, Double mean, Double sd, Double median, Double min, Double max) {

    public static Describe of(SortedMap<Double, Long> counts) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return new Describe(0, null, null, null, null, null);
        }
        boolean whole = counts.keySet().stream().allMatch(v -> v == Math.rint(v) && Math.abs(v) < 1e9);
        double mean;
        Double sd;
        if (whole) {
            BigInteger sum = BigInteger.ZERO;
            BigInteger squares = BigInteger.ZERO;
            for (Map.Entry<Double, Long> e : counts.entrySet()) {
                BigInteger v = BigInteger.valueOf(e.getKey().longValue());
                BigInteger c = BigInteger.valueOf(e.getValue());
                sum = sum.add(v.multiply(c));
                squares = squares.add(v.multiply(v).multiply(c));
            }
            mean = sum.doubleValue() / n;
            BigInteger bn = BigInteger.valueOf(n);
            sd = n < 2 ? null : Math.sqrt(bn.multiply(squares).subtract(sum.multiply(sum)).doubleValue()
                    / (bn.multiply(BigInteger.valueOf(n - 1))).doubleValue());
        } else {
            double sum = 0;
            for (Map.Entry<Double, Long> e : counts.entrySet()) {
                sum += e.getKey() * e.getValue();
            }
            mean = sum / n;
            double squares = 0;
            for (Map.Entry<Double, Long> e : counts.entrySet()) {
                squares += (e.getKey() - mean) * (e.getKey() - mean) * e.getValue();
            }
            sd = n < 2 ? null : Math.sqrt(squares / (n - 1));
        }
        return new Describe(n, mean, sd, median(counts, n), counts.firstKey(), counts.lastKey());
    }

    /** The middle value; for an even n the mean of the two middle values. */
    static double median(SortedMap<Double, Long> counts, long n) {
        long lower = (n + 1) / 2;
        long upper = n / 2 + 1;
        Double lo = null;
        Double hi = null;
        long seen = 0;
        for (Map.Entry<Double, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (lo == null && seen >= lower) {
                lo = e.getKey();
            }
            if (seen >= upper) {
                hi = e.getKey();
                break;
            }
        }
        return n % 2 == 1 ? lo : (lo + hi) / 2;
    }
}
