package org.scorecardkit.tally.aggregate;

import org.scorecardkit.model.Band;
import org.scorecardkit.model.Score;

/**
 * Fills a {@link TallyState} with counts made somewhere else than in its own {@code accept} (the
 * database's push-down): per breakdown key, rows, answer codes, scores, alpha sums and dates, each
 * added exactly as so many accepted rows would have added them. Produces nothing itself.
 */
public final class CountedElsewhere {
    private final TallyState state;

    public CountedElsewhere(TallyState state) {
        this.state = state;
    }

    /** The aggregate of a breakdown key (the whole when the state has no breakdown), made on first use. */
    public Aggregate aggregate(String key) {
        return state.by() == null ? state.whole() : state.group(key);
    }

    /** Adds {@code n} rows, all without an answer so far: the answer counts then move them from code 0. */
    public static void rows(Aggregate a, long n) {
        a.rows += n;
        for (long[] c : a.counts) {
            c[0] += n;
        }
    }

    /** Counts {@code n} answers of code {@code code} (a multiple choice: the bit mask of its options) to column {@code column}. */
    public static void answers(Aggregate a, int column, int code, long n) {
        long[] c = a.counts[column];
        c[0] -= n;
        if (a.layout.column(column).type() == org.scorecardkit.model.ItemType.MULTIPLE) {
            for (int o = 0, mask = code; mask != 0; o++, mask >>>= 1) {
                c[o + 1] += (mask & 1) * n;
            }
        } else {
            c[code] += n;
        }
    }

    /** Counts {@code n} rows with this score, as {@link ScoreCache} would have scored them. */
    public static void score(Aggregate a, ScoreCache.Scored scored, long n) {
        if (scored.valueId() < 0) {
            a.unscored += n;
        } else {
            a.scores.add(scored.valueId(), n);
        }
        if (scored.band() >= 0) {
            a.bands[scored.band()] += n;
        }
        int[] ids = scored.sectionIds();
        for (int s = 0; s < ids.length; s++) {
            if (ids[s] >= 0) {
                a.sections[s].add(ids[s], n);
            }
        }
    }

    /**
     * The counted form of a score without section coverages (value null: no score), for a score worked
     * out from its sum and count rather than by the Scorer row by row.
     */
    public ScoreCache.Scored scored(Double value) {
        var scoring = state.layout().instrument().scoring();
        int sections = state.layout().instrument().sections().size();
        int[] none = new int[sections];
        java.util.Arrays.fill(none, -1);
        if (value == null) {
            return new ScoreCache.Scored(null, -1, -1, none);
        }
        Band band = scoring.bandOf(value);
        int b = -1;
        for (int i = 0; i < scoring.bands().size(); i++) {
            if (scoring.bands().get(i) == band) {
                b = i;
                break;
            }
        }
        Score score = new Score(value, band, java.util.Map.of(), java.util.List.of(), java.util.List.of());
        return new ScoreCache.Scored(score, state.values().id(value), b, none);
    }

    /** Sets the alpha sums of complete rows (see {@link AlphaMoments#set}); nothing when alpha has no scale. */
    public static void alpha(Aggregate a, long n, long[] sums, long[][] cross) {
        if (a.alpha != null) {
            a.alpha.set(n, sums, cross);
        }
    }

    /** Widens the range of known dates (yyyymmdd; 0: none). */
    public static void dates(Aggregate a, int first, int last) {
        a.addDates(first, last);
    }

    /** Keeps a free-text answer to quote, capped as a tally caps it; past {@link Aggregate#TEXT_SAMPLES}, nothing. */
    public static void text(Aggregate a, int column, String text) {
        java.util.List<String> kept = a.texts.get(column);
        if (kept != null && kept.size() < Aggregate.TEXT_SAMPLES) {
            kept.add(Aggregate.capped(text));
        }
    }

    /** Sums the breakdown keys' aggregates into the whole (as accepting their rows would have). */
    public void wholeFromGroups() {
        if (state.by() != null) {
            state.groups().values().forEach(state.whole()::addAll);
        }
    }
}
