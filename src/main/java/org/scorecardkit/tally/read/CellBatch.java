package org.scorecardkit.tally.read;

import java.util.Arrays;

/**
 * A batch of rows read from one file, kept as character ranges in one reusable buffer so that
 * reading a million rows allocates no string per cell. A CSV row's cells are positional (the
 * file's header says which column is which); a JSON, PDF or scanned sheet's cells carry names. The batch can
 * also carry the CSV header row, or the end of its file with the error that stopped reading, and
 * (scans only) the problems the source found itself and its counts.
 */
public final class CellBatch {
    /** What a batch carries. */
    public enum Kind { HEADER, ROWS, END }

    private static final int ROWS = 2048;
    private static final int CHARS = 1 << 16;
    private static final int CELLS = ROWS * 4;

    private Kind kind = Kind.ROWS;
    private ResponseFile file;
    private String error;
    private int errorLine;
    private String note;

    char[] chars = new char[CHARS];
    int used;
    int[] start = new int[CELLS];
    int[] length = new int[CELLS];
    // Only JSON and PDF rows name their cells: these three are made on the first named cell.
    int[] nameStart;
    int[] nameLength;
    boolean[] notValue;
    int cells;
    int[] rowFirst = new int[ROWS];
    int[] rowLine = new int[ROWS];
    String[] rowRaw = new String[ROWS];
    int rows;
    /** The characters of the raw rows held, which the pool counts like the buffer's. */
    private long rawChars;
    /** What {@link #excess()} was when the batch was handed over, so that the pool takes back exactly as much. */
    long weighed;
    private Object attachment;
    /** What the source itself found beyond the cells (scans only), or null: almost every batch has none. */
    private java.util.List<Listed> listed;
    private ScanCounts scanned;

    /** Empties the batch for reuse by the file's reader. */
    public CellBatch reset(Kind k, ResponseFile f) {
        kind = k;
        file = f;
        error = null;
        errorLine = 0;
        note = null;
        used = 0;
        cells = 0;
        clearRaw();
        rows = 0;
        listed = null;
        scanned = null;
        if (attachment instanceof Reusable r) {
            r.clear();
        }
        return this;
    }

    /**
     * What a later stage worked out about the rows ahead of time (the rows decoded on the reader's
     * thread), or null; cleared whenever the batch is refilled.
     */
    public Object attachment() { return attachment; }

    public void attach(Object value) { attachment = value; }

    public Kind kind() { return kind; }

    /**
     * A problem the source found itself, which the checker lists as given: a scanned mark in doubt,
     * a page not read or missing.
     *
     * @param row the row it belongs to (listed with that row, whether or not the row counts), or -1 for none
     */
    public record Listed(int row, org.scorecardkit.tally.check.ProblemKind kind, String file, int line, String column,
                         String value, String message) {
    }

    /** The problems the source listed itself, in order; empty for every source but the scans. */
    public java.util.List<Listed> listed() {
        return listed == null ? java.util.List.of() : listed;
    }

    /** Whether the source listed anything itself: a check per row that costs nothing for files. */
    public boolean hasListed() {
        return listed != null;
    }

    void list(Listed problem) {
        if (listed == null) {
            listed = new java.util.ArrayList<>();
        }
        listed.add(problem);
    }

    /** What a scan source counted (END batches of scans only), or null. */
    public ScanCounts scanned() { return scanned; }

    void scanned(ScanCounts counts) {
        scanned = counts;
    }

    public ResponseFile file() { return file; }

    /** Why reading the file stopped early, or null (END batches only). */
    public String error() { return error; }

    public int errorLine() { return errorLine; }

    /**
     * Something the user should know about how the file was read that cost no row, such as the
     * encoding it was read in, or null (END batches only).
     */
    public String note() { return note; }

    void note(String text) {
        note = text;
    }

    void end(String message, int line) {
        kind = Kind.END;
        error = message;
        errorLine = line;
    }

    public int rows() { return rows; }

    /** Whether the batch has room for another row of typical size. */
    boolean roomy() {
        return rows < ROWS - 1 && cells < start.length - 256 && used < chars.length - 8192;
    }

    void startRow(int line, String raw) {
        ensureRows();
        rowFirst[rows] = cells;
        rowLine[rows] = line;
        rowRaw[rows] = raw;
        rawChars += raw == null ? 0 : raw.length();
        rows++;
        rowFirst[rows] = cells;
    }

    /** Appends a cell to the current row; {@code name} null for a positional cell. */
    void cell(char[] text, int offset, int len, String name, boolean isValue) {
        ensureCells();
        ensureChars(len + (name == null ? 0 : name.length()));
        start[cells] = used;
        length[cells] = len;
        System.arraycopy(text, offset, chars, used, len);
        used += len;
        if (name != null || nameStart != null) {
            named();
            notValue[cells] = !isValue;
            nameStart[cells] = -1;
        }
        if (name != null) {
            nameStart[cells] = used;
            nameLength[cells] = name.length();
            name.getChars(0, name.length(), chars, used);
            used += name.length();
        }
        cells++;
        rowFirst[rows] = cells;
    }

    void cell(String text, String name, boolean isValue) {
        cell(text.toCharArray(), 0, text.length(), name, isValue);
    }

    /** Appends a positional cell straight from a string. */
    void cell(String text) {
        int len = text.length();
        room(len);
        start[cells] = used;
        length[cells] = len;
        text.getChars(0, len, chars, used);
        used += len;
        positional();
    }

    /**
     * Appends a positional cell from a range of characters; the buffers grow exactly as for
     * {@link #cell(String)}, so that a batch fills, and ends, at the same row whichever reader filled it.
     */
    void cell(char[] text, int offset, int len) {
        int c = cells;
        int at = used;
        // The usual cell, written inline: C1, the compiler a short tally runs with, inlines little.
        if (c + 1 >= start.length || at + len > chars.length || nameStart != null) {
            room(len);
            c = cells;
            at = used;
        }
        start[c] = at;
        length[c] = len;
        System.arraycopy(text, offset, chars, at, len);
        used = at + len;
        if (nameStart != null) {
            positional();
            return;
        }
        cells = c + 1;
        rowFirst[rows] = c + 1;
    }

    private void room(int len) {
        if (cells + 1 >= start.length) {
            ensureCells();
        }
        if (used + len > chars.length) {
            ensureChars(len);
        }
    }

    private void positional() {
        if (nameStart != null) {
            notValue[cells] = false;
            nameStart[cells] = -1;
        }
        cells++;
        rowFirst[rows] = cells;
    }

    /** The shared character buffer every cell points into. */
    public char[] chars() { return chars; }

    public int firstCell(int row) { return rowFirst[row]; }

    public int cellCount(int row) { return rowFirst[row + 1] - rowFirst[row]; }

    public int line(int row) { return rowLine[row]; }

    /** The row as read (JSON text), or null for CSV, whose raw row is rebuilt from its cells. */
    public String raw(int row) { return rowRaw[row]; }

    public int start(int cell) { return start[cell]; }

    public int length(int cell) { return length[cell]; }

    public String text(int cell) { return new String(chars, start[cell], length[cell]); }

    /** The cell's name, or null when the cell is positional. */
    public String name(int cell) {
        return nameStart == null || nameStart[cell] < 0 ? null : new String(chars, nameStart[cell], nameLength[cell]);
    }

    /** Whether a named cell held something other than a value or a list of values (a JSON object). */
    public boolean notValue(int cell) { return notValue != null && notValue[cell]; }

    private void named() {
        if (nameStart == null || nameStart.length < start.length) {
            nameStart = nameStart == null ? new int[start.length] : Arrays.copyOf(nameStart, start.length);
            nameLength = nameLength == null ? new int[start.length] : Arrays.copyOf(nameLength, start.length);
            notValue = notValue == null ? new boolean[start.length] : Arrays.copyOf(notValue, start.length);
        }
    }

    /**
     * About how many bytes the batch holds beyond a batch of standard size: buffers grown for long
     * cells, raw rows kept. Zero for the usual batch, so counting it costs nothing on the fast path.
     */
    long excess() {
        long bytes = 2L * (chars.length - CHARS) + 8L * (start.length - CELLS) + 12L * (rowFirst.length - ROWS) + 2 * rawChars;
        if (nameStart != null) {
            bytes += 9L * (nameStart.length - CELLS);
        }
        return bytes;
    }

    /**
     * Gives back the memory a long cell made the batch grow by, and the raw rows, so that a batch
     * waiting to be filled again holds no more than a standard one.
     */
    void shrink() {
        clearRaw();
        if (chars.length > CHARS || start.length > CELLS || rowFirst.length > ROWS) {
            chars = new char[CHARS];
            start = new int[CELLS];
            length = new int[CELLS];
            nameStart = null;
            nameLength = null;
            notValue = null;
            rowFirst = new int[ROWS];
            rowLine = new int[ROWS];
            rowRaw = new String[ROWS];
            // The decoded rows of a large batch hold its long texts as strings too.
            attachment = null;
            used = 0;
            cells = 0;
            rows = 0;
        }
    }

    private void clearRaw() {
        if (rawChars > 0) {
            Arrays.fill(rowRaw, 0, Math.min(rows + 1, rowRaw.length), null);
            rawChars = 0;
        }
    }

    /** An attachment that stays with its batch from fill to fill, emptied each time. */
    public interface Reusable {
        void clear();
    }

    private void ensureRows() {
        if (rows + 2 > rowFirst.length) {
            rowFirst = Arrays.copyOf(rowFirst, rowFirst.length * 2);
            rowLine = Arrays.copyOf(rowLine, rowLine.length * 2);
            rowRaw = Arrays.copyOf(rowRaw, rowRaw.length * 2);
        }
    }

    private void ensureCells() {
        if (cells + 1 >= start.length) {
            int n = start.length * 2;
            start = Arrays.copyOf(start, n);
            length = Arrays.copyOf(length, n);
            if (nameStart != null) {
                named();
            }
        }
    }

    private void ensureChars(int more) {
        if (used + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + more));
        }
    }
}
