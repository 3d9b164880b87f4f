package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.ScoreRange;

/**
 * Lays out the distribution of respondents' total scores on the score's axis, in whole points for the
 * SVG and the PDF: the bands shaded behind, one column per band whose width is the band's span and whose
 * height is its count (or, given counts per score, one column per score), and the mean as a line.
 */
public final class Distribution {
    public static final int LEFT = 20;
    public static final int PLOT = 600;
    /** The band names are written in the top strip; columns stand on the baseline; the axis is under it. */
    public static final int TOP = 22;
    public static final int BASE = 162;
    public static final int HEIGHT = 200;
    private static final String[] SHADES = {"#f6f8fa", "#eaeef2"};

    private Distribution() {
    }

    /**
     * @param meanX the x of the mean, or -1
     * @param alt the chart in words, for screen readers and as the SVG's title
     */
    public record Chart(String title, String caption, String alt, List<Zone> zones, List<Column> columns, List<Centered.Tick> ticks,
                        int meanX, String meanText, int height) {
        public boolean empty() {
            return columns.isEmpty();
        }
    }

    /** A band's shaded zone behind the columns, with its name. */
    public record Zone(String label, int x, int width, String fill) {
    }

    /** A column from {@code y} down to the baseline, with its count written above it. */
    public record Column(String text, int x, int width, int y, int height) {
    }

    /**
     * The chart of band counts (every band of the instrument, in order); {@code perScore} are the
     * respondents per score when known (then the columns are per score), else null.
     */
    public static Chart of(String title, String caption, List<Band> bands, Map<String, Long> byBand, Map<Double, Long> perScore,
                           Double mean, ScoreRange range) {
        if (range == null || bands.isEmpty()) {
            return new Chart(title, caption, "", List.of(), List.of(), List.of(), -1, "", HEIGHT);
        }
        // Whole scores are drawn as unit-wide bins centred on each score, so a band 10–20 spans 9.5 to 20.5.
        double half = range.integer() ? 0.5 : 0;
        double min = range.min() - half;
        double max = range.max() + half;
        long total = byBand.values().stream().mapToLong(Long::longValue).sum();
        List<Zone> zones = new ArrayList<>();
        List<double[]> spans = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        StringBuilder alt = new StringBuilder(title).append(". ");
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            int x0 = x(band.min() - half, min, max);
            int x1 = x(band.max() + half, min, max);
            zones.add(new Zone(Charts.fit(band.label(), x1 - x0 - 4), x0, x1 - x0, SHADES[b % 2]));
            long n = byBand.getOrDefault(band.label(), 0L);
            alt.append(band.label()).append(" (").append(ScoreRange.format(band.min())).append("–").append(ScoreRange.format(band.max()))
                    .append("): ").append(Figures.count(n)).append(" (").append(Figures.percent(n, total)).append("). ");
            if (perScore == null) {
                spans.add(new double[] {band.min() - half, band.max() + half});
                counts.add(n);
            }
        }
        if (perScore != null) {
            perScore.forEach((score, n) -> {
                spans.add(new double[] {score - half, score + half});
                counts.add(n);
            });
        }
        long most = counts.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < spans.size(); c++) {
            int x0 = x(spans.get(c)[0], min, max);
            int x1 = x(spans.get(c)[1], min, max);
            int h = most == 0 ? 0 : (int) Math.round((double) counts.get(c) / most * (BASE - TOP - 20));
            columns.add(new Column(Figures.count(counts.get(c)), x0 + 1, Math.max(0, x1 - x0 - 2), BASE - h, h));
        }
        List<Centered.Tick> ticks = new ArrayList<>();
        ticks.add(new Centered.Tick(ScoreRange.format(range.min()), x(range.min(), min, max)));
        for (Band band : bands) {
            if (band.min() > range.min()) {
                ticks.add(new Centered.Tick(ScoreRange.format(band.min()), x(band.min(), min, max)));
            }
        }
        ticks.add(new Centered.Tick(ScoreRange.format(range.max()), x(range.max(), min, max)));
        if (mean != null) {
            alt.append("Mean ").append(Figures.mean(mean)).append('.');
        }
        return new Chart(title, caption, alt.toString().strip(), zones, columns, ticks, mean == null ? -1 : x(mean, min, max),
                mean == null ? "" : "mean " + Figures.mean(mean), HEIGHT);
    }

    static int x(double value, double min, double max) {
        double f = max == min ? 0 : Math.max(0, Math.min(1, (value - min) / (max - min)));
        return LEFT + (int) Math.round(f * PLOT);
    }
}
