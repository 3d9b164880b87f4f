package org.scorecardkit.tally.check;

import static org.scorecardkit.tally.check.DateReading.EXACT;
import static org.scorecardkit.tally.check.DateReading.digit;
import static org.scorecardkit.tally.check.DateReading.digitsEnd;
import static org.scorecardkit.tally.check.DateReading.fail;
import static org.scorecardkit.tally.check.DateReading.number;
import static org.scorecardkit.tally.check.DateTail.spaces;

/**
 * Reads dates written with an English month name ({@code 5 Mar 2026}, {@code 05-Mar-26},
 * {@code March 5, 2026}, {@code Thu, 05 Mar 2026 10:15:03 GMT}): the name says which number is
 * the day, so each is an exact date or unreadable.
 */
final class DateWords {
    static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

    private DateWords() {
    }

    /** A date that starts with a letter: an optional weekday, then a month name or a date in digits. */
    static long read(char[] c, int s, int e) {
        int w = lettersEnd(c, s, e);
        if (w == s) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        if (name(c, s, w, WEEKDAYS) > 0) {
            int i = w < e && c[w] == '.' ? w + 1 : w;
            i = i < e && c[i] == ',' ? i + 1 : i;
            int k = spaces(c, i, e);
            return k == i || k == e || !digit(c[k]) && !letter(c[k]) ? fail(DateWhy.NOT_A_DATE, 0, 0)
                    : DateReading.read(c, k, e);
        }
        int m = name(c, s, w, MONTHS);
        return m == 0 ? fail(DateWhy.NOT_A_DATE, 0, 0) : monthFirst(c, m, w, e);
    }

    /** After a month's name ending at {@code i}: {@code  5, 2026}, {@code  5 2026}, {@code -05-2026}. */
    private static long monthFirst(char[] c, int m, int i, int e) {
        i = i < e && c[i] == '.' ? i + 1 : i;
        if (i == e) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        char sep = c[i];
        int d = sep == ' ' ? spaces(c, i, e) : sep == '-' || sep == '/' ? i + 1 : i;
        int de = digitsEnd(c, d, e);
        if (d == i || de - d < 1 || de - d > 2) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        return yearAndTime(c, number(c, d, de), m, ordinal(c, de, e), sep, e);
    }

    /** After a day's digits c[s,i): an optional ordinal, a separator, a month's name, a year. */
    static long dayFirst(char[] c, int s, int i, int e) {
        int day = number(c, s, i);
        i = ordinal(c, i, e);
        if (i == e) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        char sep = c[i];
        int n = sep == ' ' ? spaces(c, i, e) : sep == '-' || sep == '/' ? i + 1 : i;
        int w = lettersEnd(c, n, e);
        if (n == i || w == n) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        int m = name(c, n, w, MONTHS);
        if (m == 0) {
            // Counted from the end, which a leading weekday does not move.
            return fail(DateWhy.MONTH_NAME, e - n, w - n);
        }
        return yearAndTime(c, day, m, w < e && c[w] == '.' ? w + 1 : w, sep, e);
    }

    /**
     * The year after the day and month, then the time: after a space the year follows spaces and
     * perhaps a comma ({@code March 5, 2026}); after a hyphen or slash, the same separator again.
     */
    private static long yearAndTime(char[] c, int day, int month, int i, char sep, int e) {
        if (i == e) {
            return fail(DateWhy.NO_YEAR, 0, 0);
        }
        int y;
        if (sep == ' ') {
            int k = c[i] == ',' ? i + 1 : i;
            int ys = spaces(c, k, e);
            if (ys == i) {
                return fail(DateWhy.NOT_A_DATE, 0, 0);
            }
            i = ys - 1;
        } else if (c[i] != sep) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        long year = DateReading.year(c, i, e);
        y = (int) year;
        if (y <= 0) {
            return fail(y == 0 ? DateWhy.NO_YEAR : DateWhy.YEAR_DIGITS, 0, 0);
        }
        int tail = DateTail.read(c, (int) (year >>> 32), e, false);
        return tail != 0 ? fail(tail, 0, 0) : DateReading.date(EXACT, y, month, day);
    }

    /** Skips an ordinal suffix ({@code st}, {@code nd}, {@code rd}, {@code th}) at {@code i}. */
    private static int ordinal(char[] c, int i, int e) {
        if (i + 2 > e || i + 2 < e && letter(c[i + 2])) {
            return i;
        }
        char a = (char) (c[i] | 0x20);
        char b = (char) (c[i + 1] | 0x20);
        boolean suffix = a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
        return suffix ? i + 2 : i;
    }

    /** 1-based index of the name c[s,w) is, in full or by its first three letters (or "Sept"), any case; else 0. */
    static int name(char[] c, int s, int w, String[] names) {
        int n = w - s;
        for (int k = 0; k < names.length; k++) {
            String full = names[k];
            boolean length = n == 3 || n == full.length() || n == 4 && full.startsWith("sept");
            if (length && n <= full.length() && matches(c, s, full, n)) {
                return k + 1;
            }
        }
        return 0;
    }

    private static boolean matches(char[] c, int s, String lower, int n) {
        for (int i = 0; i < n; i++) {
            if ((c[s + i] | 0x20) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean letter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
    }

    private static int lettersEnd(char[] c, int i, int e) {
        while (i < e && letter(c[i])) {
            i++;
        }
        return i;
    }
}
