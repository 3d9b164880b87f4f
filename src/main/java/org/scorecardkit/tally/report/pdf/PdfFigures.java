package org.scorecardkit.tally.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The report PDF's one rule for writing figures: means with 2 decimals, percentages with 1, NPS as a
 * whole number (1 decimal in tables), counts with thousands separators; a missing figure is "–".
 * Every figure of the PDF is written here, so switching to the HTML report's shared formatter is a
 * change of this class alone.
 */
final class PdfFigures {
    static final String NONE = "–";

    private PdfFigures() {
    }

    static String mean(Double v) {
        return fixed(v, 2);
    }

    static String percent(Double v) {
        return v == null ? NONE : fixed(v, 1) + "%";
    }

    /** An NPS in running text and on charts: a whole number, with a true minus sign. */
    static String nps(Double v) {
        return fixed(v, 0);
    }

    /** An NPS in a table: one decimal. */
    static String npsExact(Double v) {
        return fixed(v, 1);
    }

    static String count(long n) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(n);
    }

    /** A number with exactly {@code decimals} decimals, rounded half up, "−" for negatives, "–" for none. */
    static String fixed(Double v, int decimals) {
        if (v == null || v.isNaN()) {
            return NONE;
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        String digits = f.format(d.abs());
        return d.signum() < 0 ? "−" + digits : digits;
    }

    /** A signed change: "+0.40", "−1.25", "0.00". */
    static String change(Double v) {
        if (v == null) {
            return NONE;
        }
        String s = fixed(v, 2);
        return v > 0 && !s.equals("0.00") ? "+" + s : s;
    }
}
