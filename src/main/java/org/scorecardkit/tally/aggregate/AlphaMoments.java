package org.scorecardkit.tally.aggregate;

/**
 * The sums Cronbach's alpha needs, over respondents who answered every one of k rating items: the
 * count n, each item's sum Σx_i, and every co-moment Σx_i·x_j (i ≤ j, squares on the diagonal).
 * All are whole numbers, so shards add up to exactly the whole.
 */
public final class AlphaMoments {
    private final int k;
    private long n;
    private final long[] sums;
    private final long[] products;

    public AlphaMoments(int k) {
        this.k = k;
        this.sums = new long[k];
        this.products = new long[k * (k + 1) / 2];
    }

    /** Adds one complete respondent's k values. */
    public void add(int[] x) {
        add(x, 1);
    }

    /** Takes one complete respondent's k values back out: the exact inverse of {@link #add(int[])}. */
    public void remove(int[] x) {
        add(x, -1);
    }

    private void add(int[] x, int by) {
        n += by;
        int p = 0;
        for (int i = 0; i < k; i++) {
            long xi = x[i];
            sums[i] += by * xi;
            for (int j = i; j < k; j++) {
                products[p++] += by * xi * x[j];
            }
        }
    }

    public void addAll(AlphaMoments other) {
        n += other.n;
        for (int i = 0; i < sums.length; i++) {
            sums[i] += other.sums[i];
        }
        for (int i = 0; i < products.length; i++) {
            products[i] += other.products[i];
        }
    }

    public int k() { return k; }

    public long n() { return n; }

    public long sum(int i) { return sums[i]; }

    /** Σx_i·x_j over complete respondents. */
    public long product(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        // Row a of the upper triangle starts after the rows before it: a·k − a·(a−1)/2.
        return products[a * k - a * (a - 1) / 2 + (b - a)];
    }

    /** Restores saved sums (the inverse of reading them with sum and product). */
    public void set(long count, long[] itemSums, long[][] cross) {
        n = count;
        System.arraycopy(itemSums, 0, sums, 0, k);
        int p = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                products[p++] = cross[i][j];
            }
        }
    }
}
