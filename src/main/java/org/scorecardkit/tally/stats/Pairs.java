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
 * check item answered both times, the values before and after. It is the one part of a tally that
 * keeps something per respondent (their before answers), as a pairing must. Produces the changes.
 */
public final class Pairs {
    private final Layout layout;
    private final ScoreCache cache;
    private final Map<String, Before> before = new HashMap<>();
    private final long[] n;
    private final double[] sumBefore;
    private final double[] sumAfter;
    /** Per item, the running mean and sum of squared deviations of the changes (Welford). */
    private final double[] changeMean;
    private final double[] changeSquares;
    private long paired;
    private long scored;
    private double scoreBefore;
    private double scoreAfter;
    private double scoreChangeMean;
    private double scoreChangeSquares;

    private record Before(int[] codes, Double score) {
    }

    public Pairs(Layout layout) {
        this.layout = layout;
        this.cache = new ScoreCache(layout, new ScoreValues());
        n = new long[layout.size()];
        sumBefore = new double[layout.size()];
        sumAfter = new double[layout.size()];
        changeMean = new double[layout.size()];
        changeSquares = new double[layout.size()];
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
        for (int i = 0; i < n.length; i++) {
            int was = b.codes[i];
            int is = row.code(i);
            if (was != 0 && is != 0 && numeric(i)) {
                n[i]++;
                double before = value(i, was);
                double after = value(i, is);
                sumBefore[i] += before;
                sumAfter[i] += after;
                double d = after - before;
                double delta = d - changeMean[i];
                changeMean[i] += delta / n[i];
                changeSquares[i] += delta * (d - changeMean[i]);
            }
        }
        Double now = cache.score(row).score().value();
        if (b.score != null && now != null) {
            scored++;
            scoreBefore += b.score;
            scoreAfter += now;
            double delta = now - b.score - scoreChangeMean;
            scoreChangeMean += delta / scored;
            scoreChangeSquares += delta * (now - b.score - scoreChangeMean);
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
        Map<String, Comparison.Change> items = new LinkedHashMap<>();
        for (int i = 0; i < n.length; i++) {
            if (numeric(i)) {
                items.put(layout.column(i).id(), change(n[i], sumBefore[i], sumAfter[i], changeSquares[i]));
            }
        }
        boolean scoring = layout.instrument().scoring().method() != org.scorecardkit.model.ScoringMethod.NONE;
        return new Comparison(beforeRows, paired, items, scoring ? change(scored, scoreBefore, scoreAfter, scoreChangeSquares) : null);
    }

    /** The change from its sums and the changes' sum of squared deviations: mean ± t(0.975, n − 1)·sd/√n. */
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
