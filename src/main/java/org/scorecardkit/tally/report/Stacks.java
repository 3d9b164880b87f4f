package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Scale;

/**
 * Lays out stacked bars of answer counts, one row per item, in whole points for the SVG and the PDF:
 * rating items as diverging bars (the answers below the scale's middle to the left of a centre line,
 * those above to the right, the middle point split across it), check items as Yes | Partly | No bars
 * of 100%. Each row has its label above its bar.
 */
public final class Stacks {
    /** A row: the label line, then the bar. */
    public static final int ROW = 46;
    public static final int BAR_TOP = 20;
    public static final int BAR_HEIGHT = 18;
    /** The bars' area runs from 0 to PLOT; the row's n is written after it. */
    public static final int PLOT = 570;
    /** A count is written inside its piece when the piece is at least this wide. */
    public static final int COUNT_ROOM = 16;
    private static final String[] CHECK_FILLS = {"#1a7f37", "#d4a72c", "#8c959f"};
    private static final String[] CHECK_INKS = {"#ffffff", "#1b1f24", "#1b1f24"};

    private Stacks() {
    }

    /**
     * A stacked-bar chart; {@code centre} is the x of the diverging bars' centre line, or -1.
     *
     * @param alt the chart in words, for screen readers and as the SVG's title
     */
    public record Chart(String title, String caption, String alt, List<Key> legend, List<Row> rows, int centre, int height) {
        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** A legend entry: a category (a scale point with its label, or Yes/Partly/No) and its colour. */
    public record Key(String label, String fill) {
    }

    /** One item's bar: {@code y} is the row's top; {@code small} marks fewer answers than the warning threshold. */
    public record Row(String label, String text, int y, boolean small, List<Piece> pieces) {
    }

    /**
     * One category's piece of a bar; {@code width} 0 when nobody chose it (not drawn).
     *
     * @param ink the colour of the count written on the piece
     */
    public record Piece(String category, long count, int x, int width, String fill, String ink) {
        /** Whether the count fits inside the piece. */
        public boolean labelled() {
            return width >= COUNT_ROOM;
        }
    }

    /** An item to chart: its label, its answers' counts in category order, and whether its n is small. */
    public record Line(String label, long[] counts, boolean small) {
    }

    /** Diverging bars of a rating scale's answers: each respondent is an equal share of half the plot. */
    public static Chart diverging(String title, String caption, List<Line> lines, Scale scale) {
        int points = scale.max() - scale.min() + 1;
        String[] fills = new String[points];
        List<Key> legend = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            fills[p] = divergingFill(p, points);
            String label = scale.label(scale.min() + p);
            legend.add(new Key((scale.min() + p) + (label == null ? "" : " " + label), fills[p]));
        }
        int centre = PLOT / 2;
        List<Row> rows = new ArrayList<>();
        int y = 0;
        for (Line line : lines) {
            long n = sum(line.counts());
            double below = 0;
            for (int p = 0; p < points / 2; p++) {
                below += line.counts()[p];
            }
            if (points % 2 == 1) {
                below += line.counts()[points / 2] / 2.0;
            }
            double start = n == 0 ? centre : centre - below / n * centre;
            rows.add(row(line, y, n, start, centre, categories(scale), fills, inks(fills)));
            y += ROW;
        }
        return new Chart(title, caption, alt(title, lines, categories(scale)), legend, rows, centre, y);
    }

    /** Bars of Yes, Partly and No from left to right, each 100% of the item's answers. */
    public static Chart checks(String title, String caption, List<Line> lines) {
        String[] names = {"Yes", "Partly", "No"};
        List<Key> legend = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            legend.add(new Key(names[c], CHECK_FILLS[c]));
        }
        List<Row> rows = new ArrayList<>();
        int y = 0;
        for (Line line : lines) {
            rows.add(row(line, y, sum(line.counts()), 0, PLOT, names, CHECK_FILLS, CHECK_INKS));
            y += ROW;
        }
        return new Chart(title, caption, alt(title, lines, names), legend, rows, -1, y);
    }

    /** One row: pieces laid side by side from {@code start}, the whole of n being {@code full} points wide. */
    private static Row row(Line line, int y, long n, double start, int full, String[] names, String[] fills, String[] inks) {
        List<Piece> pieces = new ArrayList<>();
        long seen = 0;
        int x = (int) Math.round(start);
        for (int c = 0; c < line.counts().length; c++) {
            seen += line.counts()[c];
            // Each edge is rounded from the running total, so the pieces meet without gaps and add up to the whole.
            int end = n == 0 ? x : (int) Math.round(start + (double) seen / n * full);
            pieces.add(new Piece(names[c], line.counts()[c], x, end - x, fills[c], inks[c]));
            x = end;
        }
        return new Row(Charts.fit(line.label(), Charts.LINE_ROOM), "n " + Figures.count(n), y, line.small(), pieces);
    }

    private static String[] categories(Scale scale) {
        String[] names = new String[scale.max() - scale.min() + 1];
        for (int p = 0; p < names.length; p++) {
            names[p] = Integer.toString(scale.min() + p);
        }
        return names;
    }

    /** The chart in words: each item with the count of every category. */
    private static String alt(String title, List<Line> lines, String[] names) {
        StringBuilder s = new StringBuilder(title).append(". ");
        for (Line line : lines) {
            s.append(line.label()).append(": ");
            for (int c = 0; c < names.length; c++) {
                s.append(c == 0 ? "" : ", ").append(names[c]).append(" ").append(Figures.count(line.counts()[c]));
            }
            s.append(". ");
        }
        return s.toString().strip();
    }

    /**
     * A colour from orange (the lowest point) through light grey (the middle) to blue (the highest),
     * readable in greyscale and by people who do not tell red from green.
     */
    static String divergingFill(int point, int points) {
        int[] low = {0xb3, 0x58, 0x06};
        int[] mid = {0xd9, 0xd9, 0xd9};
        int[] high = {0x21, 0x66, 0xac};
        double t = points == 1 ? 0.5 : (double) point / (points - 1);
        int[] from = t < 0.5 ? low : mid;
        int[] to = t < 0.5 ? mid : high;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        StringBuilder s = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            s.append(String.format("%02x", (int) Math.round(from[i] + (to[i] - from[i]) * u)));
        }
        return s.toString();
    }

    private static String[] inks(String[] fills) {
        String[] inks = new String[fills.length];
        for (int i = 0; i < fills.length; i++) {
            int r = Integer.parseInt(fills[i].substring(1, 3), 16);
            int g = Integer.parseInt(fills[i].substring(3, 5), 16);
            int b = Integer.parseInt(fills[i].substring(5, 7), 16);
            inks[i] = 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#1b1f24" : "#ffffff";
        }
        return inks;
    }

    private static long sum(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }
}
