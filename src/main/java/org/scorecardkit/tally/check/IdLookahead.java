package org.scorecardkit.tally.check;

import org.scorecardkit.tally.read.CellBatch;

/**
 * Works out the respondent-id digests of a whole batch before its rows are counted, and reads the
 * id table's slots for all of them in one tight loop, so that their cache misses overlap (a million
 * ids spread over a 16 MB table miss the cache nearly every time). Produces, for a row whose id is
 * the cell it looked at, the id's digest and width; the {@link IdSet} decides exactly as without it.
 */
final class IdLookahead {
    private final IdSet ids;
    private long[] digests = new long[0];
    private boolean[] wide = new boolean[0];
    /** Per row of the current batch: the id's cell whose digest was worked out, or -1. */
    private int[] cells = new int[0];
    /** Per row: the id's characters in the batch, spaces around it left out. */
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private int rows;
    /** What the slot reads summed to: kept, so that no compiler can drop the reads. */
    private long sink;

    IdLookahead(IdSet ids) {
        this.ids = ids;
    }

    /**
     * Looks ahead at the ids of batch b, of a CSV file with this header (null for JSON or PDF rows,
     * which it leaves alone): the cells the Predecoder found (decoded non-null), or else those of
     * the header's respondent column.
     */
    void batch(CellBatch b, Header header, Predecoder.Decoded decoded) {
        rows = 0;
        int column = respondentColumn(header);
        if (column < 0) {
            return;
        }
        int n = b.rows();
        if (cells.length < n) {
            digests = new long[n];
            wide = new boolean[n];
            cells = new int[n];
            starts = new int[n];
            ends = new int[n];
        }
        char[] c = b.chars();
        for (int r = 0; r < n; r++) {
            int cell = decoded != null ? decoded.respondent(r) : column < b.cellCount(r) ? b.firstCell(r) + column : -1;
            int s = cell < 0 ? 0 : Cells.start(b, cell);
            int e = cell < 0 ? 0 : Cells.end(b, cell);
            cells[r] = s < e ? cell : -1;
            starts[r] = s;
            ends[r] = e;
            wide[r] = s < e && IdBytes.wide(c, s, e);
            digests[r] = s < e ? ids.digest(c, s, e, wide[r]) : 0;
        }
        rows = n;
        sink += ids.prefetch(digests, n);
    }

    /** Where the header has its respondent column; -1 for none, or for no header that could be read. */
    private static int respondentColumn(Header header) {
        if (header == null || header.problem() != null) {
            return -1;
        }
        int[] slots = header.slots();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == Layout.RESPONDENT) {
                return i;
            }
        }
        return -1;
    }

    /** Adds row r's id, the non-blank cell {@code cell}, to the set (see {@link IdSet#add}). */
    long add(CellBatch b, int r, int cell, int file) {
        if (r < rows && cells[r] == cell) {
            return ids.add(b.chars(), starts[r], ends[r], wide[r], digests[r], file, b.line(r));
        }
        return ids.add(b.chars(), Cells.start(b, cell), Cells.end(b, cell), file, b.line(r));
    }
}
