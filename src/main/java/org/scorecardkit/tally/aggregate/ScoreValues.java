package org.scorecardkit.tally.aggregate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct score values of one run, each given a small id, so that counting a score is an
 * array increment rather than a map update. Scores take few distinct values (a sum of ratings, a
 * coverage of so many checks), so the dictionary stays small however many rows are read.
 */
public final class ScoreValues {
    private final Map<Double, Integer> ids = new HashMap<>();
    private double[] values = new double[64];

    /** The id of a value, given one on first sight. */
    public int id(double value) {
        // +0.0 and -0.0 are the same score.
        double v = value == 0 ? 0.0 : value;
        Integer id = ids.get(v);
        if (id != null) {
            return id;
        }
        int next = ids.size();
        if (next == values.length) {
            values = Arrays.copyOf(values, next * 2);
        }
        values[next] = v;
        ids.put(v, next);
        return next;
    }

    public double value(int id) {
        return values[id];
    }

    public int size() {
        return ids.size();
    }
}
