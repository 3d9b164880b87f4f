package org.scorecardkit.tally.check;

/**
 * How a respondent id becomes the 64-bit digest that places it in the id table and orders it on
 * disk. Produces the same digest for equal ids; different ids may share one (the set compares the
 * ids themselves then), so a deliberately weak digest only slows the set down, never changes it.
 */
@FunctionalInterface
interface IdDigest {
    /**
     * The digest of the id in c[s, e).
     *
     * @param wide {@link IdBytes#wide} of the id, which the caller has worked out already
     */
    long of(char[] c, int s, int e, boolean wide);
}
