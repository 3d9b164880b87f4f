package org.scorecardkit.tally.stats;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Row;
import org.scorecardkit.tally.aggregate.ScoreCache;
import org.scorecardkit.tally.aggregate.ScoreValues;

/**
 * Pairs the respondents of a before and an after tally by respondent id and sums, per rating or
 * check item answered both times, the values before and after and the spread of the changes. It
 * is the one part of a tally that keeps something per respondent (their before answers), as a
 * pairing must. Produces the changes, each with its t interval.
 */
public final class Pairs {
    private final Layout layout;
    private final ScoreCache cache;
    private final Map<String, Before> before = new HashMap<>();
    private final Running[] items;
    private final Running score = new Running();
    private long paired;

    private record Before(int[] codes, Double score) {
    }

    /**
     * The pairs of one item (or the score): their count, the sums before and after, and the running
     * mean and sum of squared deviations of the changes (Welford's update, steady however large).
     */
    private static final class Running {
        long n;
        double before;
        double after;
        double mean;
        double squares;

        void add(double was, double is) {
            n++;
            before += was;
            after += is;
            double change = is - was;
            double delta = change - mean;
            mean += delta / n;
            squares += delta * (change - mean);
        }

        Comparison.Change change() {
            return Pairs.change(n, before, after, squares);
        }
    }

    public Pairs(Layout layout) {
        this.layout = layout;
        this.cache = new ScoreCache(layout, new ScoreValues());
        items = new Running[layout.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new Running();
        }
    }

    /** Keeps a before row of a respondent with an id. */
    public void before(Row row) {
        String id = row.respondent();
        if (id != null) {
            before.put(id, new Before(row.codes().clone(), cache.score(row).score().value()));
        }
    }

    /** Pairs an after row with its before row, if there is one. */
    public void after(Row row) {
        Before b = row.respondent() == null ? null : before.get(row.respondent());
        if (b == null) {
            return;
        }
        paired++;
        for (int i = 0; i < items.length; i++) {
            int was = b.codes[i];
            int is = row.code(i);
            if (was != 0 && is != 0 && numeric(i)) {
                items[i].add(value(i, was), value(i, is));
            }
        }
        Double now = cache.score(row).score().value();
        if (b.score != null && now != null) {
            score.add(b.score, now);
        }
    }

    private boolean numeric(int column) {
        ItemType t = layout.column(column).type();
        return t == ItemType.RATING || t == ItemType.CHECK;
    }

    private double value(int column, int code) {
        Layout.Column c = layout.column(column);
        if (c.type() == ItemType.RATING) {
            return c.value(code);
        }
        double partly = layout.instrument().scoring().partly();
        return code == 1 ? 1 : code == 2 ? partly : 0;
    }

    /** The comparison, given the before tally's row counts. */
    public Comparison result(Summary.Rows beforeRows) {
        Map<String, Comparison.Change> changes = new LinkedHashMap<>();
        for (int i = 0; i < items.length; i++) {
            if (numeric(i)) {
                changes.put(layout.column(i).id(), items[i].change());
            }
        }
        boolean scoring = layout.instrument().scoring().method() != org.scorecardkit.model.ScoringMethod.NONE;
        return new Comparison(beforeRows, paired, changes, scoring ? score.change() : null);
    }

    /**
     * The change of n pairs from the sums before and after and the changes' sum of squared
     * deviations: the mean change ± t(0.975, n − 1)·sd/√n, no interval below two pairs.
     */
    static Comparison.Change change(long n, double before, double after, double squares) {
        boolean small = n < Summarize.SMALL_N;
        if (n == 0) {
            return new Comparison.Change(0, null, null, null, null, null, null, small);
        }
        double mean = (after - before) / n;
        if (n < 2) {
            return new Comparison.Change(n, mean, before / n, after / n, null, null, null, small);
        }
        double sd = Math.sqrt(Math.max(0, squares) / (n - 1));
        double half = Distributions.tQuantile(0.975, n - 1) * sd / Math.sqrt(n);
        return new Comparison.Change(n, mean, before / n, after / n, sd, mean - half, mean + half, small);
    }
}
