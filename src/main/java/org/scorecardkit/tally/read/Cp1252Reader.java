package org.scorecardkit.tally.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes bytes that are not (all) UTF-8 without losing one: as Windows-1252 throughout, or, for a
 * file that is mostly UTF-8, each well-formed UTF-8 sequence as UTF-8 and every other byte as
 * Windows-1252. Produces the characters of every byte of the stream, so no row can be cut short.
 */
final class Cp1252Reader extends Reader {
    private final InputStream in;
    private final boolean utf8First;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    /** The low surrogate of a supplementary character whose high one was the last character returned. */
    private char pending;

    /** @param utf8First whether well-formed UTF-8 sequences are decoded as UTF-8 (a mostly UTF-8 file) */
    Cp1252Reader(InputStream in, boolean utf8First) {
        this.in = in;
        this.utf8First = utf8First;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pending != 0) {
            out[off + n++] = pending;
            pending = 0;
        }
        while (n < len) {
            if (end - pos < 4 && !eof) {
                fill();
            }
            if (pos >= end) {
                break;
            }
            byte b = buf[pos];
            int seq = b >= 0 || !utf8First ? 1 : Utf8.sequence(buf, pos, end);
            if (b >= 0) {
                out[off + n++] = (char) b;
            } else if (seq <= 1) {
                out[off + n++] = Utf8.cp1252(b);
                seq = 1;
            } else {
                int cp = Utf8.codePoint(buf, pos, seq);
                if (Character.isBmpCodePoint(cp)) {
                    out[off + n++] = (char) cp;
                } else {
                    out[off + n++] = Character.highSurrogate(cp);
                    if (n < len) {
                        out[off + n++] = Character.lowSurrogate(cp);
                    } else {
                        pending = Character.lowSurrogate(cp);
                    }
                }
            }
            pos += seq;
        }
        return n == 0 ? -1 : n;
    }

    /** Moves what is left to the front and reads more, so that a sequence never straddles the buffer's end. */
    private void fill() throws IOException {
        System.arraycopy(buf, pos, buf, 0, end - pos);
        end -= pos;
        pos = 0;
        while (end < 4 && !eof) {
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                eof = true;
            } else {
                end += r;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
