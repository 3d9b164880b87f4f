package org.scorecardkit.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.ScoreRange;

/**
 * Checks that bands tile the reachable score range: each band in order, no overlap, no gap, nothing
 * outside the range. Whole-number scores need the next band to start at max + 1; real-valued
 * scores need it to start at the previous max.
 */
final class BandChecks {
    /** A band as written, with the places of its bounds for messages. */
    record Written(Band band, Position minAt, Position maxAt) {
        String name() {
            return "\"" + band.label() + "\" (" + ScoreRange.format(band.min()) + "–" + ScoreRange.format(band.max()) + ")";
        }
    }

    private final SourceFile src;
    private final String noun;
    private final boolean integer;

    /**
     * @param noun what the bands are called in messages: "band" or "category"
     * @param integer whether scores are whole numbers (sum, nps), which decides how bands must meet
     */
    BandChecks(SourceFile src, String noun, boolean integer) {
        this.src = src;
        this.noun = noun;
        this.integer = integer;
    }

    /** Reports every problem of these bands over the range (null when unknown); returns them in order. */
    List<Band> check(List<Written> written, ScoreRange range) {
        List<Written> ok = new ArrayList<>();
        Map<String, Written> labels = new HashMap<>();
        for (Written w : written) {
            Written first = labels.putIfAbsent(w.band().label(), w);
            if (first != null) {
                src.error(w.minAt(), "two " + noun + "s are labelled \"" + w.band().label() + "\"",
                        "give each " + noun + " its own label");
            }
            if (single(w, range)) {
                ok.add(w);
            }
        }
        ok.sort(Comparator.comparingDouble((Written w) -> w.band().min()).thenComparingDouble(w -> w.band().max()));
        for (int i = 1; i < ok.size(); i++) {
            between(ok.get(i - 1), ok.get(i), integer);
        }
        if (range != null && !ok.isEmpty()) {
            ends(ok.get(0), ok.get(ok.size() - 1), range);
        }
        return ok.stream().map(Written::band).toList();
    }

    private boolean single(Written w, ScoreRange range) {
        Band b = w.band();
        if (b.min() > b.max()) {
            src.error(w.minAt(), noun + " " + w.name() + " starts above where it ends",
                    "swap min and max: min: " + ScoreRange.format(b.max()) + ", max: " + ScoreRange.format(b.min()));
            return false;
        }
        if (range == null) {
            return true;
        }
        if (integer && (b.min() != Math.rint(b.min()) || b.max() != Math.rint(b.max()))) {
            src.error(w.minAt(), noun + " " + w.name() + " has a fractional bound, but scores are whole numbers ("
                    + range.explanation() + ")", "use whole numbers for min and max");
            return false;
        }
        if (b.max() < range.min() || b.min() > range.max()) {
            src.error(w.minAt(), noun + " " + w.name() + " lies outside the reachable scores " + range
                    + " (" + range.explanation() + ")", "remove it, or move it within " + range);
            return false;
        }
        if (b.min() < range.min()) {
            src.error(w.minAt(), noun + " " + w.name() + " starts below the lowest reachable score "
                    + ScoreRange.format(range.min()) + " (" + range.explanation() + ")",
                    "start it at " + ScoreRange.format(range.min()));
        }
        if (b.max() > range.max()) {
            src.error(w.maxAt(), noun + " " + w.name() + " ends above the highest reachable score "
                    + ScoreRange.format(range.max()) + " (" + range.explanation() + ")",
                    "end it at " + ScoreRange.format(range.max()));
        }
        return true;
    }

    private void between(Written a, Written b, boolean integer) {
        double expected = integer ? a.band().max() + 1 : a.band().max();
        double next = b.band().min();
        String start = "start " + "\"" + b.band().label() + "\" at " + ScoreRange.format(expected);
        if (next < expected) {
            double overlapTo = Math.min(a.band().max(), b.band().max());
            src.error(b.minAt(), noun + "s " + a.name() + " and " + b.name() + " overlap: both cover "
                    + span(next, overlapTo), start);
        } else if (next > expected) {
            double gapTo = integer ? next - 1 : next;
            src.error(b.minAt(), "no " + noun + " covers " + span(expected, gapTo)
                    + ", between " + a.name() + " and " + b.name(),
                    start + ", or end \"" + a.band().label() + "\" at " + ScoreRange.format(gapTo));
        }
    }

    private void ends(Written first, Written last, ScoreRange range) {
        if (first.band().min() > range.min()) {
            double to = integer ? first.band().min() - 1 : first.band().min();
            src.error(first.minAt(), "no " + noun + " covers the lowest scores " + span(range.min(), to)
                    + " (" + range.explanation() + ")",
                    "start \"" + first.band().label() + "\" at " + ScoreRange.format(range.min()));
        }
        if (last.band().max() < range.max()) {
            double from = integer ? last.band().max() + 1 : last.band().max();
            src.error(last.maxAt(), "no " + noun + " covers the highest scores " + span(from, range.max())
                    + " (" + range.explanation() + ")",
                    "end \"" + last.band().label() + "\" at " + ScoreRange.format(range.max()));
        }
    }

    /** "13" for a single score, "13–15" for a span. */
    private static String span(double from, double to) {
        return from == to ? ScoreRange.format(from) : ScoreRange.format(from) + "–" + ScoreRange.format(to);
    }
}
