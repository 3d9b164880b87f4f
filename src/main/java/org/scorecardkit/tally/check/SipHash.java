package org.scorecardkit.tally.check;

import java.security.SecureRandom;

/**
 * SipHash-2-4 (Aumasson and Bernstein), a keyed 64-bit hash: without the key nobody can choose ids
 * that share digests, so a crafted file cannot pile its ids into one slot of the id table. Produces
 * the digest of bytes, and of an id's characters as its {@link IdBytes} encoding (Latin-1 when every
 * character fits, else UTF-16LE, each under its own key so the two encodings never meet).
 */
final class SipHash implements IdDigest {
    /** Keeps the UTF-16 key apart from the Latin-1 key. */
    private static final long WIDE = 0x9e3779b97f4a7c15L;
    /** How the message is given: bytes, characters one byte each (Latin-1), or two each (UTF-16LE). */
    private static final int BYTES = 0;
    private static final int LATIN = 1;
    private static final int UTF16 = 2;

    private final long k0;
    private final long k1;

    SipHash(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /** A hash under a fresh random key: a new key every run, so no file can be crafted against it. */
    static SipHash random() {
        SecureRandom random = new SecureRandom();
        return new SipHash(random.nextLong(), random.nextLong());
    }

    /** The digest of b[off, off + len), exactly as the reference implementation computes it. */
    long bytes(byte[] b, int off, int len) {
        return hash(k0, k1, BYTES, b, null, off, len);
    }

    @Override
    public long of(char[] c, int s, int e, boolean wide) {
        return wide ? hash(k0 ^ WIDE, k1, UTF16, null, c, s, 2 * (e - s)) : hash(k0, k1, LATIN, null, c, s, e - s);
    }

    /** The digest of the id c[s, e), working out its width first. */
    long of(char[] c, int s, int e) {
        return of(c, s, e, IdBytes.wide(c, s, e));
    }

    /**
     * SipHash-2-4 of a message of {@code len} bytes starting at {@code from} in b or c. The state
     * lives in locals, not in an object: the tally runs on the C1 compiler, which has no escape
     * analysis, so a state object would be one allocation per id.
     */
    private static long hash(long k0, long k1, int form, byte[] b, char[] c, int from, int len) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int words = len >>> 3;
        for (int w = 0; w <= words; w++) {
            long m = w < words ? word(form, b, c, from, w) : last(form, b, c, from, len);
            v3 ^= m;
            for (int r = 0; r < 2; r++) {   // the compression rounds
                v0 += v1;
                v1 = Long.rotateLeft(v1, 13) ^ v0;
                v0 = Long.rotateLeft(v0, 32);
                v2 += v3;
                v3 = Long.rotateLeft(v3, 16) ^ v2;
                v0 += v3;
                v3 = Long.rotateLeft(v3, 21) ^ v0;
                v2 += v1;
                v1 = Long.rotateLeft(v1, 17) ^ v2;
                v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= m;
        }
        v2 ^= 0xff;
        for (int r = 0; r < 4; r++) {   // the finalisation rounds: the same round as above
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13) ^ v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17) ^ v2;
            v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    /** The message's 64-bit word w, little-endian: eight bytes, eight Latin-1 characters or four UTF-16 ones. */
    private static long word(int form, byte[] b, char[] c, int from, int w) {
        if (form == LATIN) {
            int i = from + 8 * w;
            return c[i] | (long) c[i + 1] << 8 | (long) c[i + 2] << 16 | (long) c[i + 3] << 24
                    | (long) c[i + 4] << 32 | (long) c[i + 5] << 40 | (long) c[i + 6] << 48 | (long) c[i + 7] << 56;
        }
        if (form == UTF16) {
            int i = from + 4 * w;
            return c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48;
        }
        int i = from + 8 * w;
        return b[i] & 0xffL | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
                | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56;
    }

    /** The last word: the message's length in its top byte, below it the len % 8 bytes after the full words. */
    private static long last(int form, byte[] b, char[] c, int from, int len) {
        long last = (long) len << 56;
        int tail = len & 7;
        int at = len - tail;   // bytes into the message
        if (form == BYTES) {
            for (int j = 0; j < tail; j++) {
                last |= (b[from + at + j] & 0xffL) << (8 * j);
            }
        } else if (form == LATIN) {
            for (int j = 0; j < tail; j++) {
                last |= (long) c[from + at + j] << (8 * j);
            }
        } else {
            for (int j = 0; j < tail / 2; j++) {
                last |= (long) c[from + at / 2 + j] << (16 * j);
            }
        }
        return last;
    }
}
