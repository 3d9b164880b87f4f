package org.scorecardkit.tally.check;

/** Whole numbers read from characters without making a string, as spreadsheets write them ("4", "+4", "4.0"). */
final class Numbers {
    /** Returned for anything that is not a whole number. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private Numbers() {
    }

    /** The whole number written in c[s, e), or NOT_A_NUMBER; a fraction of zeros ("4.0", "4,00") is allowed. */
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
}
