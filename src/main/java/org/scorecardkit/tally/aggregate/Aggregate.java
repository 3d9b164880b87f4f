package org.scorecardkit.tally.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Row;

/**
 * The mergeable tally of a set of rows: per item the count of each answer code, the counts of
 * score values and bands, per section the counts of coverage values, the co-moments for alpha, and
 * a few free-text answers to quote, and the first and last date of the rows whose date is known.
 * Everything is a count, a whole-number sum or a minimum and maximum, so two aggregates added
 * together equal the aggregate of all their rows, in any order.
 */
public final class Aggregate {
    /** How many answers per free-text item are kept to quote in the report. */
    public static final int TEXT_SAMPLES = 100;
    /** How many characters (code points) of a kept free-text answer are quoted; the rest is counted. */
    public static final int TEXT_CAP = 1000;

    final Layout layout;
    final ScoreValues values;
    long rows;
    final long[][] counts;
    final ValueCounts scores;
    long unscored;
    final long[] bands;
    final ValueCounts[] sections;
    final int[] alphaColumns;
    final AlphaMoments alpha;
    final List<List<String>> texts;
    /** The earliest and latest known date of the rows, as yyyymmdd (days: the report shows no finer); 0 when none is known. */
    int firstDate;
    int lastDate;
    private final boolean[] multiple;
    /** Per column: whether its free-text answers are kept to quote (spares a list lookup per cell). */
    private final boolean[] quoted;
    private final int[] alphaValues;
    /** Per alpha column: its value of code 0, so that a code's value is one addition. */
    private final int[] alphaBase;

    /** An empty aggregate; {@code keepTexts} keeps the first free-text answers to quote. */
    public Aggregate(Layout layout, ScoreValues values, boolean keepTexts) {
        this.layout = layout;
        this.values = values;
        Instrument instrument = layout.instrument();
        counts = new long[layout.size()][];
        multiple = new boolean[layout.size()];
        for (int i = 0; i < counts.length; i++) {
            Layout.Column c = layout.column(i);
            multiple[i] = c.type() == ItemType.MULTIPLE;
            counts[i] = new long[c.type() == ItemType.MULTIPLE ? c.values().length + 1 : (int) c.codeCount()];
        }
        scores = new ValueCounts(values);
        bands = new long[instrument.scoring().bands().size()];
        sections = new ValueCounts[instrument.sections().size()];
        for (int s = 0; s < sections.length; s++) {
            sections[s] = new ValueCounts(values);
        }
        alphaColumns = alphaColumns(layout);
        alpha = alphaColumns.length >= 2 ? new AlphaMoments(alphaColumns.length) : null;
        alphaValues = new int[alphaColumns.length];
        alphaBase = new int[alphaColumns.length];
        for (int i = 0; i < alphaColumns.length; i++) {
            alphaBase[i] = layout.column(alphaColumns[i]).value(0);
        }
        texts = new ArrayList<>();
        quoted = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            quoted[i] = keepTexts && layout.column(i).type() == ItemType.TEXT;
            texts.add(quoted[i] ? new ArrayList<>() : null);
        }
    }

    /**
     * The columns alpha is computed over: the scored rating items, or every rating item when nothing
     * is scored; alpha needs at least two.
     */
    static int[] alphaColumns(Layout layout) {
        Instrument instrument = layout.instrument();
        List<String> ids = instrument.scoring().method() == ScoringMethod.NONE
                ? instrument.answeredItems().stream().map(Item::id).toList() : instrument.scoring().items();
        return ids.stream().mapToInt(layout::index)
                .filter(i -> i >= 0 && layout.column(i).type() == ItemType.RATING).toArray();
    }

    /** Counts one accepted row with its score. */
    public void add(Row row, ScoreCache.Scored scored) {
        rows++;
        int[] codes = row.codes();
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            long[] c = counts[i];
            if (multiple[i] && code != 0) {
                addChosen(c, code);
            } else {
                c[code]++;
            }
            if (code != 0 && quoted[i] && texts.get(i).size() < TEXT_SAMPLES) {
                texts.get(i).add(capped(row.text(i)));
            }
        }
        addScore(scored, 1);
        if (alpha != null && complete(codes)) {
            alpha.add(alphaValues);
        }
        int date = row.dateValue();
        if (date != 0) {
            addDates(date, date);
        }
    }

    /**
     * Widens the range of dates to cover {@code first} to {@code last} (yyyymmdd); a first date of 0
     * (none known) changes nothing. A minimum and a maximum merge in any order.
     */
    void addDates(int first, int last) {
        if (first == 0) {
            return;
        }
        if (firstDate == 0 || first < firstDate) {
            firstDate = first;
        }
        if (last > lastDate) {
            lastDate = last;
        }
    }

    /**
     * Takes one counted row back out, exactly: the inverse of {@link #add} for every count, score,
     * band, coverage and co-moment. The quoted free-text answers are left alone: which answers a
     * merge quotes is settled by {@link TextSamples}, which never offers a removed row's text. The
     * range of dates is left alone too (a minimum cannot be taken back): a merge never puts a later
     * duplicate's date in it, as a saved state's range holds only its rows without an id and each
     * respondent's record carries its own date, counted only when the record is kept.
     */
    public void remove(int[] codes, ScoreCache.Scored scored) {
        rows--;
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            if (multiple[i] && code != 0) {
                for (int o = 0, mask = code; mask != 0; o++, mask >>>= 1) {
                    counts[i][o + 1] -= mask & 1;
                }
            } else {
                counts[i][code]--;
            }
        }
        addScore(scored, -1);
        if (alpha != null && complete(codes)) {
            alpha.remove(alphaValues);
        }
    }

    /**
     * A free-text answer as the report quotes it: its first {@link #TEXT_CAP} code points (a
     * surrogate pair is never split), then how many were left out, so one pasted book cannot make
     * the report huge. The full text stays in the exports that carry rows.
     */
    public static String capped(String text) {
        if (text == null || text.length() <= TEXT_CAP) {
            return text;
        }
        int points = text.codePointCount(0, text.length());
        if (points <= TEXT_CAP) {
            return text;
        }
        int left = points - TEXT_CAP;
        return text.substring(0, text.offsetByCodePoints(0, TEXT_CAP))
                + String.format(java.util.Locale.ROOT, " … (%,d more character%s)", left, left == 1 ? "" : "s");
    }

    private static void addChosen(long[] c, int mask) {
        for (int o = 0; mask != 0; o++, mask >>>= 1) {
            if ((mask & 1) != 0) {
                c[o + 1]++;
            }
        }
    }

    /** Counts a score, its band and its coverages {@code by} times (1 to add, -1 to take back). */
    private void addScore(ScoreCache.Scored scored, int by) {
        if (scored.valueId() < 0) {
            unscored += by;
        } else {
            scores.add(scored.valueId(), by);
        }
        if (scored.band() >= 0) {
            bands[scored.band()] += by;
        }
        int[] ids = scored.sectionIds();
        for (int s = 0; s < ids.length; s++) {
            if (ids[s] >= 0) {
                sections[s].add(ids[s], by);
            }
        }
    }

    /** Whether the row answered every alpha item; if so, their values are left in alphaValues. */
    private boolean complete(int[] codes) {
        for (int i = 0; i < alphaColumns.length; i++) {
            int code = codes[alphaColumns[i]];
            if (code == 0) {
                return false;
            }
            alphaValues[i] = alphaBase[i] + code;
        }
        return true;
    }

    /** Adds another aggregate of the same instrument into this one. */
    public void addAll(Aggregate other) {
        rows += other.rows;
        for (int i = 0; i < counts.length; i++) {
            for (int c = 0; c < counts[i].length; c++) {
                counts[i][c] += other.counts[i][c];
            }
            List<String> mine = texts.get(i);
            if (mine != null && other.texts.get(i) != null) {
                other.texts.get(i).stream().limit(Math.max(0, TEXT_SAMPLES - mine.size())).forEach(mine::add);
            }
        }
        scores.addAll(other.scores);
        unscored += other.unscored;
        for (int b = 0; b < bands.length; b++) {
            bands[b] += other.bands[b];
        }
        for (int s = 0; s < sections.length; s++) {
            sections[s].addAll(other.sections[s]);
        }
        if (alpha != null) {
            alpha.addAll(other.alpha);
        }
        addDates(other.firstDate, other.lastDate);
    }

    public Layout layout() { return layout; }

    /** Accepted rows counted. */
    public long rows() { return rows; }

    /**
     * Counts of a column's answers: index 0 is no answer; for a rating, single choice or check
     * answer, index = code; for a multiple choice, index 1 + option position; for text, 1 = answered.
     */
    public long[] counts(int column) { return counts[column]; }

    /** How many respondents answered a column. */
    public long answered(int column) { return rows - counts[column][0]; }

    public ValueCounts scores() { return scores; }

    /** Accepted rows without a score (a required item unanswered). */
    public long unscored() { return unscored; }

    /** Respondents per band, in the scoring's band order (NPS: the categories). */
    public long[] bands() { return bands; }

    /** Coverage values per section, in the instrument's section order. */
    public ValueCounts section(int s) { return sections[s]; }

    public int[] alphaColumns() { return alphaColumns; }

    /** The alpha co-moments, or null when fewer than two rating items make a scale. */
    public AlphaMoments alpha() { return alpha; }

    /** The earliest known date of the rows as yyyymmdd, or 0 when no row's date is known. */
    public int firstDate() { return firstDate; }

    /** The latest known date of the rows as yyyymmdd, or 0 when no row's date is known. */
    public int lastDate() { return lastDate; }

    /** The kept answers of a free-text column, or null. */
    public List<String> texts(int column) { return texts.get(column); }
}
