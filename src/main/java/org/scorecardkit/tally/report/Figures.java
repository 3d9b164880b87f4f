package org.scorecardkit.tally.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The report's one rule for writing numbers, by kind of figure, shared by the HTML and PDF reports:
 * means and other scores with 2 decimals, percentages with 1, NPS as a whole number (1 decimal in
 * tables), counts whole; thousands separated by commas, a true minus sign, halves rounded up, and
 * "–" for a figure that does not exist.
 */
public final class Figures {
    /** What a figure that cannot be computed (no answers) is written as. */
    public static final String NONE = "–";
    private static final char MINUS = '\u2212';

    private Figures() {
    }

    /** A mean, a median, a standard deviation or a score: 2 decimals ("4.00", "3.55"). */
    public static String mean(Double value) {
        return fixed(value, 2);
    }

    /** A percentage with its sign: 1 decimal ("38.0%"). */
    public static String percent(Double value) {
        return value == null ? NONE : fixed(value, 1) + "%";
    }

    /** The share {@code part} of {@code total} as a percentage, or "–" of nothing. */
    public static String percent(long part, long total) {
        return total == 0 ? NONE : percent(100.0 * part / total);
    }

    /** An NPS in a headline or a chart: a whole number ("−23"). */
    public static String nps(Double value) {
        return fixed(value, 0);
    }

    /** An NPS in a table: 1 decimal ("−23.1"). */
    public static String npsTable(Double value) {
        return fixed(value, 1);
    }

    /** A correlation or a reliability coefficient: 2 decimals ("0.83"). */
    public static String coefficient(Double value) {
        return fixed(value, 2);
    }

    /** A count: whole, with thousands separators ("1,234"). */
    public static String count(long value) {
        return fixed((double) value, 0);
    }

    /** A change: signed, with {@code decimals} places ("+0.40", "−0.25", "0.00"). */
    public static String change(Double value, int decimals) {
        String s = fixed(value, decimals);
        return value == null || s.charAt(0) == MINUS || isZero(s) ? s : "+" + s;
    }

    /** An interval "low to high", both ends written by {@code kind} ("−45 to −1"). */
    public static String interval(Double low, Double high, java.util.function.Function<Double, String> kind) {
        return low == null || high == null ? NONE : kind.apply(low) + " to " + kind.apply(high);
    }

    /** A number with exactly {@code decimals} places, rounded half up; never "−0". */
    public static String fixed(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NONE;
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        if (d.signum() == 0) {
            d = d.abs();
        }
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", d);
        return s.charAt(0) == '-' ? MINUS + s.substring(1) : s;
    }

    private static boolean isZero(String s) {
        return s.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
    }
}
