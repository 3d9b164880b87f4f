package org.scorecardkit.tally.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ids crafted against the id hash the tally used before it was keyed (32-bit FNV-1a with a fixed
 * finaliser), the way an attacker would: the finaliser is a bijection, so FNV-1a collisions are
 * full collisions, and FNV-1a is a chain, so 17 colliding pairs of 4-character blocks found one
 * after the other (a birthday search each) concatenate into 2^17 ids with one and the same hash.
 */
final class OldHashCollisions {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

    private OldHashCollisions() {
    }

    /** 2^levels distinct ids of 4 * levels letters, digits, dots and underscores, all with the same old hash. */
    static List<String> ids(int levels) {
        int state = 0x811c9dc5;
        String[][] pairs = new String[levels][];
        Random random = new Random(8);
        for (int level = 0; level < levels; level++) {
            pairs[level] = collidingBlocks(state, random);
            state = fnv(state, pairs[level][0]);
        }
        List<String> ids = new ArrayList<>(1 << levels);
        for (int bits = 0; bits < 1 << levels; bits++) {
            StringBuilder id = new StringBuilder(4 * levels);
            for (int level = 0; level < levels; level++) {
                id.append(pairs[level][bits >>> level & 1]);
            }
            ids.add(id.toString());
        }
        return ids;
    }

    /** Two different blocks that take FNV-1a from {@code state} to the same state: random blocks, about 80,000 tries. */
    private static String[] collidingBlocks(int state, Random random) {
        Map<Integer, String> seen = new HashMap<>();
        char[] b = new char[4];
        while (true) {
            for (int j = 0; j < b.length; j++) {
                b[j] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            String block = new String(b);
            String earlier = seen.putIfAbsent(fnv(state, block), block);
            if (earlier != null && !earlier.equals(block)) {
                return new String[] {earlier, block};
            }
        }
    }

    private static int fnv(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    /** The old id hash, exactly: FNV-1a, then the finaliser that spread ids differing only at the end. */
    static int oldHash(String s) {
        int h = fnv(0x811c9dc5, s);
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h == 0 ? 1 : h;
    }
}
