package org.scorecardkit.tally.read;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (the well-formed sequences of Unicode's table 3-7: no overlong forms, no surrogates,
 * nothing past U+10FFFF) and Windows-1252 as browsers decode it. Produces, in one streaming pass over
 * a file, whether it is UTF-8, where its first byte that is not, and how many of each kind it has.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final int BUFFER = 1 << 20;
    static final int MIN_BUFFER = 16;

    /** Windows-1252 at 0x80–0x9F, as the WHATWG Encoding Standard has it; every other byte is its Latin-1 character. */
    private static final char[] CP1252_80 = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    private Utf8() {
    }

    /**
     * What a scan found.
     *
     * @param firstInvalid the offset of the first byte that is not part of a well-formed sequence, or -1
     * @param invalid how many such bytes there are
     * @param multibyte how many well-formed sequences of two to four bytes there are
     */
    record Scan(long firstInvalid, long invalid, long multibyte) {
        boolean valid() {
            return firstInvalid < 0;
        }
    }

    /** The character Windows-1252 decodes the byte to; each of the 256 bytes decodes. */
    static char cp1252(int b) {
        int u = b & 0xff;
        return u >= 0x80 && u < 0xA0 ? CP1252_80[u - 0x80] : (char) u;
    }

    /** The length of the well-formed sequence starting at {@code i} and complete before {@code end}, or 0. */
    static int sequence(byte[] b, int i, int end) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
            return 1;
        }
        if (c < 0xC2 || c > 0xF4) {
            return 0;
        }
        int n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (i + n > end) {
            return 0;
        }
        // The second byte's range depends on the first; it excludes overlongs, surrogates and > U+10FFFF.
        int second = b[i + 1] & 0xff;
        int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (second < lo || second > hi) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return n;
    }

    /** The code point of a well-formed sequence of {@code n} bytes at {@code i}. */
    static int codePoint(byte[] b, int i, int n) {
        int c = b[i] & 0xff;
        int cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < n; k++) {
            cp = cp << 6 | b[i + k] & 0x3F;
        }
        return cp;
    }

    /**
     * Reads the stream to its end; eight ASCII bytes at a time where it can, as most response files are ASCII.
     *
     * @param sizeHint about how many bytes the stream holds, so that a small file needs no large buffer
     */
    static Scan scan(InputStream in, long sizeHint) throws IOException {
        // At least a few words, so that the three bytes a sequence may leave behind never fill the buffer.
        byte[] buf = new byte[sizeHint >= BUFFER ? BUFFER : (int) Math.max(MIN_BUFFER, sizeHint + 1)];
        long base = 0;
        long first = -1;
        long invalid = 0;
        long multibyte = 0;
        int have = 0;
        boolean eof;
        while (true) {
            int n = in.readNBytes(buf, have, buf.length - have);
            eof = have + n < buf.length;
            have += n;
            // A sequence starting before the limit lies wholly in the buffer; the tail waits for more bytes.
            int limit = eof ? have : have - 3;
            int i = 0;
            while (i < limit) {
                if (i + 8 <= have && ((long) LONGS.get(buf, i) & HIGH_BITS) == 0) {
                    i += 8;
                } else if (buf[i] >= 0) {
                    i++;
                } else {
                    int len = sequence(buf, i, have);
                    if (len == 0) {
                        first = first < 0 ? base + i : first;
                        invalid++;
                        i++;
                    } else {
                        multibyte++;
                        i += len;
                    }
                }
            }
            i = Math.min(i, have);
            System.arraycopy(buf, i, buf, 0, have - i);
            base += i;
            have -= i;
            if (eof) {
                return new Scan(first, invalid, multibyte);
            }
        }
    }
}
