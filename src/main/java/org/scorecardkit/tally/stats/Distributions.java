package org.scorecardkit.tally.stats;

/**
 * The few distribution functions the intervals need, in plain Java: the log-gamma function, the
 * regularized incomplete beta function I_x(a, b) and its inverse, and from them the quantiles of
 * the F and Student t distributions. Accurate to about 1e-12 relative, far below what a report
 * prints; tested against published table values and against independent identities.
 */
public final class Distributions {
    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 1_000_000;

    private Distributions() {
    }

    /** ln Γ(x) for x &gt; 0: the Stirling series above 10, shifted up by the recurrence below it. */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        double shift = 0;
        while (x < 10) {
            shift -= Math.log(x);
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
    }

    /** I_x(a, b), the regularized incomplete beta function, by its continued fraction (modified Lentz). */
    public static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        // The fraction converges fast on the side of the mean a/(a + b); the other side is 1 − I_{1−x}(b, a).
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront(x, a, b)) * fraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront(x, a, b)) * fraction(1 - x, b, a) / b;
    }

    /** ln of x^a·(1 − x)^b / B(a, b), the factor before the continued fraction. */
    private static double logFront(double x, double a, double b) {
        return logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    }

    private static double fraction(double x, double a, double b) {
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < TINY ? TINY : d);
        double h = d;
        for (int m = 1; m < MAX_TERMS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < EPS) {
                return h;
            }
        }
        throw new ArithmeticException("the incomplete beta fraction did not converge for a = " + a + ", b = " + b);
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    /**
     * The x in [0, 1] with I_x(a, b) = p: Newton steps from the usual first guess (Abramowitz and
     * Stegun 26.5.22 for a, b ≥ 1), kept inside a bracket that halves whenever a step leaves it.
     */
    public static double inverseRegularizedBeta(double p, double a, double b) {
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        double lo = 0;
        double hi = 1;
        double x = firstGuess(p, a, b);
        double logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
        for (int i = 0; i < 200; i++) {
            double f = regularizedBeta(x, a, b) - p;
            if (f == 0) {
                return x;
            }
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double density = Math.exp(logNorm + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x));
            double next = x - f / density;
            if (!(next > lo && next < hi) || Double.isNaN(next)) {
                next = (lo + hi) / 2;
            }
            if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300) || hi - lo <= 1e-16 * hi) {
                return next;
            }
            x = next;
        }
        return x;
    }

    private static double firstGuess(double p, double a, double b) {
        double x;
        if (a >= 1 && b >= 1) {
            double pp = p < 0.5 ? p : 1 - p;
            double t = Math.sqrt(-2 * Math.log(pp));
            double z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
            z = p < 0.5 ? z : -z;
            double al = (z * z - 3) / 6;
            double h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
            double w = z * Math.sqrt(al + h) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6 - 2 / (3 * h));
            x = a / (a + b * Math.exp(2 * w));
        } else {
            double t = Math.exp(a * Math.log(a / (a + b))) / a;
            double u = Math.exp(b * Math.log(b / (a + b))) / b;
            double w = t + u;
            x = p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
        }
        return x > 0 && x < 1 ? x : 0.5;
    }

    /**
     * The p-quantile of the F distribution with d1 and d2 degrees of freedom: d2·x / (d1·(1 − x))
     * with x = I⁻¹_p(d1/2, d2/2), or with 1 − x = I⁻¹_{1−p}(d2/2, d1/2) when x is above ½, so that
     * 1 − x keeps its digits; with d1 &gt; d2 it is 1 / F_{1−p}(d2, d1).
     */
    public static double fQuantile(double p, double d1, double d2) {
        if (!(d1 > 0 && d2 > 0) || !(p > 0 && p < 1)) {
            throw new IllegalArgumentException("fQuantile needs 0 < p < 1 and positive degrees of freedom");
        }
        if (d1 > d2) {
            return 1 / fQuantile(1 - p, d2, d1);
        }
        double x = inverseRegularizedBeta(p, d1 / 2, d2 / 2);
        if (x > 0.5) {
            // Near 1, x has few digits left for 1 − x: solve for y = 1 − x in the swapped shapes instead.
            double y = inverseRegularizedBeta(1 - p, d2 / 2, d1 / 2);
            return d2 * (1 - y) / (d1 * y);
        }
        return d2 * x / (d1 * (1 - x));
    }

    /** The upper quantile t_p (p &gt; 0.5) of Student's t with df degrees of freedom: √F_{2p−1}(1, df). */
    public static double tQuantile(double p, double df) {
        if (!(p > 0.5 && p < 1)) {
            throw new IllegalArgumentException("tQuantile needs 0.5 < p < 1");
        }
        return Math.sqrt(fQuantile(2 * p - 1, 1, df));
    }
}
