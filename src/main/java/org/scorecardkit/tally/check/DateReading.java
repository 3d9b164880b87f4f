package org.scorecardkit.tally.check;

/** INTERIM stub (h1 writes the real one): ISO dates only. */
public final class DateReading {
    public static final int EXACT = 1, AMBIGUOUS = 2, DAY_FIRST = 3, MONTH_FIRST = 4, UNREADABLE = 5;

    private DateReading() {
    }

    public static long read(char[] c, int s, int e) {
        if (e - s < 10 || c[s + 4] != '-' || c[s + 7] != '-') {
            return (long) UNREADABLE << 56;
        }
        int v = 0;
        for (int i = s; i < s + 10; i++) {
            if (i == s + 4 || i == s + 7) {
                continue;
            }
            if (c[i] < '0' || c[i] > '9') {
                return (long) UNREADABLE << 56;
            }
            v = v * 10 + c[i] - '0';
        }
        return ((long) EXACT << 56) | ((long) v << 27);
    }

    public static int kind(long r) { return (int) (r >>> 56); }

    public static int first(long r) { return (int) ((r >>> 27) & ((1 << 27) - 1)); }

    public static int second(long r) { return (int) (r & ((1 << 27) - 1)); }

    public static String why(char[] c, int s, int e) { return "not a date"; }

    public static String iso(int d) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
    }
}
