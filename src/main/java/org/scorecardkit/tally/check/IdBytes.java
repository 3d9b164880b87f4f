package org.scorecardkit.tally.check;

/**
 * The bytes an id is kept as, in memory and on disk: one byte per character when every character
 * is Latin-1 (most ids), else two (UTF-16LE), with a flag saying which, so that two ids are equal
 * exactly when their kept bytes and flags are. Produces those bytes and compares ids against them.
 */
final class IdBytes {
    private IdBytes() {
    }

    /** Whether c[s, e) has a character beyond Latin-1, so it needs two bytes a character. */
    static boolean wide(char[] c, int s, int e) {
        int any = 0;
        for (int i = s; i < e; i++) {
            any |= c[i];
        }
        return any > 0xff;
    }

    /** How many bytes c[s, e) takes. */
    static int length(int s, int e, boolean wide) {
        return wide ? 2 * (e - s) : e - s;
    }

    /** Writes c[s, e) into b from at; returns the end. */
    static int put(char[] c, int s, int e, boolean wide, byte[] b, int at) {
        for (int i = s; i < e; i++) {
            if (wide) {
                b[at++] = (byte) c[i];
                b[at++] = (byte) (c[i] >>> 8);
            } else {
                b[at++] = (byte) c[i];
            }
        }
        return at;
    }

    /** Whether b[at, at + len), kept with the given width, is the id c[s, e). */
    static boolean equal(byte[] b, int at, int len, boolean keptWide, char[] c, int s, int e, boolean wide) {
        if (keptWide != wide || len != length(s, e, wide)) {
            return false;
        }
        for (int i = s; i < e; i++) {
            int kept = wide ? (b[at++] & 0xff | (b[at++] & 0xff) << 8) : b[at++] & 0xff;
            if (kept != c[i]) {
                return false;
            }
        }
        return true;
    }
}
