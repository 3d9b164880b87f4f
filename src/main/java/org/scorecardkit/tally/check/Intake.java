package org.scorecardkit.tally.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.scorecardkit.tally.read.CellBatch;
import org.scorecardkit.tally.read.ResponseFile;

/**
 * Takes the batches the readers produce and sorts every row into accepted or rejected, so that rows
 * read = accepted + rejected always holds: blank CSV lines are skipped (and counted apart), a
 * header with an unknown column rejects its file's rows, a later duplicate of a respondent id is
 * rejected and the first kept, and a file that cannot be read to its end leaves a reject at the
 * line where reading stopped. Produces the accepted rows for the aggregates and the rejects.
 * Close it to release the temporary files its respondent ids may have spilled to.
 */
public final class Intake implements AutoCloseable {
    private final Layout layout;
    private final RowDecoder decoder;
    private final Row row;
    private final IdSet ids;
    private final Consumer<Row> accepted;
    private final Consumer<Reject> rejected;
    private final List<String> files = new ArrayList<>();
    private final long[] reasons = new long[Reason.values().length];
    private final List<String> notes = new ArrayList<>();
    private Header header;
    private long read;
    private long accepts;
    private long blank;
    private boolean unreadable;

    /** @param dedupe whether a later row of the same respondent id is rejected */
    public Intake(Layout layout, boolean dedupe, Consumer<Row> accepted, Consumer<Reject> rejected) {
        this.layout = layout;
        this.decoder = new RowDecoder(layout);
        this.row = new Row(layout.size());
        this.ids = dedupe ? new IdSet() : null;
        this.accepted = accepted;
        this.rejected = rejected;
    }

    /** Consumes one batch; the batch may be reused by its reader afterwards. */
    public CellBatch accept(CellBatch b) {
        ResponseFile f = b.file();
        while (files.size() <= f.index()) {
            files.add(null);
        }
        files.set(f.index(), f.name());
        if (b.kind() == CellBatch.Kind.HEADER) {
            header = Header.of(layout, b);
            if (header.problem() != null) {
                notes.add(f.name() + ": " + header.problem().message());
            }
            return b;
        }
        Predecoder.Decoded decoded = b.attachment() instanceof Predecoder.Decoded d && d.ready ? d : null;
        for (int r = 0; r < b.rows(); r++) {
            if (decoded == null) {
                row(b, r);
            } else {
                decodedRow(b, r, decoded);
            }
        }
        if (b.kind() == CellBatch.Kind.END) {
            end(b);
        }
        return b;
    }

    private void row(CellBatch b, int r) {
        boolean named = b.file().delimiter() == 0;
        if (!named && blankRow(b, r)) {
            blank++;
            return;
        }
        read++;
        Header.Problem problem = !named && header != null && header.problem() != null ? header.problem()
                : decoder.decode(b, r, named ? null : header.slots(), row);
        if (problem == null && ids != null && row.respondent >= 0) {
            problem = duplicate(b, r);
        }
        count(b, r, problem);
    }

    /** A row the {@link Predecoder} decoded on the reader's thread. */
    private void decodedRow(CellBatch b, int r, Predecoder.Decoded decoded) {
        if (decoded.blank[r]) {
            blank++;
            return;
        }
        read++;
        Header.Problem problem = decoded.problems[r];
        if (problem == null) {
            decoded.load(r, row, b);
            problem = ids != null && row.respondent >= 0 ? duplicate(b, r) : null;
        }
        count(b, r, problem);
    }

    private void count(CellBatch b, int r, Header.Problem problem) {
        if (problem != null) {
            reject(b.file().name(), b.line(r), problem, raw(b, r));
            return;
        }
        row.file = b.file().name();
        accepts++;
        accepted.accept(row);
    }

    private Header.Problem duplicate(CellBatch b, int r) {
        int c = row.respondent;
        int s = Cells.start(b, c);
        int e = Cells.end(b, c);
        long first = ids.add(b.chars(), s, e, b.file().index(), b.line(r));
        if (first < 0) {
            return null;
        }
        return new Header.Problem(Reason.DUPLICATE, "respondent \"" + row.respondent() + "\" already answered in "
                + files.get(IdSet.file(first)) + " at line " + IdSet.line(first) + "; the first answer counts");
    }

    private void end(CellBatch b) {
        if (b.error() != null) {
            read++;
            unreadable = true;
            notes.add(b.file().name() + (b.errorLine() > 0 ? ":" + b.errorLine() : "") + ": " + b.error());
            reject(b.file().name(), b.errorLine(), new Header.Problem(Reason.UNREADABLE, b.error()), "");
        }
        if (b.note() != null) {
            // How the file was decoded when it was not plain UTF-8: counted rows are right, but the user should know.
            notes.add(b.file().name() + ": " + b.note());
        }
        header = null;
    }

    private void reject(String file, int line, Header.Problem problem, String raw) {
        reasons[problem.reason().ordinal()]++;
        rejected.accept(new Reject(file, line, problem.reason(), problem.message(), raw));
    }

    static boolean blankRow(CellBatch b, int r) {
        int first = b.firstCell(r);
        for (int i = first; i < first + b.cellCount(r); i++) {
            if (!Cells.blank(b, i)) {
                return false;
            }
        }
        return true;
    }

    /** The row as read: its JSON, or its cells joined again with the file's delimiter, quoted where needed. */
    private static String raw(CellBatch b, int r) {
        if (b.raw(r) != null) {
            return b.raw(r);
        }
        String d = String.valueOf(b.file().delimiter());
        StringBuilder s = new StringBuilder();
        int first = b.firstCell(r);
        for (int i = first; i < first + b.cellCount(r); i++) {
            String t = b.text(i);
            boolean quote = t.contains(d) || t.contains("\"") || t.contains("\n") || t.contains("\r");
            s.append(i == first ? "" : d).append(quote ? "\"" + t.replace("\"", "\"\"") + "\"" : t);
        }
        return s.toString();
    }

    public long read() { return read; }

    public long accepted() { return accepts; }

    public long rejected() { return read - accepts; }

    /** Blank CSV lines skipped: not rows, so neither accepted nor rejected. */
    public long blank() { return blank; }

    /** Rejected rows by reason, indexed by {@link Reason#ordinal()}. */
    public long[] reasons() { return reasons.clone(); }

    /** File-level problems: unknown columns, files that could not be read to the end. */
    public List<String> notes() { return List.copyOf(notes); }

    /** Whether some file could not be read to its end. */
    public boolean unreadable() { return unreadable; }

    /** Releases the respondent ids: their memory, and the temporary files they spilled to, if any. */
    @Override
    public void close() {
        if (ids != null) {
            ids.close();
        }
    }
}
