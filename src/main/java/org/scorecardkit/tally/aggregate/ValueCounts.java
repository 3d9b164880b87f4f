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
        add(id, 1);
    }

    /** Adds {@code by} to a value id's count; -1 takes a row back out. */
    void add(int id, long by) {
        if (id >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(counts.length * 2, id + 1));
        }
        counts[id] += by;
    }

    /** Whether some count went below zero (only a state whose rows contradict its counts does that). */
    boolean negative() {
        for (long c : counts) {
            if (c < 0) {
                return true;
            }
        }
        return false;
    }

    public void add(double value, long count) {
        add(values.id(value), count);
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
