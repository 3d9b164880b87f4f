package org.scorecardkit.tally.check;

/**
 * The reasons a date can't be read, as the codes {@link DateReading} packs into its result and the
 * short texts {@link DateReading#why} gives people ("13th month", "31 April is no day").
 */
final class DateWhy {
    static final int NOT_A_DATE = 1;
    static final int BLANK = 2;
    static final int TIME_ONLY = 3;
    /** Detail: the date as written, y * 10000 + m * 100 + d. */
    static final int NO_MONTH = 4;
    /** Detail: the date as written, y * 10000 + m * 100 + d. */
    static final int NO_DAY = 5;
    static final int NO_YEAR = 6;
    static final int YEAR_DIGITS = 7;
    static final int SERIAL_60 = 8;
    static final int SERIAL_RANGE = 9;
    static final int BAD_TIME = 10;
    /** Details: where the word starts, counted back from the end of the text, and its length. */
    static final int MONTH_NAME = 11;
    static final int TRAILING = 12;
    /** Details: the two numbers. */
    static final int BOTH_ABOVE_12 = 13;
    static final int NO_DAY_WRITTEN = 14;

    private DateWhy() {
    }

    static String text(int reason, int detail1, int detail2, char[] c, int e) {
        int m = detail1 / 100 % 100;
        return switch (reason) {
            case BLANK -> "no date written";
            case TIME_ONLY -> "a time without a date";
            case NO_MONTH -> m == 0 ? "month 0" : ordinal(m) + " month";
            case NO_DAY -> noDay(detail1 / 10000, m, detail1 % 100);
            case NO_YEAR -> "no year";
            case NO_DAY_WRITTEN -> "no day";
            case YEAR_DIGITS -> "the year must be four digits (1000 to 9999) or two";
            case SERIAL_60 -> "Excel's day 60 is 29 February 1900, which was no day";
            case SERIAL_RANGE -> "a number, but not one of Excel's date serials (1 to 2958465)";
            case BAD_TIME -> "the time of day is no time";
            case MONTH_NAME -> "\"" + new String(c, e - detail1, detail2) + "\" is no English month name";
            case TRAILING -> "text after the date that is no time";
            case BOTH_ABOVE_12 -> detail1 + " and " + detail2 + " are both above 12, so neither is the month";
            default -> "not a date";
        };
    }

    private static String noDay(int y, int m, int d) {
        String month = DateWords.MONTHS[m - 1];
        String day = d + " " + Character.toUpperCase(month.charAt(0)) + month.substring(1);
        // Whether 29 February is a day depends on the year, so that one names it.
        return m == 2 && d == 29 ? day + " " + y + " is no day (" + y + " is no leap year)" : day + " is no day";
    }

    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
