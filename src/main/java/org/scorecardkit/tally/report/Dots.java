package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out paired dots, one row per item, in whole points for the SVG and the PDF: the mean before
 * (a hollow dot) and after (a filled dot) on the item's scale, joined by a line, with the mean
 * change written after them.
 */
public final class Dots {
    public static final int AXIS = 18;
    public static final int ROW = 40;
    /** The dots' line lies this far below a row's top; the label is above it. */
    public static final int LINE = 28;
    public static final int RADIUS = 6;
    /** The plot runs from LEFT to LEFT + PLOT; the change is written after it. */
    public static final int LEFT = 10;
    public static final int PLOT = 500;

    private Dots() {
    }

    /** @param alt the chart in words, for screen readers and as the SVG's title */
    public record Chart(String title, String caption, String alt, List<Row> rows, List<Centered.Tick> ticks, int height) {
        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** One item: the x of the dots before and after (-1 when there is no pair) and the change as written. */
    public record Row(String label, String text, int y, int before, int after, boolean small) {
        public boolean paired() {
            return before >= 0 && after >= 0;
        }
    }

    /** An item's mean before and after (null without pairs). */
    public record Value(String label, Double before, Double after, String text, boolean small) {
    }

    /** Dots on a scale from {@code min} to {@code max}, ticks at every whole point. */
    public static Chart of(String title, String caption, List<Value> values, double min, double max) {
        List<Centered.Tick> ticks = new ArrayList<>();
        for (double t = min; t <= max + 1e-9; t += Math.max(1, Math.round((max - min) / 10))) {
            ticks.add(new Centered.Tick(Figures.fixed(t, 0), x(t, min, max)));
        }
        List<Row> rows = new ArrayList<>();
        StringBuilder alt = new StringBuilder(title).append(". ");
        int y = AXIS;
        for (Value v : values) {
            boolean both = v.before() != null && v.after() != null;
            rows.add(new Row(Charts.fit(v.label(), Charts.LINE_ROOM), v.text(), y,
                    both ? x(v.before(), min, max) : -1, both ? x(v.after(), min, max) : -1, v.small()));
            alt.append(v.label()).append(": before ").append(Figures.mean(v.before())).append(", after ")
                    .append(Figures.mean(v.after())).append(", ").append(v.text()).append(". ");
            y += ROW;
        }
        return new Chart(title, caption, alt.toString().strip(), rows, ticks, y);
    }

    static int x(double value, double min, double max) {
        double f = max == min ? 0 : Math.max(0, Math.min(1, (value - min) / (max - min)));
        return LEFT + (int) Math.round(f * PLOT);
    }
}
