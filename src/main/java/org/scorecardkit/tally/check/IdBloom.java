package org.scorecardkit.tally.check;

/**
 * A Bloom filter of fixed size over id digests, blocked by cache line: all bits of one digest lie
 * in one 64-byte block, so a test costs one memory access. Produces "certainly absent" for most ids
 * never added, which lets them skip the runs on disk; "maybe present" sends them to the runs. The
 * block is picked by the digest's top bits: a spill adds its ids in digest order, so it then walks
 * the filter from one end to the other instead of missing the cache at every id.
 */
final class IdBloom {
    private static final int BITS_PER_DIGEST = 7;

    private final long[] words;
    /** 64 minus the bits of a block number: the top bits of a digest name its block. */
    private final int blockShift;

    /** @param bytes the filter's size, rounded down to a power of two of at least 64 */
    IdBloom(long bytes) {
        int blocks = Integer.highestOneBit((int) Math.min(1 << 24, Math.max(1, bytes / 64)));
        words = new long[blocks * 8];
        blockShift = 64 - Integer.numberOfTrailingZeros(blocks);
    }

    /** The first word of the digest's block; a filter of one block has it at 0 (a shift by 64 would not). */
    private int block(long digest) {
        return blockShift == 64 ? 0 : (int) (digest >>> blockShift) << 3;
    }

    void add(long digest) {
        int block = block(digest);
        int bit = (int) digest & 511;
        int step = ((int) digest >>> 9) & 511 | 1;
        for (int i = 0; i < BITS_PER_DIGEST; i++, bit = (bit + step) & 511) {
            words[block + (bit >>> 6)] |= 1L << bit;
        }
    }

    /** The first word of the digest's block, read ahead of {@link #mightContain} so that its cache miss overlaps others. */
    long peek(long digest) {
        return words[block(digest)];
    }

    boolean mightContain(long digest) {
        int block = block(digest);
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
