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
        State v = new State(k0, k1);
        int end = off + len - (len & 7);
        for (int i = off; i < end; i += 8) {
            long m = 0;
            for (int j = 7; j >= 0; j--) {
                m = m << 8 | (b[i + j] & 0xff);
            }
            v.block(m);
        }
        long last = (long) len << 56;
        for (int j = 0; j < (len & 7); j++) {
            last |= (long) (b[end + j] & 0xff) << (8 * j);
        }
        return v.finish(last);
    }

    @Override
    public long of(char[] c, int s, int e) {
        return IdBytes.wide(c, s, e) ? wide(c, s, e) : narrow(c, s, e);
    }

    /** The digest of the Latin-1 bytes of c[s, e): eight characters to a block. */
    private long narrow(char[] c, int s, int e) {
        State v = new State(k0, k1);
        int len = e - s;
        int end = e - (len & 7);
        int i = s;
        for (; i < end; i += 8) {
            v.block(c[i] | (long) c[i + 1] << 8 | (long) c[i + 2] << 16 | (long) c[i + 3] << 24
                    | (long) c[i + 4] << 32 | (long) c[i + 5] << 40 | (long) c[i + 6] << 48 | (long) c[i + 7] << 56);
        }
        long last = (long) len << 56;
        for (int j = 0; i < e; i++, j += 8) {
            last |= (long) c[i] << j;
        }
        return v.finish(last);
    }

    /** The digest of the UTF-16LE bytes of c[s, e), under the wide key: four characters to a block. */
    private long wide(char[] c, int s, int e) {
        State v = new State(k0 ^ WIDE, k1);
        int len = 2 * (e - s);
        int end = e - ((e - s) & 3);
        int i = s;
        for (; i < end; i += 4) {
            v.block(c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48);
        }
        long last = (long) len << 56;
        for (int j = 0; i < e; i++, j += 16) {
            last |= (long) c[i] << j;
        }
        return v.finish(last);
    }

    /** The four words of the SipHash state and its rounds. */
    private static final class State {
        long v0;
        long v1;
        long v2;
        long v3;

        State(long k0, long k1) {
            v0 = k0 ^ 0x736f6d6570736575L;
            v1 = k1 ^ 0x646f72616e646f6dL;
            v2 = k0 ^ 0x6c7967656e657261L;
            v3 = k1 ^ 0x7465646279746573L;
        }

        void block(long m) {
            v3 ^= m;
            round();
            round();
            v0 ^= m;
        }

        long finish(long last) {
            block(last);
            v2 ^= 0xff;
            round();
            round();
            round();
            round();
            return v0 ^ v1 ^ v2 ^ v3;
        }

        private void round() {
            v0 += v1;
            v1 = Long.rotateLeft(v1, 13);
            v1 ^= v0;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v3;
            v3 = Long.rotateLeft(v3, 16);
            v3 ^= v2;
            v0 += v3;
            v3 = Long.rotateLeft(v3, 21);
            v3 ^= v0;
            v2 += v1;
            v1 = Long.rotateLeft(v1, 17);
            v1 ^= v2;
            v2 = Long.rotateLeft(v2, 32);
        }
    }
}
