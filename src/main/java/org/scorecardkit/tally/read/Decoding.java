package org.scorecardkit.tally.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a response file's bytes become characters, decided over the whole file before any row is
 * read, so that decoding can never cut a file short: a byte order mark (UTF-8, UTF-16, UTF-32) or
 * the zero bytes UTF-16 and UTF-32 put around ASCII decide; otherwise UTF-8 when every byte is,
 * Windows-1252 (what Excel's "CSV" writes) when the file has no UTF-8 to speak of, and UTF-8 with
 * its stray bytes read as Windows-1252 when it is mostly UTF-8. Produces the file's reader and the
 * note to give about it; a file no encoding reads whole is {@link Undecodable}.
 */
final class Decoding {
    /** How the characters are made: Jackson's own UTF-8 decoding, {@link Cp1252Reader}, or the JDK's. */
    enum Kind { UTF8, MIXED, WINDOWS_1252, UNICODE }

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final String RESAVE = "save as \"CSV UTF-8\" to avoid this";

    private final Kind kind;
    private final Charset charset;
    private final int bom;
    private final String note;

    private Decoding(Kind kind, Charset charset, int bom, String note) {
        this.kind = kind;
        this.charset = charset;
        this.bom = bom;
        this.note = note;
    }

    /** A file whose bytes are not text in any encoding it may be in: it is not read at all. */
    static final class Undecodable extends Exception {
        private final int line;

        Undecodable(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() { return line; }
    }

    /** What the first bytes say: a byte order mark, the zeros of UTF-16 or UTF-32 around ASCII, or else UTF-8 for now. */
    static Decoding sniff(byte[] h) {
        int[] b = new int[4];
        for (int i = 0; i < 4; i++) {
            b[i] = i < h.length ? h[i] & 0xff : -1;
        }
        if (b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
            return new Decoding(Kind.UTF8, StandardCharsets.UTF_8, 3, null);
        }
        if (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
            return unicode(UTF_32BE, 4);
        }
        if (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
            return unicode(UTF_32LE, 4);
        }
        if (b[0] == 0xFE && b[1] == 0xFF) {
            return unicode(StandardCharsets.UTF_16BE, 2);
        }
        if (b[0] == 0xFF && b[1] == 0xFE) {
            return unicode(StandardCharsets.UTF_16LE, 2);
        }
        // Without a mark, as RFC 4627 tells JSON's encoding: the first character is ASCII, so its zeros show.
        if (b[3] > 0 && b[0] == 0 && b[1] == 0 && b[2] == 0) {
            return unicode(UTF_32BE, 0);
        }
        if (b[0] > 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return unicode(UTF_32LE, 0);
        }
        if (b[0] == 0 && b[1] > 0 && b[2] == 0 && b[3] > 0) {
            return unicode(StandardCharsets.UTF_16BE, 0);
        }
        if (b[0] > 0 && b[1] == 0 && b[2] > 0 && b[3] == 0) {
            return unicode(StandardCharsets.UTF_16LE, 0);
        }
        return new Decoding(Kind.UTF8, StandardCharsets.UTF_8, 0, null);
    }

    private static Decoding unicode(Charset c, int bom) {
        return new Decoding(Kind.UNICODE, c, bom, null);
    }

    /**
     * Decides over the whole file. JSON must be UTF-8, UTF-16 or UTF-32 (RFC 8259), so a JSON file
     * that is not is undecodable; a CSV file always decodes, as UTF-8 or Windows-1252 if not UTF-16 or UTF-32.
     */
    static Decoding of(Path file, byte[] head, boolean json) throws IOException, Undecodable {
        Decoding d = sniff(head);
        if (d.kind == Kind.UNICODE) {
            int line = firstError(file, d.charset, d.bom);
            if (line > 0) {
                throw new Undecodable("not valid " + d.charset.name() + " (a character is cut short or a surrogate is unpaired);"
                        + " the file was not read: save it again as UTF-8", line);
            }
            return d;
        }
        Utf8.Scan scan;
        try (InputStream in = Files.newInputStream(file)) {
            scan = Utf8.scan(in, Files.size(file));
        }
        return decide(file, d, scan, json);
    }

    /**
     * The decision {@link #of} makes, for a CSV file whose bytes before {@code offset} were all
     * ASCII (after the mark {@code sniffed} found): those bytes count for nothing in it and read
     * the same in every encoding, so only the rest of the file is scanned.
     */
    static Decoding ofRest(Path file, Decoding sniffed, long offset) throws IOException {
        Utf8.Scan rest;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            rest = Utf8.scan(in, Files.size(file) - offset);
        }
        // A UTF-8 mark is a sequence of three bytes the whole-file scan counts too.
        long mark = sniffed.bom == 3 ? 1 : 0;
        Utf8.Scan whole = new Utf8.Scan(rest.valid() ? -1 : offset + rest.firstInvalid(), rest.invalid(), rest.multibyte() + mark);
        try {
            return decide(file, sniffed, whole, false);
        } catch (Undecodable e) {
            throw new IllegalStateException("a CSV file always decodes", e);
        }
    }

    private static Decoding decide(Path file, Decoding d, Utf8.Scan scan, boolean json) throws IOException, Undecodable {
        if (scan.valid()) {
            return d;
        }
        long[] at = locate(file, scan.firstInvalid());
        int line = (int) Math.min(Integer.MAX_VALUE, at[0]);
        String where = "line " + line + ": byte " + String.format("0x%02X", at[1]);
        if (json) {
            throw new Undecodable("not valid UTF-8 (byte " + String.format("0x%02X", at[1]) + "); JSON must be UTF-8, UTF-16"
                    + " or UTF-32: save it as UTF-8 and tally it again; the file was not read", line);
        }
        String shown = shown(Utf8.cp1252((int) at[1]));
        // A mark, or as much UTF-8 as stray bytes, says the stray bytes are the exception: decoding
        // all as Windows-1252 would garble every UTF-8 character ("Müller" as "MÃ¼ller"), while the
        // other way round only the rare Windows-1252 pair that is also UTF-8 ("ß“") would suffer.
        if (d.bom > 0 || scan.multibyte() >= scan.invalid()) {
            return new Decoding(Kind.MIXED, StandardCharsets.UTF_8, d.bom, "not all UTF-8 (" + where + ", read as " + shown
                    + "); the bytes that are not UTF-8 were read as Windows-1252 (Excel's \"CSV\"), the rest as UTF-8; " + RESAVE);
        }
        return new Decoding(Kind.WINDOWS_1252, StandardCharsets.ISO_8859_1, 0, "not UTF-8 (" + where + ", read as " + shown
                + "); read as Windows-1252 (Excel's \"CSV\"); " + RESAVE);
    }

    private static String shown(char c) {
        return Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "\"" + c + "\"";
    }

    /** The line (counted from 1) of the byte at {@code offset}, and the byte. */
    private static long[] locate(Path file, long offset) throws IOException {
        long line = 1;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            long at = 0;
            while (true) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, offset + 1 - at));
                if (n <= 0) {
                    return new long[] {line, 0};
                }
                for (int i = 0; i < n; i++, at++) {
                    if (at == offset) {
                        return new long[] {line, buf[i] & 0xff};
                    }
                    line += buf[i] == '\n' ? 1 : 0;
                }
            }
        }
    }

    /** The line of the first byte sequence the charset cannot decode, or 0 when it decodes the whole file. */
    private static int firstError(Path file, Charset charset, int bom) throws IOException {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bom);
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean eof = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                CoderResult r;
                do {
                    r = decoder.decode(bytes, chars, eof);
                    line += newlines(chars.flip());
                    chars.clear();
                } while (r.isOverflow());
                if (r.isError()) {
                    return line;
                }
                bytes.compact();
                if (eof) {
                    return 0;
                }
            }
        }
    }

    private static int newlines(CharBuffer chars) {
        int n = 0;
        while (chars.hasRemaining()) {
            n += chars.get() == '\n' ? 1 : 0;
        }
        return n;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether the file is UTF-8 throughout, so that a parser may decode its bytes itself, fastest. */
    boolean utf8() {
        return kind == Kind.UTF8;
    }

    Kind kind() {
        return kind;
    }

    /** The bytes of the byte order mark the file starts with, which are not part of its text. */
    int bom() {
        return bom;
    }

    /** What the user should know about the decoding, or null when the file is as it should be. */
    String note() {
        return note;
    }

    /** The file's characters, after any byte order mark. */
    Reader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bom);
            return reader(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private Reader reader(InputStream in) {
        return switch (kind) {
            case MIXED -> FileChars.notUtf8(in, true);
            case WINDOWS_1252 -> FileChars.notUtf8(in, false);
            default -> new InputStreamReader(in, strict(charset));
        };
    }

    /** The first bytes of the file as text (a character cut at their end aside), to find its format and CSV delimiter. */
    String text(byte[] head) {
        int skip = Math.min(bom, head.length);
        if (kind == Kind.MIXED || kind == Kind.WINDOWS_1252) {
            try (Reader r = reader(new ByteArrayInputStream(head, skip, head.length - skip))) {
                StringBuilder s = new StringBuilder();
                char[] c = new char[4096];
                for (int n; (n = r.read(c)) > 0; ) {
                    s.append(c, 0, n);
                }
                return s.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // bytes in memory cannot fail to read
            }
        }
        return new String(head, skip, head.length - skip, charset);
    }
}
