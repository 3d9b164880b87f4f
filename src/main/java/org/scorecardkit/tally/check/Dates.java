package org.scorecardkit.tally.check;

/** Checks a date written YYYY-MM-DD, straight from characters: a real calendar day, leap years included. */
final class Dates {
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Dates() {
    }

    static boolean valid(char[] c, int s, int e) {
        if (e - s != 10 || c[s + 4] != '-' || c[s + 7] != '-') {
            return false;
        }
        int year = digits(c, s, 4);
        int month = digits(c, s + 5, 2);
        int day = digits(c, s + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
            return false;
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month != 2 || day <= 28 || leap;
    }

    private static int digits(char[] c, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return -1;
            }
            v = v * 10 + (c[i] - '0');
        }
        return v;
    }
}
