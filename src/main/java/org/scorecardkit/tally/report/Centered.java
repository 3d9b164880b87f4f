package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out bars that grow from a visible zero line, in whole points for the SVG and the PDF: a
 * negative value (an NPS of −23) lies to the left of zero, a positive one to the right, zero draws no
 * bar; a 95% interval, where there is one, is a whisker across the bar.
 */
public final class Centered {
    /** The label column ends at {@link Charts#LABEL}; the plot is {@link Charts#BAR} wide; the text follows. */
    public static final int AXIS = 20;
    public static final int ROW = 26;
    public static final int BAR_HEIGHT = 16;

    private Centered() {
    }

    /**
     * The chart: {@code zero} is the x of the zero line; the ticks mark the axis above the rows.
     *
     * @param alt the chart in words, for screen readers and as the SVG's title
     */
    public record Chart(String title, String caption, String alt, List<Row> rows, List<Tick> ticks, int zero, int height) {
        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** A tick on the axis: its value as written and its x. */
    public record Tick(String text, int x) {
    }

    /**
     * One bar from {@code x} to {@code x + width} (width 0: no bar); {@code low} and {@code high} are the
     * whisker's ends, or -1 without an interval; {@code y} is the row's top.
     */
    public record Row(String label, String text, int y, int x, int width, boolean negative, boolean small, int low, int high) {
        public boolean whisker() {
            return low >= 0;
        }
    }

    /** A value to chart; value, low and high may be null (no answers, no interval). */
    public record Value(String label, Double value, Double low, Double high, String text, boolean small) {
    }

    /** Bars on an axis from {@code min} to {@code max}, which must hold zero; ticks at {@code step}. */
    public static Chart of(String title, String caption, List<Value> values, double min, double max, double step) {
        int zero = x(0, min, max);
        List<Tick> ticks = new ArrayList<>();
        for (double t = min; t <= max + 1e-9; t += step) {
            ticks.add(new Tick(Figures.fixed(t, 0), x(t, min, max)));
        }
        List<Row> rows = new ArrayList<>();
        StringBuilder alt = new StringBuilder(title).append(". ");
        int y = AXIS;
        for (Value v : values) {
            int end = v.value() == null ? zero : x(v.value(), min, max);
            boolean whisker = v.low() != null && v.high() != null;
            rows.add(new Row(Charts.fit(v.label()), v.text(), y, Math.min(zero, end), Math.abs(end - zero), end < zero, v.small(),
                    whisker ? x(v.low(), min, max) : -1, whisker ? x(v.high(), min, max) : -1));
            alt.append(v.label()).append(": ").append(v.text()).append(". ");
            y += ROW;
        }
        return new Chart(title, caption, alt.toString().strip(), rows, ticks, zero, y);
    }

    /** The x of a value, clipped to the axis. */
    static int x(double value, double min, double max) {
        double f = Math.max(0, Math.min(1, (value - min) / (max - min)));
        return Charts.LABEL + (int) Math.round(f * Charts.BAR);
    }
}
