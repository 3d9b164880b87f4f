package org.scorecardkit.tally.check;

/**
 * A Bloom filter of fixed size over id digests, blocked by cache line: all bits of one digest lie
 * in one 64-byte block, so a test costs one memory access. Produces "certainly absent" for most ids
 * never added, which lets them skip the runs on disk; "maybe present" sends them to the runs.
 */
final class IdBloom {
    private static final int BITS_PER_DIGEST = 7;

    private final long[] words;
    private final int blockMask;

    /** @param bytes the filter's size, rounded down to a power of two of at least 64 */
    IdBloom(long bytes) {
        int blocks = Integer.highestOneBit((int) Math.min(1 << 24, Math.max(1, bytes / 64)));
        words = new long[blocks * 8];
        blockMask = blocks - 1;
    }

    void add(long digest) {
        int block = ((int) (digest >>> 32) & blockMask) << 3;
        int bit = (int) digest & 511;
        int step = ((int) digest >>> 9) & 511 | 1;
        for (int i = 0; i < BITS_PER_DIGEST; i++, bit = (bit + step) & 511) {
            words[block + (bit >>> 6)] |= 1L << bit;
        }
    }

    boolean mightContain(long digest) {
        int block = ((int) (digest >>> 32) & blockMask) << 3;
        int bit = (int) digest & 511;
        int step = ((int) digest >>> 9) & 511 | 1;
        for (int i = 0; i < BITS_PER_DIGEST; i++, bit = (bit + step) & 511) {
            if ((words[block + (bit >>> 6)] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }
}
