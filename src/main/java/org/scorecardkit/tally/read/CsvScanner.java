package org.scorecardkit.tally.read;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Reader;

/**
 * The CSV fast path: reads a file's characters in large chunks and writes each cell's characters
 * straight into the batch, counting physical lines as it goes, with no string per cell. Produces
 * the same batches as {@link CsvResponses} (Jackson's parser, the plain path): the same rows,
 * cells, lines, batch ends, errors and lines of errors, which CsvScannerTest checks file by file.
 * Its rules are Jackson's: a cell is quoted when its first character is a quote; a doubled quote
 * in it is one quote; after the closing quote only blanks may come before the delimiter or the
 * line's end; CRLF, LF and a lone CR each end a line, inside quotes too; a blank line is a row of
 * one empty cell; blank rows before the header are skipped.
 */
final class CsvScanner {
    /** The longest cell Jackson's reader takes, so that both paths stop at the same cells. */
    static final int MAX_CELL = StreamReadConstraints.defaults().getMaxStringLength();
    private static final int CHUNK = 1 << 16;
    /** What ended a cell. */
    private static final int SEPARATOR = 0;
    private static final int LINE = 1;
    private static final int FILE = 2;

    private final Reader in;
    private final ResponseFile f;
    private final BatchSink sink;
    private final char sep;
    /** The highest character that may end an unquoted cell: the delimiter, CR or LF. */
    private final char special;
    private final char[] buf = new char[CHUNK];
    private int pos;
    private int end;
    private CellBatch b;
    private int line = 1;
    private boolean inRow;
    /** Whether the header was not found yet, and whether every cell of the row so far is blank. */
    private boolean header = true;
    private boolean blank;
    /** A cell that spans chunks, or holds doubled quotes, is put together here. */
    private char[] scratch = new char[256];
    private int scratchLength;

    private CsvScanner(Reader in, ResponseFile f, CellBatch batch, BatchSink sink) {
        this.in = in;
        this.f = f;
        this.sep = f.delimiter();
        this.special = (char) Math.max(sep, '\r');
        this.b = batch;
        this.sink = sink;
    }

    /** Reads the characters into batches handed to {@code sink}, the last one an END batch; closes {@code in}. */
    static void read(ResponseFile file, Reader in, CellBatch batch, BatchSink sink) {
        try (Reader r = in) {
            new CsvScanner(r, file, batch, sink).read();
        } catch (IOException e) {
            // Closing a file that was read cannot lose a row; read() reported every other failure.
        }
    }

    private void read() {
        b.reset(CellBatch.Kind.HEADER, f);
        try {
            rows();
            b.end(null, 0);
        } catch (Malformed e) {
            b.end("not readable as CSV (" + e.getMessage() + "); the rest of the file was not read", cut(0));
        } catch (IOException e) {
            b.end("cannot read the file to its end (" + e.getMessage() + "); the rest of the file was not read", cut(0));
        }
        note();
        sink.accept(b);
    }

    /** How the file was decoded, when it was decided while reading it (see {@link FileChars}). */
    private void note() {
        if (in instanceof FileChars chars) {
            try {
                b.note(chars.decoding().note());
            } catch (IOException e) {
                if (b.error() == null) {
                    b.end("cannot read the file to its end (" + e.getMessage() + "); the rest of the file was not read", 0);
                }
            }
        }
    }

    /** Drops the row an error cut short, which is reported at its own start instead; the line to report. */
    private int cut(int lineNr) {
        if (!inRow) {
            return lineNr;
        }
        b.rows--;
        b.cells = b.rowFirst[b.rows];
        inRow = false;
        return b.rowLine[b.rows];
    }

    /** Reads row after row; the first row that is not blank goes alone in a HEADER batch. */
    private void rows() throws IOException {
        if (!more()) {
            return;
        }
        while (true) {
            b.startRow(line, null);
            inRow = true;
            blank = true;
            int ended;
            do {
                ended = cell();
            } while (ended == SEPARATOR);
            inRow = false;
            if (header && blank) {
                b.rows--;
                b.cells = b.rowFirst[b.rows];
            } else if (header || !b.roomy()) {
                header = false;
                b = sink.accept(b).reset(CellBatch.Kind.ROWS, f);
            }
            if (ended == FILE || !more()) {
                return;
            }
        }
    }

    /** Reads one cell into the batch; what ended it. */
    private int cell() throws IOException {
        if (pos >= end && !more()) {
            emit(buf, 0, 0);
            return FILE;
        }
        char c = buf[pos];
        if (c == '\r' || c == '\n') {
            emit(buf, 0, 0);
            pos++;
            lineBreak(c);
            return LINE;
        }
        if (c == '"') {
            pos++;
            return quoted();
        }
        if (c == sep) {
            emit(buf, 0, 0);
            pos++;
            return SEPARATOR;
        }
        return unquoted();
    }

    private int unquoted() throws IOException {
        scratchLength = -1;
        while (true) {
            final char[] a = buf;
            final char d = sep;
            final int from = pos;
            final int e = end;
            int p = from;
            while (p < e) {
                char c = a[p];
                if (c <= special) {
                    if (c == d || c == '\n' || c == '\r') {
                        pos = p + 1;
                        finish(from, p);
                        if (c == d) {
                            return SEPARATOR;
                        }
                        lineBreak(c);
                        return LINE;
                    }
                }
                p++;
            }
            keep(from, p);
            pos = p;
            if (!more()) {
                finish(p, p);
                return FILE;
            }
        }
    }

    /** Reads a quoted cell from after its opening quote, then what may follow its closing quote. */
    private int quoted() throws IOException {
        scratchLength = -1;
        // Where the last CR was, so that the LF of a CRLF does not count a second line (-1: the chunk's last character before it).
        int cr = -2;
        while (true) {
            final char[] a = buf;
            final int from = pos;
            final int e = end;
            int p = from;
            while (p < e) {
                char c = a[p];
                if (c <= '"') {
                    if (c == '"') {
                        break;
                    }
                    if (c == '\n') {
                        line += cr == p - 1 ? 0 : 1;
                    } else if (c == '\r') {
                        line++;
                        cr = p;
                    }
                }
                p++;
            }
            if (p < e) {
                cr = -2;
                if (scratchLength < 0 && p + 1 < e && a[p + 1] != '"') {
                    // The whole cell lies in this chunk, with no doubled quote: straight from it.
                    emit(a, from, p - from);
                    pos = p + 1;
                    return afterQuote();
                }
                // A closing quote, or the first of two that stand for one.
                keep(from, p);
                pos = p + 1;
                if (more() && buf[pos] == '"') {
                    keep(pos, pos + 1);
                    pos++;
                    continue;
                }
                finishKept();
                return afterQuote();
            }
            keep(from, p);
            pos = p;
            cr = cr == e - 1 ? -1 : -2;
            if (!more()) {
                throw new Malformed("Missing closing quote for value");
            }
        }
    }

    /** Blanks may follow a closing quote before the delimiter or the line's end; anything else is an error, as in Jackson. */
    private int afterQuote() throws IOException {
        while (more()) {
            char c = buf[pos++];
            if (c == sep) {
                return SEPARATOR;
            }
            if (c <= ' ') {
                if (c == '\r' || c == '\n') {
                    lineBreak(c);
                    return LINE;
                }
                continue;
            }
            throw new Malformed("Unexpected character (" + describe(c) + "): Expected column separator character ("
                    + describe(sep) + ") or end-of-line");
        }
        return FILE;
    }

    /** Counts the line a CR, LF or CRLF ends; the CR of a CRLF was read already. */
    private void lineBreak(char c) throws IOException {
        if (c == '\r' && more() && buf[pos] == '\n') {
            pos++;
        }
        line++;
    }

    /** Whether there is a character at {@code pos}, reading the next chunk when this one is used up. */
    private boolean more() throws IOException {
        if (pos < end) {
            return true;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    /** Keeps {@code buf[from, to)} as part of a cell that goes on past them (scratch length -1: nothing kept yet). */
    private void keep(int from, int to) throws Malformed {
        int have = Math.max(scratchLength, 0);
        int len = to - from;
        if (have + len > MAX_CELL) {
            throw new Malformed(CsvResponses.tooLong());
        }
        if (have + len > scratch.length) {
            scratch = java.util.Arrays.copyOf(scratch, Math.max(scratch.length * 2, have + len));
        }
        System.arraycopy(buf, from, scratch, have, len);
        scratchLength = have + len;
    }

    /** Ends an unquoted cell at {@code buf[to]}: straight from the chunk when it lies wholly in it. */
    private void finish(int from, int to) throws Malformed {
        if (scratchLength < 0) {
            emit(buf, from, to - from);
        } else {
            keep(from, to);
            finishKept();
        }
    }

    private void finishKept() {
        emit(scratch, 0, Math.max(scratchLength, 0));
        if (scratch.length > CHUNK) {
            // A long cell made it grow: it is not held on to for the rest of the file.
            scratch = new char[256];
        }
    }

    private void emit(char[] a, int from, int len) {
        b.cell(a, from, len);
        if (header) {
            for (int i = from; i < from + len && blank; i++) {
                blank = a[i] <= ' ' || a[i] == '\uFEFF';
            }
        }
    }

    /** A character as Jackson's messages show it. */
    static String describe(int ch) {
        char c = (char) ch;
        if (Character.isISOControl(c)) {
            return "(CTRL-CHAR, code " + ch + ")";
        }
        if (ch > 255) {
            return "'" + c + "' (code " + ch + " / 0x" + Integer.toHexString(ch) + ")";
        }
        return "'" + c + "' (code " + ch + ")";
    }

    /** Text that is not CSV: ends the file's reading with its message. */
    private static final class Malformed extends IOException {
        Malformed(String message) {
            super(message, null);
        }
    }
}
