package org.scorecardkit.tally.check;

/** Whole numbers read from characters without making a string, as spreadsheets write them ("4", "+4", "4.0", "4,00"). */
final class Numbers {
    /** Returned for anything that is not a whole number. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private Numbers() {
    }

    /**
     * The whole number written in c[s, e), or NOT_A_NUMBER; a fraction of zeros ("4.0", "4,00") is
     * allowed. Kept this small on purpose: it is inlined into the decoding of every rating cell, and
     * {@link #fraction} tells the rarer numbers that are not whole apart only once this one failed.
     */
    static long wholeNumber(char[] c, int s, int e) {
        int i = s;
        boolean negative = false;
        if (i < e && (c[i] == '-' || c[i] == '+')) {
            negative = c[i] == '-';
            i++;
        }
        int digits = 0;
        long v = 0;
        while (i < e && c[i] >= '0' && c[i] <= '9' && digits < 18) {
            v = v * 10 + (c[i++] - '0');
            digits++;
        }
        if (digits == 0) {
            return NOT_A_NUMBER;
        }
        if (i < e && (c[i] == '.' || c[i] == ',')) {
            // Spreadsheets in some locales write a decimal comma.
            i++;
            while (i < e && c[i] == '0') {
                i++;
            }
        }
        return i == e ? (negative ? -v : v) : NOT_A_NUMBER;
    }

    /** Whether c[s, e) is a number with a fraction ("3.5", "-0,25", "3.50"), whole or not. */
    static boolean fraction(char[] c, int s, int e) {
        int i = s < e && (c[s] == '-' || c[s] == '+') ? s + 1 : s;
        int point = -1;
        for (int k = i; k < e; k++) {
            if ((c[k] == '.' || c[k] == ',') && point < 0 && k > i) {
                point = k;
            } else if (c[k] < '0' || c[k] > '9') {
                return false;
            }
        }
        return point > 0 && point < e - 1;
    }
}
