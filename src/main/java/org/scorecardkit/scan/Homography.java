package org.scorecardkit.scan;

/**
 * A plane-to-plane projective map (3×3, h33 = 1) fitted by the direct linear transform from four or
 * more point pairs, least squares when there are more; inputs are normalised first (Hartley) so the
 * fit is well conditioned whether points are in points or in pixels.
 */
public final class Homography {
    private final double[] h;

    private Homography(double[] h) {
        this.h = h;
    }

    /** The nine entries, row by row. */
    public double[] entries() {
        return h.clone();
    }

    /** Maps (x, y); returns {x', y'}. */
    public double[] apply(double x, double y) {
        double w = h[6] * x + h[7] * y + h[8];
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /**
     * The homography taking each {@code from[i]} = {x, y} to {@code to[i]}.
     *
     * @throws IllegalArgumentException for fewer than four pairs or a degenerate configuration
     */
    public static Homography fit(double[][] from, double[][] to) {
        if (from.length < 4 || from.length != to.length) {
            throw new IllegalArgumentException("a homography needs at least four point pairs");
        }
        double[] nf = normaliser(from);
        double[] nt = normaliser(to);
        double[][] ata = new double[8][8];
        double[] atb = new double[8];
        for (int i = 0; i < from.length; i++) {
            double x = (from[i][0] - nf[0]) * nf[2];
            double y = (from[i][1] - nf[1]) * nf[2];
            double u = (to[i][0] - nt[0]) * nt[2];
            double v = (to[i][1] - nt[1]) * nt[2];
            accumulate(ata, atb, new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y}, u);
            accumulate(ata, atb, new double[] {0, 0, 0, x, y, 1, -v * x, -v * y}, v);
        }
        double[] p = solve(ata, atb);
        double[] n = {p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], 1};
        return new Homography(denormalise(n, nf, nt));
    }

    /** The affine map (no perspective) closest in least squares to taking {@code from[i]} to {@code to[i]}; three or more pairs. */
    public static Homography affine(double[][] from, double[][] to) {
        if (from.length < 3 || from.length != to.length) {
            throw new IllegalArgumentException("an affine map needs at least three point pairs");
        }
        double[][] ata = new double[3][3];
        double[] bx = new double[3];
        double[] by = new double[3];
        for (int i = 0; i < from.length; i++) {
            double[] row = {from[i][0], from[i][1], 1};
            for (int r = 0; r < 3; r++) {
                bx[r] += row[r] * to[i][0];
                by[r] += row[r] * to[i][1];
                for (int c = 0; c < 3; c++) {
                    ata[r][c] += row[r] * row[c];
                }
            }
        }
        double[] px = solve(copy(ata), bx);
        double[] py = solve(copy(ata), by);
        return new Homography(new double[] {px[0], px[1], px[2], py[0], py[1], py[2], 0, 0, 1});
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Centroid and the scale that brings the mean distance from it to √2. */
    private static double[] normaliser(double[][] pts) {
        double cx = 0;
        double cy = 0;
        for (double[] p : pts) {
            cx += p[0];
            cy += p[1];
        }
        cx /= pts.length;
        cy /= pts.length;
        double d = 0;
        for (double[] p : pts) {
            d += Math.hypot(p[0] - cx, p[1] - cy);
        }
        d /= pts.length;
        if (d == 0) {
            throw new IllegalArgumentException("the points of a homography must not coincide");
        }
        return new double[] {cx, cy, Math.sqrt(2) / d};
    }

    private static void accumulate(double[][] ata, double[] atb, double[] row, double rhs) {
        for (int i = 0; i < 8; i++) {
            atb[i] += row[i] * rhs;
            for (int j = 0; j < 8; j++) {
                ata[i][j] += row[i] * row[j];
            }
        }
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                throw new IllegalArgumentException("the points of a homography must not be collinear");
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                b[r] -= f * b[col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /** H = Tto⁻¹ · Hn · Tfrom, scaled so h33 = 1. */
    private static double[] denormalise(double[] hn, double[] nf, double[] nt) {
        double[] tf = {nf[2], 0, -nf[2] * nf[0], 0, nf[2], -nf[2] * nf[1], 0, 0, 1};
        double[] ti = {1 / nt[2], 0, nt[0], 0, 1 / nt[2], nt[1], 0, 0, 1};
        double[] m = multiply(ti, multiply(hn, tf));
        for (int i = 0; i < 9; i++) {
            m[i] /= m[8];
        }
        return m;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 3; k++) {
                c[r * 3 + k] = a[r * 3] * b[k] + a[r * 3 + 1] * b[3 + k] + a[r * 3 + 2] * b[6 + k];
            }
        }
        return c;
    }
}
