package org.scorecardkit.tally.check;

import static org.scorecardkit.tally.check.DateReading.digit;
import static org.scorecardkit.tally.check.DateReading.digitsEnd;
import static org.scorecardkit.tally.check.DateReading.number;

/**
 * Checks the time that may follow a date: {@code 10:15}, {@code 10:15:03.123}, {@code 10:15:03 PM},
 * then a zone ({@code Z}, {@code +01:00}, {@code +0100}, {@code GMT+1}, {@code UTC}). Produces 0 when
 * the rest of the text is such a time (or nothing), else the reason it is not.
 */
final class DateTail {
    private DateTail() {
    }

    /**
     * Reads c[i,e) after a date.
     *
     * @param allowT whether the ISO separator {@code T} may stand between the date and the time
     */
    static int read(char[] c, int i, int e, boolean allowT) {
        if (i == e) {
            return 0;
        }
        int j = i;
        if (allowT && (c[j] == 'T' || c[j] == 't')) {
            j++;
        } else {
            if (c[j] == ',') {
                j++;
            }
            int k = spaces(c, j, e);
            if (k == j) {
                return DateWhy.TRAILING;
            }
            j = k;
        }
        return time(c, j, e);
    }

    private static int time(char[] c, int j, int e) {
        int he = digitsEnd(c, j, e);
        if (he - j < 1 || he - j > 2 || he == e || c[he] != ':' || !twoDigits(c, he + 1, e)) {
            return DateWhy.TRAILING;
        }
        int hour = number(c, j, he);
        int minute = number(c, he + 1, he + 3);
        int second = 0;
        j = he + 3;
        if (j < e && c[j] == ':') {
            if (!twoDigits(c, j + 1, e)) {
                return DateWhy.TRAILING;
            }
            second = number(c, j + 1, j + 3);
            j += 3;
            if (j + 1 < e && (c[j] == '.' || c[j] == ',') && digit(c[j + 1])) {
                j = digitsEnd(c, j + 1, e);
            }
        }
        int k = spaces(c, j, e);
        boolean twelveHour = k + 1 < e && isAmPm(c, k, e);
        if (twelveHour) {
            j = k + 2;
        }
        // A leap second (60) is a real time; 24:00 and 13:00 PM are not.
        if (minute > 59 || second > 60 || (twelveHour ? hour < 1 || hour > 12 : hour > 23)) {
            return DateWhy.BAD_TIME;
        }
        return zone(c, j, e);
    }

    private static boolean isAmPm(char[] c, int k, int e) {
        char a = (char) (c[k] | 0x20);
        return (a == 'a' || a == 'p') && (c[k + 1] | 0x20) == 'm' && (k + 2 == e || !DateWords.letter(c[k + 2]));
    }

    private static int zone(char[] c, int j, int e) {
        if (j == e) {
            return 0;
        }
        int k = spaces(c, j, e);
        if (k == e) {
            return DateWhy.TRAILING;
        }
        if ((c[k] == 'Z' || c[k] == 'z') && k + 1 == e) {
            return 0;
        }
        if (word(c, k, e, "gmt") || word(c, k, e, "utc")) {
            k += 3;
            if (k == e) {
                return 0;
            }
        }
        return c[k] == '+' || c[k] == '-' ? offset(c, k + 1, e) : DateWhy.TRAILING;
    }

    /** The hours and minutes after the sign: {@code 1}, {@code 01}, {@code 01:00} or {@code 0100}, ending the text. */
    private static int offset(char[] c, int k, int e) {
        int de = digitsEnd(c, k, e);
        int n = de - k;
        int hours;
        int minutes = 0;
        int end = de;
        if (n == 4) {
            hours = number(c, k, k + 2);
            minutes = number(c, k + 2, k + 4);
        } else if (n == 1 || n == 2) {
            hours = number(c, k, de);
            if (de < e && c[de] == ':' && twoDigits(c, de + 1, e)) {
                minutes = number(c, de + 1, de + 3);
                end = de + 3;
            }
        } else {
            return DateWhy.TRAILING;
        }
        if (end != e) {
            return DateWhy.TRAILING;
        }
        return hours > 14 || minutes > 59 ? DateWhy.BAD_TIME : 0;
    }

    private static boolean twoDigits(char[] c, int i, int e) {
        return i + 2 <= e && digit(c[i]) && digit(c[i + 1]) && (i + 2 == e || !digit(c[i + 2]));
    }

    private static boolean word(char[] c, int k, int e, String lower) {
        if (k + 3 > e) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if ((c[k + i] | 0x20) != lower.charAt(i)) {
                return false;
            }
        }
        return k + 3 == e || !DateWords.letter(c[k + 3]);
    }

    static int spaces(char[] c, int i, int e) {
        while (i < e && c[i] == ' ') {
            i++;
        }
        return i;
    }
}
