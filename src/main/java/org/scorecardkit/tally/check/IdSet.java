package org.scorecardkit.tally.check;

import java.util.Arrays;

/**
 * The respondent ids seen so far, with where each was first seen, kept without an object per id:
 * the ids' characters in one pool, entries appended in arrival order, and an open-addressing table
 * of longs holding each entry's hash and number, so a lookup touches one random slot. A million ids
 * cost some tens of megabytes. Produces, for a repeated id, the file and line of its first appearance.
 */
final class IdSet {
    private char[] pool = new char[1 << 16];
    private int used;
    private int[] offsets = new int[1 << 12];   // per entry: start in pool; the entry's end is the next start
    private int[] files = new int[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;
    private long[] table = new long[1 << 13];   // hash << 32 | (entry + 1); 0 = empty

    /**
     * Adds the id in c[s, e) first seen at file/line; returns -1 when it is new, else the number of
     * the earlier entry (see {@link #file} and {@link #line}).
     */
    int add(char[] c, int s, int e, int file, int line) {
        int hash = hash(c, s, e);
        int mask = table.length - 1;
        int h = hash & mask;
        long slot;
        while ((slot = table[h]) != 0) {
            if ((int) (slot >>> 32) == hash) {
                int entry = (int) slot - 1;
                int from = offsets[entry];
                if (Arrays.equals(pool, from, end(entry), c, s, e)) {
                    return entry;
                }
            }
            h = (h + 1) & mask;
        }
        append(c, s, e, file, line);
        table[h] = (long) hash << 32 | size;
        if (size * 2 > table.length) {
            grow();
        }
        return -1;
    }

    private int end(int entry) {
        return entry + 1 < size ? offsets[entry + 1] : used;
    }

    private void append(char[] c, int s, int e, int file, int line) {
        if (used + (e - s) > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + e - s));
        }
        if (size + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            files = Arrays.copyOf(files, offsets.length);
            lines = Arrays.copyOf(lines, offsets.length);
        }
        System.arraycopy(c, s, pool, used, e - s);
        offsets[size] = used;
        files[size] = file;
        lines[size] = line;
        used += e - s;
        size++;
    }

    int file(int entry) {
        return files[entry];
    }

    int line(int entry) {
        return lines[entry];
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int h = (int) (slot >>> 32) & mask;
                while (table[h] != 0) {
                    h = (h + 1) & mask;
                }
                table[h] = slot;
            }
        }
    }

    private static int hash(char[] c, int s, int e) {
        int h = 0x811c9dc5;
        for (int i = s; i < e; i++) {
            h = (h ^ c[i]) * 0x01000193;
        }
        // FNV-1a leaves ids that differ only at the end close together; a finaliser spreads them.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h == 0 ? 1 : h;
    }
}
