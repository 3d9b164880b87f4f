package org.scorecardkit.tally.check;

/**
 * Reads a date as people and spreadsheets write it, straight from characters, into a packed
 * {@code long}: the kind of reading and one or two calendar days as {@code yyyymmdd} ints.
 *
 * <p>{@link #EXACT}: the order is not in doubt: ISO {@code 2026-03-05} or {@code 2026-3-5} with or
 * without a time ({@code T10:15:03}, {@code  10:15}, {@code .123}) and zone ({@code Z},
 * {@code +01:00}, {@code +0100}); {@code yyyy/m/d} with a time, {@code AM}/{@code PM} and
 * {@code GMT+1}, {@code GMT-05:00} or {@code UTC} (Google Forms); {@code d.m.yyyy} and
 * {@code d.m.yy} (dots are day first wherever they are used); English month names or their
 * three-letter abbreviations in any case ({@code 5 Mar 2026}, {@code March 5, 2026},
 * {@code 05-Mar-26}), optionally after a weekday; a day and month written alike ({@code 5/5/2026});
 * and Excel date serials ({@code 46001}, {@code 46001.4270833} with the time as a fraction) in the
 * 1900 date system, 1 (1900-01-01) to 2958465 (9999-12-31), where 60 is Excel's 29 February 1900,
 * which was no day.
 *
 * <p>{@code d/m/yyyy}, {@code m/d/yyyy}, {@code d-m-yyyy} and their two-digit years, with or without a
 * time: {@link #AMBIGUOUS} when either order gives a real day, {@link #DAY_FIRST} or
 * {@link #MONTH_FIRST} when only one does (a number above 12 can only be the day).
 *
 * <p>Two-digit years 00 to 69 are 2000 to 2069, 70 to 99 are 1970 to 1999. Four-digit years are
 * 1000 to 9999. Only real calendar days are read (1900 is no leap year, 2000 is). Anything else is
 * {@link #UNREADABLE}, and {@link #why} says why. Reading allocates nothing.
 */
public final class DateReading {
    public static final int EXACT = 1, AMBIGUOUS = 2, DAY_FIRST = 3, MONTH_FIRST = 4, UNREADABLE = 5;

    /** Layout of the result: reason (7 bits) | kind (3 bits) | first (27 bits) | second (27 bits). */
    private static final int FIRST_SHIFT = 27, KIND_SHIFT = 54, REASON_SHIFT = 57;
    private static final int MASK = (1 << 27) - 1;
    private static final int LAST_SERIAL = 2_958_465;
    /** Excel counts 1900-02-29, which was no day: serials after it are one day later than their count. */
    private static final int EXCEL_LEAP_BUG = 60;
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private DateReading() {
    }

    /** Reads c[s,e) (already trimmed). Returns a packed long: kind, first date, second date. */
    public static long read(char[] c, int s, int e) {
        if (s >= e) {
            return fail(DateWhy.BLANK, 0, 0);
        }
        // The common case first: YYYY-MM-DD, without the general scanner.
        if (e - s == 10 && c[s + 4] == '-' && c[s + 7] == '-') {
            int y = number(c, s, s + 4);
            int m = number(c, s + 5, s + 7);
            int d = number(c, s + 8, s + 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return y < 1000 ? fail(DateWhy.YEAR_DIGITS, 0, 0) : date(EXACT, y, m, d);
            }
        }
        return digit(c[s]) ? numeric(c, s, e) : DateWords.read(c, s, e);
    }

    /** The kind of a reading: EXACT, AMBIGUOUS, DAY_FIRST, MONTH_FIRST or UNREADABLE. */
    public static int kind(long r) {
        return (int) (r >>> KIND_SHIFT) & 7;
    }

    /** yyyymmdd as an int, e.g. 20260305: EXACT's date, AMBIGUOUS's day-first reading, DAY_FIRST's or MONTH_FIRST's only reading; 0 for UNREADABLE. */
    public static int first(long r) {
        return kind(r) == UNREADABLE ? 0 : detail(r);
    }

    /** AMBIGUOUS's month-first reading (yyyymmdd); 0 otherwise. */
    public static int second(long r) {
        return kind(r) == AMBIGUOUS ? (int) r & MASK : 0;
    }

    /**
     * For UNREADABLE: a short reason for people ("13th month", "not a date", "31 April is no day", ...);
     * null when c[s,e) is a readable date.
     */
    public static String why(char[] c, int s, int e) {
        long r = read(c, s, e);
        return kind(r) == UNREADABLE ? DateWhy.text((int) (r >>> REASON_SHIFT), detail(r), (int) r & MASK, c, e) : null;
    }

    /** yyyymmdd int → "2026-03-05". */
    public static String iso(int yyyymmdd) {
        int y = yyyymmdd / 10000;
        int m = yyyymmdd / 100 % 100;
        int d = yyyymmdd % 100;
        return new String(new char[] {(char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10),
            (char) ('0' + y % 10), '-', (char) ('0' + m / 10), (char) ('0' + m % 10), '-', (char) ('0' + d / 10),
            (char) ('0' + d % 10)});
    }

    /** A date starting with digits: a serial, year first, dotted, slashed, or a day before a month's name. */
    private static long numeric(char[] c, int s, int e) {
        int i = digitsEnd(c, s, e);
        if (i == e || (c[i] == '.' || c[i] == ',') && i + 1 < e && digitsEnd(c, i + 1, e) == e) {
            return serial(c, s, i);
        }
        int n = i - s;
        char sep = c[i];
        if (sep == ':') {
            return fail(DateWhy.TIME_ONLY, 0, 0);
        }
        if (n == 4 && (sep == '-' || sep == '/' || sep == '.')) {
            return yearFirst(c, s, i, e);
        }
        if (n > 2) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        if (sep == '.' && i + 1 < e && digit(c[i + 1])) {
            return dotted(c, s, i, e);
        }
        if ((sep == '/' || sep == '-') && i + 1 < e && digit(c[i + 1])) {
            return slashed(c, s, i, e);
        }
        return DateWords.dayFirst(c, s, i, e);
    }

    private static long serial(char[] c, int s, int i) {
        int n = i - s > 7 ? -1 : number(c, s, i);
        if (n < 1 || n > LAST_SERIAL) {
            return fail(DateWhy.SERIAL_RANGE, 0, 0);
        }
        if (n == EXCEL_LEAP_BUG) {
            return fail(DateWhy.SERIAL_60, 0, 0);
        }
        // Serial 25569 is 1970-01-01, day 0 of the epoch; before Excel's phantom day, one day less.
        return of(EXACT, civil(n - (n < EXCEL_LEAP_BUG ? 25568 : 25569)), 0);
    }

    /** yyyy-m-d, yyyy/m/d or yyyy.m.d, the separator the same twice, then an optional time. */
    private static long yearFirst(char[] c, int s, int i, int e) {
        char sep = c[i];
        int m = i + 1;
        int me = digitsEnd(c, m, e);
        if (me - m < 1 || me - m > 2 || me == e || c[me] != sep) {
            return fail(me == e && me > m ? DateWhy.NO_DAY_WRITTEN : DateWhy.NOT_A_DATE, 0, 0);
        }
        int d = me + 1;
        int de = digitsEnd(c, d, e);
        if (de - d < 1 || de - d > 2) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        int y = number(c, s, i);
        if (y < 1000) {
            return fail(DateWhy.YEAR_DIGITS, 0, 0);
        }
        int tail = DateTail.read(c, de, e, true);
        return tail != 0 ? fail(tail, 0, 0) : date(EXACT, y, number(c, m, me), number(c, d, de));
    }

    /** d.m.yyyy or d.m.yy: day first, as everywhere dots are used. */
    private static long dotted(char[] c, int s, int i, int e) {
        int m = i + 1;
        int me = digitsEnd(c, m, e);
        if (me - m > 2 || me < e && c[me] != '.') {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        long year = year(c, me, e);
        int y = (int) year;
        if (y <= 0) {
            return fail(y == 0 ? DateWhy.NO_YEAR : DateWhy.YEAR_DIGITS, 0, 0);
        }
        int tail = DateTail.read(c, (int) (year >>> 32), e, false);
        return tail != 0 ? fail(tail, 0, 0) : date(EXACT, y, number(c, m, me), number(c, s, i));
    }

    /** a/b/y or a-b-y: which of a and b is the day is settled by which readings are real days. */
    private static long slashed(char[] c, int s, int i, int e) {
        char sep = c[i];
        int b = i + 1;
        int be = digitsEnd(c, b, e);
        if (be - b > 2 || be < e && c[be] != sep) {
            return fail(DateWhy.NOT_A_DATE, 0, 0);
        }
        long year = year(c, be, e);
        int y = (int) year;
        if (y <= 0) {
            return fail(y == 0 ? DateWhy.NO_YEAR : DateWhy.YEAR_DIGITS, 0, 0);
        }
        int tail = DateTail.read(c, (int) (year >>> 32), e, false);
        if (tail != 0) {
            return fail(tail, 0, 0);
        }
        return order(y, number(c, s, i), number(c, b, be));
    }

    private static long order(int y, int a, int b) {
        long dayFirst = date(DAY_FIRST, y, b, a);
        long monthFirst = date(MONTH_FIRST, y, a, b);
        boolean df = kind(dayFirst) != UNREADABLE;
        boolean mf = kind(monthFirst) != UNREADABLE;
        if (df && mf) {
            return a == b ? of(EXACT, detail(dayFirst), 0) : of(AMBIGUOUS, detail(dayFirst), detail(monthFirst));
        }
        if (df || mf) {
            return df ? dayFirst : monthFirst;
        }
        if (a > 12 && b > 12) {
            return fail(DateWhy.BOTH_ABOVE_12, a, b);
        }
        return b > 12 ? monthFirst : dayFirst;
    }

    /**
     * After a separator at {@code i}: a year of four or two digits. Returns its end index in the high
     * half and the year in the low half: 0 when no year is written, -1 when it is not 2 or 4 digits.
     */
    static long year(char[] c, int i, int e) {
        if (i >= e - 1) {
            return 0;
        }
        int ye = digitsEnd(c, i + 1, e);
        int v = ye - i - 1 == 4 ? number(c, i + 1, ye) : ye - i - 1 == 2 ? twoDigitYear(number(c, i + 1, ye)) : -1;
        return (long) ye << 32 | (v < 1000 ? -1 : v) & 0xFFFFFFFFL;
    }

    static int twoDigitYear(int yy) {
        return yy < 70 ? 2000 + yy : 1900 + yy;
    }

    /** The date as {@code kind} when it is a real calendar day, else why not. */
    static long date(int kind, int y, int m, int d) {
        int ymd = y * 10000 + m * 100 + d;
        if (m < 1 || m > 12) {
            return fail(DateWhy.NO_MONTH, ymd, 0);
        }
        boolean leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        if (d < 1 || d > DAYS[m - 1] || m == 2 && d == 29 && !leap) {
            return fail(DateWhy.NO_DAY, ymd, 0);
        }
        return of(kind, ymd, 0);
    }

    /** The civil date of a day counted from 1970-01-01 (H. Hinnant's algorithm), as yyyymmdd. */
    private static int civil(int epochDay) {
        int z = epochDay + 719_468;
        int era = (z >= 0 ? z : z - 146_096) / 146_097;
        int doe = z - era * 146_097;
        int yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int mp = (5 * doy + 2) / 153;
        int d = doy - (153 * mp + 2) / 5 + 1;
        int m = mp < 10 ? mp + 3 : mp - 9;
        int y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return y * 10000 + m * 100 + d;
    }

    static long of(int kind, int first, int second) {
        return (long) kind << KIND_SHIFT | (long) first << FIRST_SHIFT | second;
    }

    static long fail(int reason, int detail1, int detail2) {
        return (long) reason << REASON_SHIFT | (long) UNREADABLE << KIND_SHIFT
                | (long) (detail1 & MASK) << FIRST_SHIFT | detail2 & MASK;
    }

    private static int detail(long r) {
        return (int) (r >>> FIRST_SHIFT) & MASK;
    }

    static boolean digit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    static int digitsEnd(char[] c, int i, int e) {
        while (i < e && digit(c[i])) {
            i++;
        }
        return i;
    }

    /** The value of c[s,e) as digits, or -1 when one is not a digit. */
    static int number(char[] c, int s, int e) {
        int v = 0;
        for (int i = s; i < e; i++) {
            if (!digit(c[i])) {
                return -1;
            }
            v = v * 10 + (c[i] - '0');
        }
        return v;
    }
}
