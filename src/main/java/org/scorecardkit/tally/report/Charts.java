package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.render.pdf.PdfText;

/**
 * Lays out the report's charts as plain geometry, in whole points, so the HTML template (as SVG)
 * and the PDF report (as vectors) draw the very same picture: horizontal bar charts, and the NPS
 * bar stacked from detractors to promoters.
 */
public final class Charts {
    /** Width of a chart; labels take the left part, bars the middle, values the right. */
    public static final int WIDTH = 640;
    public static final int LABEL = 190;
    public static final int BAR = 290;
    public static final int ROW = 22;
    public static final int STACK_HEIGHT = 34;
    /** The labels' type size in the report PDF (the SVG's 12 px is about the same) and the room they have. */
    public static final float LABEL_SIZE = 11.05f;
    /**
     * The room a label has, measured in the PDF's font: the SVG draws the same label about 9% wider (12 px
     * against 11.05 pt), so the room is that much less than the column, less a gap before the bar.
     */
    private static final float LABEL_ROOM = LABEL - 26;
    /** The room of a label written across the whole chart (above its bar), by the same measure. */
    public static final float LINE_ROOM = WIDTH * 11.05f / 12 - 10;

    private Charts() {
    }

    /**
     * One value to chart: its label, the value that sets the bar's length, the text written after it,
     * and optionally a value to compare with, drawn as a marker (NaN for none).
     */
    public record Value(String label, double value, String text, boolean small, double compare) {
        public Value(String label, double value, String text, boolean small) {
            this(label, value, text, small, Double.NaN);
        }
    }

    /**
     * A horizontal bar chart.
     *
     * @param height the chart's height in points
     */
    public record Bars(String title, String caption, List<Bar> bars, int height) {
        public boolean empty() {
            return bars.isEmpty();
        }

        /** The chart in words, for screen readers: its title, then each bar's label and value. */
        public String alt() {
            StringBuilder s = new StringBuilder(title.isEmpty() ? "Bar chart" : title).append(". ");
            for (Bar bar : bars) {
                s.append(bar.label()).append(": ").append(bar.text()).append(". ");
            }
            return s.toString().strip();
        }
    }

    /**
     * One bar: row position {@code y}, length {@code width} (0…{@link #BAR}); {@code small} marks a
     * small n; {@code marker} is where a comparison value (the group's mean) lies, or -1.
     */
    public record Bar(String label, String text, int y, int width, boolean small, int marker) {
    }

    /** The NPS bar: segments from left to right, each with its share. */
    public record Stack(List<Segment> segments) {
    }

    /** @param css the segment's class: detractors, passives or promoters */
    public record Segment(String label, String text, int x, int width, String css) {
    }

    /** Bars scaled so that {@code max} fills the bar area; values are clipped at 0. */
    public static Bars bars(String title, String caption, List<Value> values, double max) {
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Value v : values) {
            int marker = Double.isNaN(v.compare()) ? -1 : length(v.compare(), max);
            bars.add(new Bar(fit(v.label()), v.text(), y, length(v.value(), max), v.small(), marker));
            y += ROW;
        }
        return new Bars(title, caption, bars, y);
    }

    /**
     * A label short enough for the label column ({@link #LABEL} wide, less the gap before the bar), as
     * measured in the report PDF's font, which is wider than most: a longer one, such as a respondent's
     * 5,000-character group name, ends in "…" instead of running off the chart; the tables beside the
     * charts have it whole.
     */
    static String fit(String label) {
        return fit(label, LABEL_ROOM);
    }

    /** A label cut with "…" to {@code room} points of the report PDF's font at {@link #LABEL_SIZE}. */
    public static String fit(String label, float room) {
        if (PdfText.width(label, false, LABEL_SIZE) <= room) {
            return label;
        }
        // No label of more than 100 characters fits, so the search starts from there.
        String s = label.codePointCount(0, label.length()) > 100 ? label.substring(0, label.offsetByCodePoints(0, 100)) : label;
        while (s.length() > 1 && PdfText.width(s + "…", false, LABEL_SIZE) > room) {
            s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
        }
        return s + "…";
    }

    private static int length(double value, double max) {
        double fraction = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
        return (int) Math.round(fraction * BAR);
    }

    /**
     * Bars of values on a scale of points from {@code min} to {@code max} (e.g. item means on 1–5): each
     * point is one equal step of the bar, so the lowest point fills the first step (a rating of 1 of 5 is
     * a fifth of the bar, never an empty bar) and the highest fills it all.
     */
    public static Bars onScale(String title, String caption, List<Value> values, double min, double max) {
        List<Value> shifted = values.stream()
                .map(v -> new Value(v.label(), v.value() - min + 1, v.text(), v.small(), v.compare() - min + 1)).toList();
        return bars(title, caption, shifted, max - min + 1);
    }

    /** The stacked NPS bar of three percentages. */
    public static Stack stack(double detractors, double passives, double promoters, String[] texts) {
        int d = (int) Math.round(detractors / 100 * WIDTH);
        int p = (int) Math.round(passives / 100 * WIDTH);
        int total = detractors + passives + promoters == 0 ? 0 : WIDTH;
        List<Segment> segments = List.of(
                new Segment("Detractors", texts[0], 0, d, "detractors"),
                new Segment("Passives", texts[1], d, p, "passives"),
                new Segment("Promoters", texts[2], d + p, Math.max(0, total - d - p), "promoters"));
        return new Stack(segments);
    }
}
