package org.scorecardkit.tally.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The respondent ids seen so far, with where each was first seen, in fixed memory and linear time.
 * Ids are placed by a keyed 64-bit digest ({@link SipHash} under a random key each run), so no file
 * can be crafted to pile them up; ids with the same digest are told apart by their bytes, so a
 * repeat is only ever a real repeat. Up to a bound ({@value #MEMORY_PROPERTY}, bytes, default 48 MB)
 * the ids live in memory: their bytes in one pool, and an open-addressing table of longs holding
 * each entry's digest half and number, so a lookup touches one random slot. Past the bound the
 * entries spill to {@link IdRuns} on disk and the table starts again empty. Produces, for a
 * repeated id, the file and line of its first appearance.
 */
final class IdSet implements AutoCloseable {
    /** System property: bytes of id data kept in memory before spilling to disk (suffix k, m or g allowed). */
    static final String MEMORY_PROPERTY = "scorecard.ids.memory";
    /** System property: the folder for the spilled ids' temporary files (default: java.io.tmpdir). */
    static final String TMP_PROPERTY = TempFiles.PROPERTY;
    static final long DEFAULT_MEMORY = 48L << 20;
    private static final int WIDE = 0x8000_0000;   // in an entry's offset: its bytes are UTF-16LE

    private final IdDigest digest;
    private final long bound;
    private final Path tmp;
    // Small to start with, so that even a tiny bound holds a few hundred ids; doubling is cheap.
    private byte[] pool = new byte[1 << 10];
    private int used;
    private int[] offsets = new int[1 << 6];   // per entry: start in pool (| WIDE); the entry's end is the next start
    private int[] files = new int[1 << 6];
    private int[] lines = new int[1 << 6];
    private long[] digests = new long[1 << 6];
    private int size;
    private long[] table = new long[1 << 7];   // digest's high half << 32 | (entry + 1); 0 = empty
    private IdRuns runs;
    private long probes;

    /** A set under a random key, with the bound and folder the system properties give. */
    IdSet() {
        this(SipHash.random(), memory(System.getProperty(MEMORY_PROPERTY)), TempFiles.root());
    }

    /** @param digest how ids are placed (tests pass a weak one); @param bound bytes of id data kept in memory */
    IdSet(IdDigest digest, long bound, Path tmp) {
        this.digest = digest;
        this.bound = Math.min(bound, 1L << 30);
        this.tmp = tmp;
    }

    /**
     * Adds the id in c[s, e) first seen at file/line; returns -1 when it is new, else where it was
     * first seen (see {@link #file} and {@link #line}).
     */
    long add(char[] c, int s, int e, int file, int line) {
        boolean wide = IdBytes.wide(c, s, e);
        return add(c, s, e, wide, digest.of(c, s, e, wide), file, line);
    }

    /** {@link #add(char[], int, int, int, int)} with the id's width and {@link #digest} worked out ahead. */
    long add(char[] c, int s, int e, boolean wide, long d, int file, int line) {
        if (table.length == 1) {
            throw new IllegalStateException("the respondent ids were closed");
        }
        long tag = d & 0xffff_ffff_0000_0000L;
        int mask = table.length - 1;
        int h = (int) d & mask;
        long slot;
        while ((slot = table[h]) != 0) {
            probes++;
            if ((slot & 0xffff_ffff_0000_0000L) == tag) {
                int entry = (int) slot - 1;
                if (digests[entry] == d && same(entry, c, s, e, wide)) {
                    return first(files[entry], lines[entry]);
                }
            }
            h = (h + 1) & mask;
        }
        probes++;
        if (runs != null) {
            long spilled = runs.find(d, c, s, e, wide);
            if (spilled >= 0) {
                return spilled;
            }
        }
        if (!roomFor(IdBytes.length(s, e, wide))) {
            spill();
            h = (int) d & (table.length - 1);   // the table is empty now
        }
        append(c, s, e, wide, file, line, d);
        table[h] = tag | size;
        if (size * 2 > table.length) {
            grow();
        }
        return -1;
    }

    /** The digest that places the id c[s, e) of this width. */
    long digest(char[] c, int s, int e, boolean wide) {
        return digest.of(c, s, e, wide);
    }

    /**
     * Reads the table slots (and the spilled ids' Bloom filter words) where the first n digests go,
     * ahead of adding their ids: these reads do not wait on each other, so their cache misses
     * overlap, where one add after another would wait out one whole miss each. Returns a sum of
     * what it read only so that the reads stay.
     */
    long prefetch(long[] digests, int n) {
        long[] t = table;
        int mask = t.length - 1;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += t[(int) digests[i] & mask];
        }
        if (runs != null) {   // a new id is looked for in the spilled ones too: first in their Bloom filter
            for (int i = 0; i < n; i++) {
                sum += runs.peek(digests[i]);
            }
        }
        return sum;
    }

    static long first(int file, int line) {
        return (long) file << 32 | (line & 0xffff_ffffL);
    }

    static int file(long first) {
        return (int) (first >>> 32);
    }

    static int line(long first) {
        return (int) first;
    }

    private boolean same(int entry, char[] c, int s, int e, boolean wide) {
        int from = offsets[entry] & ~WIDE;
        return IdBytes.equal(pool, from, end(entry) - from, (offsets[entry] & WIDE) != 0, c, s, e, wide);
    }

    private int end(int entry) {
        return entry + 1 < size ? offsets[entry + 1] & ~WIDE : used;
    }

    /**
     * Whether one more entry of {@code length} bytes fits without the arrays growing past the
     * bound. An empty set always takes one, however long.
     */
    private boolean roomFor(int length) {
        if (size == 0) {
            return true;
        }
        long poolBytes = used + length > pool.length ? Math.max(pool.length * 2L, used + (long) length) : pool.length;
        long entries = size + 1 >= offsets.length ? offsets.length * 2L : offsets.length;
        long slots = (size + 1) * 2L > table.length ? table.length * 2L : table.length;
        return poolBytes + entries * 20 + slots * 8 <= bound && poolBytes < 1L << 31;
    }

    private void append(char[] c, int s, int e, boolean wide, int file, int line, long d) {
        int length = IdBytes.length(s, e, wide);
        if (used + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + length));
        }
        if (size + 1 >= offsets.length) {
            int n = offsets.length * 2;
            offsets = Arrays.copyOf(offsets, n);
            files = Arrays.copyOf(files, n);
            lines = Arrays.copyOf(lines, n);
            digests = Arrays.copyOf(digests, n);
        }
        IdBytes.put(c, s, e, wide, pool, used);
        offsets[size] = used | (wide ? WIDE : 0);
        files[size] = file;
        lines[size] = line;
        digests[size] = d;
        used += length;
        size++;
    }

    /** Doubles the table, entry by entry: their digests are read in order, so only the new slots miss the cache. */
    private void grow() {
        table = new long[table.length * 2];
        int mask = table.length - 1;
        for (int entry = 0; entry < size; entry++) {
            long d = digests[entry];
            int h = (int) d & mask;
            while (table[h] != 0) {
                h = (h + 1) & mask;
            }
            table[h] = d & 0xffff_ffff_0000_0000L | (entry + 1);
        }
    }

    /** Writes the entries in memory to a new sorted run on disk and empties the table. */
    private void spill() {
        if (runs == null) {
            runs = new IdRuns(tmp, Math.max(4096, Math.min(16L << 20, bound / 3)));
        }
        long base = runs.appendBlob(pool, used);
        long[] order = sortedEntries();
        long entryMask = (1L << (32 - Integer.numberOfLeadingZeros(size))) - 1;
        IdRun.Writer run = runs.newRun(size);
        try {
            for (int i = 0; i < size; i++) {
                int entry = (int) (order[i] & entryMask);
                int from = offsets[entry] & ~WIDE;
                int lengthAndWidth = (end(entry) - from) << 1 | ((offsets[entry] & WIDE) != 0 ? 1 : 0);
                run.add(digests[entry], base + from, lengthAndWidth, files[entry], lines[entry]);
                runs.remember(digests[entry]);
            }
        } catch (IOException x) {
            throw runs.failure(x);
        }
        runs.add(run);
        Arrays.fill(table, 0);
        size = 0;
        used = 0;
        if (pool.length > bound) {   // grown for one id longer than the bound: let it go
            pool = new byte[1 << 10];
        }
    }

    /**
     * The entries in digest order, as longs whose low bits are the entry, sorted in the table itself
     * (it is emptied next anyway): digest prefix and entry packed into one long sort with
     * {@link Arrays#sort(long[], int, int)}; entries sharing a prefix (rare under a keyed digest)
     * are then put in full-digest order.
     */
    private long[] sortedEntries() {
        long[] order = table;
        long low = (1L << (32 - Integer.numberOfLeadingZeros(size))) - 1;
        for (int i = 0; i < size; i++) {
            order[i] = digests[i] & ~low | i;
        }
        Arrays.sort(order, 0, size);
        for (int from = 0, to; from < size; from = to) {
            for (to = from + 1; to < size && (order[to] & ~low) == (order[from] & ~low); to++) {
                // finds the end of the group sharing a prefix
            }
            if (to - from > 1) {
                Long[] group = new Long[to - from];
                for (int i = from; i < to; i++) {
                    group[i - from] = order[i];
                }
                Arrays.sort(group, (x, y) -> Long.compare(digests[(int) (x & low)], digests[(int) (y & low)]));
                for (int i = from; i < to; i++) {
                    order[i] = group[i - from];
                }
            }
        }
        return order;
    }

    int size() {
        return size;
    }

    /** Slots looked at so far, the empty one ending each search included (tests check it stays near one an id). */
    long probes() {
        return probes;
    }

    /** The runs on disk, or null before the first spill. */
    IdRuns spilled() {
        return runs;
    }

    /** Deletes the spilled files and lets go of the memory: a closed set holds nothing, even if still referenced. */
    @Override
    public void close() {
        if (runs != null) {
            runs.close();
        }
        pool = new byte[0];
        offsets = files = lines = new int[0];
        digests = new long[0];
        table = new long[1];
        size = 0;
        used = 0;
    }

    static long memory(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MEMORY;
        }
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        int shift = v.endsWith("k") ? 10 : v.endsWith("m") ? 20 : v.endsWith("g") ? 30 : 0;
        try {
            long n = Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1));
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n << shift;
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException("-D" + MEMORY_PROPERTY + "=" + value
                    + " is not a size; give bytes, e.g. 64m or 67108864");
        }
    }

}
