package org.scorecardkit.tally.aggregate;

import java.util.Arrays;

/**
 * The distinct score values of one run, each given a small id, so that counting a score is an
 * array increment rather than a map update. Scores take few distinct values (a sum of ratings, a
 * coverage of so many checks), so the dictionary stays small however many rows are read. Values
 * are found by their bits in an open-addressing table rather than as boxed Doubles: a lookup per
 * scored row then allocates nothing (the tally runs on C1, which cannot take a box away).
 */
public final class ScoreValues {
    private double[] values = new double[64];
    private int size;
    /** Per slot: id + 1 of the value whose bits hash there, or 0 for empty; at most half full. */
    private int[] slots = new int[128];

    /** The id of a value, given one on first sight. */
    public int id(double value) {
        // +0.0 and -0.0 are the same score; every NaN is one (as Double.equals has it).
        long bits = Double.doubleToLongBits(value == 0 ? 0.0 : value);
        int mask = slots.length - 1;
        int h = spread(bits) & mask;
        for (int slot; (slot = slots[h]) != 0; h = (h + 1) & mask) {
            if (Double.doubleToLongBits(values[slot - 1]) == bits) {
                return slot - 1;
            }
        }
        int id = size++;
        if (id == values.length) {
            values = Arrays.copyOf(values, id * 2);
        }
        values[id] = Double.longBitsToDouble(bits);
        slots[h] = id + 1;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private static int spread(long bits) {
        long h = bits * 0x9e3779b97f4a7c15L;
        return (int) (h >>> 32);
    }

    private void grow() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int h = spread(Double.doubleToLongBits(values[id])) & mask;
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            slots[h] = id + 1;
        }
    }

    public double value(int id) {
        return values[id];
    }

    public int size() {
        return size;
    }
}
