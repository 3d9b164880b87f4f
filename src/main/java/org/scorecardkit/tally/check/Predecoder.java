package org.scorecardkit.tally.check;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.scorecardkit.model.Score;
import org.scorecardkit.tally.read.CellBatch;

/**
 * Decodes CSV rows on the reader's thread whenever the counting thread lags behind (and, when
 * answers rarely repeat, scores them too), so that the work is shared between two cores. Rows read
 * before the instrument was known or while the counting thread kept up, and JSON and PDF rows, are
 * decoded by the {@link Intake} itself, with the same result. Produces each batch's decoded rows as
 * its attachment.
 */
public final class Predecoder {
    private volatile Layout layout;
    private volatile Function<Row, Score> scorer;
    private volatile BooleanSupplier behind;
    private RowDecoder decoder;
    private Row row;
    private List<String> headerNames;
    private int headerFile = -1;
    private Header header;

    /** Starts decoding from the next batch on. */
    public void start(Layout l) {
        layout = l;
    }

    /**
     * Also scores rows ahead, on batches read while {@code behind} says the counting thread lags:
     * the Scorer is the costliest step when answers rarely repeat, and this shares it between the threads.
     *
     * @param score the row's score, or null when scoring ahead does not pay (answers repeat, so a cache serves them)
     */
    public void scoreAhead(Function<Row, Score> score, BooleanSupplier lagging) {
        scorer = score;
        behind = lagging;
    }

    /** Called on the reader's thread for every batch, in order. */
    public void accept(CellBatch b) {
        if (b.kind() == CellBatch.Kind.HEADER) {
            headerNames = Header.names(b);
            headerFile = b.file().index();
            header = null;
            return;
        }
        Layout l = layout;
        if (l == null || b.file().delimiter() == 0 || headerFile != b.file().index()
                || behind != null && !behind.getAsBoolean()) {
            return;
        }
        if (decoder == null) {
            decoder = new RowDecoder(l);
            row = new Row(l.size());
        }
        if (header == null) {
            header = Header.of(l, headerNames);
        }
        if (header.problem() == null) {
            decode(b, l);
        }
    }

    private void decode(CellBatch b, Layout l) {
        Decoded d = b.attachment() instanceof Decoded mine ? mine : new Decoded(l.size());
        d.ensure(b.rows());
        Function<Row, Score> score = scorer != null && behind.getAsBoolean() ? scorer : null;
        for (int r = 0; r < b.rows(); r++) {
            if (Intake.blankRow(b, r)) {
                d.blank[r] = true;
                continue;
            }
            d.problems[r] = decoder.decode(b, r, header.slots(), row);
            d.keep(r, row);
            d.scores[r] = score != null && d.problems[r] == null ? score.apply(row) : null;
        }
        d.ready = true;
        b.attach(d);
    }

    /** The decoded rows of one batch: codes and texts per row, flat, and each row's problems. */
    static final class Decoded implements CellBatch.Reusable {
        private final int columns;
        boolean ready;
        boolean[] blank = new boolean[0];
        Header.Problem[] problems = new Header.Problem[0];
        Score[] scores = new Score[0];
        int[] codes = new int[0];
        String[] texts = new String[0];
        int[] meta = new int[0];
        Object[] notes = new Object[0];
        /** Ints of a row's meta: respondent, group, date cell, date, other date reading, date kind, total. */
        private static final int META = 7;

        Decoded(int columns) {
            this.columns = columns;
        }

        void ensure(int rows) {
            if (blank.length < rows) {
                blank = new boolean[rows];
                problems = new Header.Problem[rows];
                scores = new Score[rows];
                codes = new int[rows * columns];
                texts = new String[rows * columns];
                meta = new int[rows * META];
                notes = new Object[rows];
            }
        }

        void keep(int r, Row row) {
            System.arraycopy(row.codes, 0, codes, r * columns, columns);
            System.arraycopy(row.texts, 0, texts, r * columns, columns);
            int m = r * META;
            meta[m] = row.respondent;
            meta[m + 1] = row.group;
            meta[m + 2] = row.dateCell;
            meta[m + 3] = row.date;
            meta[m + 4] = row.dateOther;
            meta[m + 5] = row.dateKind;
            meta[m + 6] = row.total;
            notes[r] = row.notes;
        }

        /** The cell of row r's respondent id, or -1 (a blank line, or a row without an id). */
        int respondent(int r) {
            return blank[r] ? -1 : meta[r * META];
        }

        /** Loads row r into {@code row}, as decoding it would have. */
        void load(int r, Row row, CellBatch b) {
            System.arraycopy(codes, r * columns, row.codes, 0, columns);
            System.arraycopy(texts, r * columns, row.texts, 0, columns);
            row.batch = b;
            row.line = b.line(r);
            int m = r * META;
            row.respondent = meta[m];
            row.group = meta[m + 1];
            row.dateCell = meta[m + 2];
            row.date = meta[m + 3];
            row.dateOther = meta[m + 4];
            row.dateKind = meta[m + 5];
            row.total = meta[m + 6];
            @SuppressWarnings("unchecked")
            List<CellNote> n = (List<CellNote>) notes[r];
            row.notes = n;
            row.scored = scores[r];
        }

        @Override
        public void clear() {
            ready = false;
            Arrays.fill(blank, false);
            Arrays.fill(problems, null);
            Arrays.fill(scores, null);
            Arrays.fill(texts, null);
            Arrays.fill(notes, null);
        }
    }
}
