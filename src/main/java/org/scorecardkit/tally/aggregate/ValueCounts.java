package org.scorecardkit.tally.aggregate;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many times each score value occurred (by {@link ScoreValues} id). Counts add up exactly, in
 * any order, so shards merge into precisely the whole; mean, standard deviation and median are
 * computed from the counts in value order, which makes them independent of row order too.
 */
public final class ValueCounts {
    private final ScoreValues values;
    private long[] counts = new long[16];

    public ValueCounts(ScoreValues values) {
        this.values = values;
    }

    public void add(int id) {
        if (id >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(counts.length * 2, id + 1));
        }
        counts[id]++;
    }

    public void add(double value, long count) {
        int id = values.id(value);
        if (id >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(counts.length * 2, id + 1));
        }
        counts[id] += count;
    }

    public void addAll(ValueCounts other) {
        other.sorted().forEach(this::add);
    }

    /** The counts by value, lowest value first, zeros left out. */
    public TreeMap<Double, Long> sorted() {
        TreeMap<Double, Long> out = new TreeMap<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] != 0) {
                out.put(values.value(id), counts[id]);
            }
        }
        return out;
    }

    /** Shorthand for the total count. */
    public long n() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** Counts by value as a plain map (a copy). */
    public Map<Double, Long> asMap() {
        return sorted();
    }
}
