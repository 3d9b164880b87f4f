package org.scorecardkit.tally.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The characters of a file that is UTF-8, mostly UTF-8 or Windows-1252, decoded in large chunks
 * exactly as a UTF-8 decoder would, and bytes that are not UTF-8 as Windows-1252. The encoding may be left open while the
 * bytes are ASCII, which every one of them reads alike: at the first byte that is not, the rest of
 * the file decides it as {@link Decoding#of} would have over the whole file, so that a file whose
 * first megabytes are ASCII is read in one pass, not two. Produces the characters and the decoding.
 */
final class FileChars extends Reader {
    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int end;
    private boolean eof;
    /** The offset in the file of {@code buf[0]}. */
    private long base;
    /** How the file decodes; null while every byte was ASCII and the encoding is left open. */
    private Decoding decided;
    private final Decoding sniffed;
    /** Whether well-formed UTF-8 sequences read as UTF-8 (a UTF-8 or mostly UTF-8 file), else every byte as Windows-1252. */
    private boolean utf8First;
    /** The low surrogate of a supplementary character whose high one was the last character returned. */
    private char pending;

    private FileChars(Path path, Decoding sniffed, Decoding decided) throws IOException {
        this.path = path;
        this.sniffed = sniffed;
        in = Files.newInputStream(path);
        try {
            in.skipNBytes(sniffed.bom());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        base = sniffed.bom();
        decide(decided);
    }

    /** Bytes already decided not to be (all) UTF-8, from a stream: nothing is left open, so no path is needed. */
    private FileChars(InputStream in, boolean utf8First) {
        this.path = null;
        this.sniffed = null;
        this.in = in;
        this.decided = null;
        this.utf8First = utf8First;
    }

    /**
     * Bytes that are not (all) UTF-8, decoded without losing one: as Windows-1252 throughout, or, for
     * a mostly UTF-8 file, each well-formed UTF-8 sequence as UTF-8 and every other byte as Windows-1252.
     *
     * @param utf8First whether well-formed UTF-8 sequences are decoded as UTF-8 (a mostly UTF-8 file)
     */
    static FileChars notUtf8(InputStream in, boolean utf8First) {
        return new FileChars(in, utf8First);
    }

    /** A file whose decoding {@link Decoding#of} decided already (not UTF-16 or UTF-32). */
    static FileChars decided(Path path, Decoding decoding) throws IOException {
        return new FileChars(path, decoding, decoding);
    }

    /** A file whose bytes, after the mark {@code sniffed} found, are ASCII as far as they were looked at. */
    static FileChars open(Path path, Decoding sniffed) throws IOException {
        return new FileChars(path, sniffed, null);
    }

    private void decide(Decoding d) {
        decided = d;
        utf8First = d != null && d.kind() != Decoding.Kind.WINDOWS_1252;
    }

    /** How the whole file decodes; decided now from the bytes not read yet, all read so far being ASCII, if it is still open. */
    Decoding decoding() throws IOException {
        if (decided == null) {
            decide(pos >= end && eof ? sniffed : Decoding.ofRest(path, sniffed, base + pos));
        }
        return decided;
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = off;
        int limit = off + len;
        if (pending != 0) {
            out[n++] = pending;
            pending = 0;
        }
        while (n < limit) {
            if (end - pos < 4 && !eof) {
                fill();
            }
            if (pos >= end) {
                break;
            }
            // Most bytes are ASCII: copied in a tight loop, up to the first that is not.
            int p = pos;
            int stop = Math.min(end, p + limit - n);
            byte[] b = buf;
            while (p < stop && b[p] >= 0) {
                out[n++] = (char) b[p++];
            }
            pos = p;
            if (p < stop) {
                if (decided == null && path != null) {
                    decide(Decoding.ofRest(path, sniffed, base + p));
                }
                n = other(out, n, limit);
            }
        }
        return n == off ? -1 : n - off;
    }

    /** Decodes the byte at {@code pos}, which is not ASCII, by the file's decoding; the next place in {@code out}. */
    private int other(char[] out, int n, int limit) {
        int seq = utf8First ? Utf8.sequence(buf, pos, end) : 0;
        if (seq <= 1) {
            out[n++] = Utf8.cp1252(buf[pos]);
            pos++;
            return n;
        }
        int cp = Utf8.codePoint(buf, pos, seq);
        pos += seq;
        if (Character.isBmpCodePoint(cp)) {
            out[n++] = (char) cp;
        } else {
            out[n++] = Character.highSurrogate(cp);
            if (n < limit) {
                out[n++] = Character.lowSurrogate(cp);
            } else {
                pending = Character.lowSurrogate(cp);
            }
        }
        return n;
    }

    /** Moves what is left to the front and reads more, so that a sequence never straddles the buffer's end. */
    private void fill() throws IOException {
        System.arraycopy(buf, pos, buf, 0, end - pos);
        base += pos;
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
