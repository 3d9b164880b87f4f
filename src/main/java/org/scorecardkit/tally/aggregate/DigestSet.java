package org.scorecardkit.tally.aggregate;

import java.security.SecureRandom;

/**
 * The respondent digests a merge has seen, each tagged with the number of the state it came from,
 * in two flat arrays of longs (16 bytes a slot, no object per digest) with open addressing: the
 * digest's first 112 bits are compared, the last 16 bits of a slot hold the state number + 1 (0 is
 * an empty slot). The slot is chosen from the digest mixed with a seed drawn per run, so ids crafted
 * to share bits cannot pile up in one run of slots. Produces, for a digest, the state that first held it.
 */
final class DigestSet {
    /** The most states one merge takes: the state number has 16 bits. */
    static final int MAX_STATES = 0xFFFE;
    private static final long TAG = 0xFFFFL;

    private long[] high = new long[1 << 12];
    private long[] low = new long[1 << 12];
    private int size;
    private final long seed = new SecureRandom().nextLong();

    /** Adds a 16-byte digest of state {@code state}; returns -1 when new, else the state that holds it. */
    int add(byte[] digest, int state) {
        long h = word(digest, 0);
        long l = word(digest, 8) & ~TAG;
        int mask = high.length - 1;
        int i = slot(h, l) & mask;
        while (low[i] != 0) {
            if (high[i] == h && (low[i] & ~TAG) == l) {
                return (int) (low[i] & TAG) - 1;
            }
            i = (i + 1) & mask;
        }
        high[i] = h;
        low[i] = l | (state + 1);
        if (++size * 4L > high.length * 3L) {
            grow();
        }
        return -1;
    }

    int size() {
        return size;
    }

    private int slot(long h, long l) {
        long x = h ^ l ^ seed;
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (int) (x ^ (x >>> 33));
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        high = new long[oldHigh.length * 2];
        low = new long[high.length];
        int mask = high.length - 1;
        for (int o = 0; o < oldHigh.length; o++) {
            if (oldLow[o] != 0) {
                int i = slot(oldHigh[o], oldLow[o] & ~TAG) & mask;
                while (low[i] != 0) {
                    i = (i + 1) & mask;
                }
                high[i] = oldHigh[o];
                low[i] = oldLow[o];
            }
        }
    }

    private static long word(byte[] b, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return v;
    }
}
