package org.scorecardkit.tally.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.tally.read.CellBatch;
import org.scorecardkit.tally.read.ResponseFile;

/**
 * The one checker every response source feeds: takes the batches the readers produce and sorts
 * every row into accepted or rejected, so that rows read = accepted + rejected always holds, and
 * lists everything else it did not take as written. Blank CSV lines are skipped (and counted
 * apart); a cell that cannot be read counts as no answer; a date that cannot be read, or whose
 * day/month order its file leaves in doubt, counts as unknown; a written total that differs from
 * the score is listed; a column that is not the instrument's is ignored with one warning per file;
 * only a row that cannot be a response (another instrument or version, a later duplicate
 * respondent, no answers, a header naming one item twice) is rejected, and a file that cannot be
 * read to its end leaves a rejected row at the line where reading stopped. What a scan source found
 * itself (a mark in doubt, a page not read or missing) is listed as it gives it, and a scanned file of
 * which no page was a sheet is a file not read, with no row. Produces the accepted
 * rows for the aggregates and the listed problems. Close it to release its temporary files.
 */
public final class Intake implements AutoCloseable {
    private final Layout layout;
    private final RowDecoder decoder;
    private final Row row;
    private final IdSet ids;
    private final IdLookahead lookahead;
    private final Consumer<Row> accepted;
    private final Consumer<Problem> listed;
    private final FileDates dates;
    /** The names rows came from (a workbook's sheets apart), so that a duplicate points back to the right one. */
    private final List<String> files = new ArrayList<>();
    private final Map<String, Integer> fileIds = new java.util.HashMap<>();
    private int fileId;
    /** The name {@link #fileId} is of. */
    private String fileName;
    private final long[] reasons = new long[Reason.values().length];
    private final long[] kinds = new long[ProblemKind.values().length];
    /** Pages scanned, sheets assembled, marks corrected by hand (ScanCounts): scans only. */
    private final long[] scanned = new long[3];
    private final List<String> notes = new ArrayList<>();
    private final Set<String> namedIgnored = new LinkedHashSet<>();
    private TotalCheck totals;
    private Header header;
    private long read;
    private long accepts;
    private long blank;
    private boolean unreadable;

    /** @param dedupe whether a later row of the same respondent id is rejected */
    public Intake(Layout layout, boolean dedupe, Consumer<Row> accepted, Consumer<Problem> listed) {
        this(layout, dedupe, accepted, listed, null, Map.of());
    }

    /**
     * @param dateOrder the day/month order of every file's dates, or null to settle it file by file
     * @param knownOrders the orders an earlier pass over the same files settled on, by file index
     */
    public Intake(Layout layout, boolean dedupe, Consumer<Row> accepted, Consumer<Problem> listed,
                  DateOrder dateOrder, Map<Integer, DateOrder> knownOrders) {
        this.layout = layout;
        this.decoder = new RowDecoder(layout);
        this.row = new Row(layout.size());
        this.ids = dedupe ? new IdSet() : null;
        this.lookahead = dedupe ? new IdLookahead(ids) : null;
        this.accepted = accepted;
        this.listed = listed;
        this.dates = new FileDates(dateOrder, knownOrders);
    }

    /** Tells {@code settled} when the dates in doubt of a file are settled, or end up unknown (order null). */
    public Intake onDatesSettled(DateSettled settled) {
        dates.onSettled(settled::settled);
        return this;
    }

    /** Told when the dates in doubt of a file are settled to an order, or end up unknown (null). */
    @FunctionalInterface
    public interface DateSettled {
        void settled(int file, DateOrder order);
    }

    /** Consumes one batch; the batch may be reused by its reader afterwards. */
    public CellBatch accept(CellBatch b) {
        ResponseFile f = b.file();
        if (!f.name().equals(fileName)) {   // batch after batch of one file: no map lookup, no lambda made
            fileId = fileIds.computeIfAbsent(f.name(), name -> {
                files.add(name);
                return files.size() - 1;
            });
            fileName = f.name();
        }
        dates.start(f.index());
        if (b.kind() == CellBatch.Kind.HEADER) {
            header(b);
            return b;
        }
        Predecoder.Decoded decoded = b.attachment() instanceof Predecoder.Decoded d && d.ready ? d : null;
        if (lookahead != null) {
            lookahead.batch(b, b.file().delimiter() == 0 ? null : header, decoded);
        }
        for (int r = 0; r < b.rows(); r++) {
            if (decoded == null) {
                row(b, r);
            } else {
                decodedRow(b, r, decoded);
            }
        }
        listSource(b, -1);
        if (b.kind() == CellBatch.Kind.END) {
            end(b);
        }
        return b;
    }

    private void header(CellBatch b) {
        header = Header.of(layout, b);
        String file = b.file().name();
        if (header.problem() != null) {
            unreadable = true;
            notes.add(file + ": " + header.problem().message());
            return;
        }
        List<String> ignored = header.ignored();
        for (String name : ignored) {
            list(ProblemKind.COLUMN_IGNORED, file, b.line(0), name, "", Reason.UNKNOWN_COLUMN,
                    "not a column of " + layout.instrument().id() + ": its cells are not read; name it in --columns map.yaml to read it");
        }
        if (!ignored.isEmpty()) {
            notes.add(file + ": " + Messages.ignoredColumns(ignored, layout));
        }
    }

    private void row(CellBatch b, int r) {
        boolean named = b.file().delimiter() == 0;
        if (!named && blankRow(b, r)) {
            blank++;
            return;
        }
        read++;
        Header.Problem problem;
        if (!named && header != null && header.problem() != null) {
            row.clear();
            problem = header.problem();
        } else {
            problem = decoder.decode(b, r, named ? null : header.slots(), row);
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
        decoded.load(r, row, b);
        count(b, r, problem);
    }

    private void count(CellBatch b, int r, Header.Problem problem) {
        String file = b.file().name();
        // The row's own cells are listed whether or not it counts: a rejected row's reason may lie in them.
        notes(b, r, file);
        listSource(b, r);
        if (problem == null && ids != null && row.respondent >= 0) {
            problem = duplicate(b, r);
        }
        if (problem != null) {
            reasons[problem.reason().ordinal()]++;
            list(Problem.row(file, b.line(r), problem.reason(), problem.message(), raw(b, r)));
            return;
        }
        row.fileIndex = b.file().index();
        checks(b, r, file);
        row.file = file;
        row.fileIndex = b.file().index();
        accepts++;
        accepted.accept(row);
    }

    /** What an accepted row still needs: its date settled by its file's order, its written total checked. */
    private void checks(CellBatch b, int r, String file) {
        if (row.dateKind != 0) {
            // Only a date in doubt or a listed one needs its column's name: most dates need neither.
            String column = row.dateKind == DateReading.AMBIGUOUS ? column(b, r, row.dateCell) : null;
            String why = dates.settle(row, column);
            if (why != null) {
                list(ProblemKind.DATE_UNKNOWN, file, row.line, column != null ? column : column(b, r, row.dateCell),
                        Cells.value(b, row.dateCell), Reason.BAD_DATE, why);
            }
        }
        if (row.total >= 0 && !Cells.blank(b, row.total)) {
            if (totals == null) {
                totals = new TotalCheck(layout);
            }
            String written = Cells.value(b, row.total);
            String why = totals.check(row, written);
            if (why != null) {
                list(ProblemKind.TOTAL_DIFFERS, file, row.line, column(b, r, row.total), written, null, why);
            }
        }
    }

    /** Lists the problems of the row's cells; an unknown key of JSON or PDF rows once per file. */
    private void notes(CellBatch b, int r, String file) {
        if (row.notes == null) {
            return;
        }
        for (CellNote n : row.notes) {
            String column = column(b, r, n.cell());
            if (n.kind() == ProblemKind.COLUMN_IGNORED) {
                if (namedIgnored.add(column)) {
                    list(n.kind(), file, b.line(r), column, "", n.reason(), n.message());
                }
            } else {
                list(n.kind(), file, b.line(r), column, Cells.value(b, n.cell()), n.reason(), n.message());
            }
        }
    }

    /** Lists what the source found itself about row {@code r} (-1: about no row): a scanned mark in doubt, a page not read. */
    private void listSource(CellBatch b, int r) {
        if (!b.hasListed()) {
            return;
        }
        for (CellBatch.Listed p : b.listed()) {
            if (p.row() == r) {
                list(new Problem(p.kind(), p.file(), p.line(), p.column(), p.value(), null, p.message()));
            }
        }
    }

    /** A scan's counts, and its files of which no page was a sheet: those are not read, like a file that cannot be opened. */
    private void scanned(org.scorecardkit.tally.read.ScanCounts counts) {
        scanned[0] += counts.pages();
        scanned[1] += counts.sheets();
        scanned[2] += counts.corrected();
        if (!counts.unread().isEmpty()) {
            unreadable = true;
            notes.addAll(counts.unread());
        }
    }

    /** The column of a cell as the file names it: its header, or its key in a JSON or PDF row. */
    private String column(CellBatch b, int r, int cell) {
        if (b.file().delimiter() == 0) {
            return b.name(cell);
        }
        return header == null ? "" : header.name(cell - b.firstCell(r));
    }

    private Header.Problem duplicate(CellBatch b, int r) {
        long first = lookahead.add(b, r, row.respondent, fileId);
        if (first < 0) {
            return null;
        }
        return new Header.Problem(Reason.DUPLICATE, "respondent \"" + row.respondent() + "\" already answered in "
                + files.get(IdSet.file(first)) + " at line " + IdSet.line(first) + "; the first answer counts");
    }

    private void end(CellBatch b) {
        String file = b.file().name();
        if (b.error() != null) {
            read++;
            unreadable = true;
            notes.add(file + (b.errorLine() > 0 ? ":" + b.errorLine() : "") + ": " + b.error());
            reasons[Reason.UNREADABLE.ordinal()]++;
            list(Problem.row(file, b.errorLine(), Reason.UNREADABLE, b.error(), ""));
        }
        if (b.scanned() != null) {
            scanned(b.scanned());
        }
        if (b.note() != null) {
            // How the file was decoded when it was not plain UTF-8: counted rows are right, but the user should know.
            notes.add(file + ": " + b.note());
        }
        long doubts = dates.inDoubt();
        String column = dates.column();
        dates.end((value, line) -> list(ProblemKind.DATE_UNKNOWN, file, line, column, value, Reason.BAD_DATE,
                Messages.AMBIGUOUS_DATE));
        if (doubts > 0) {
            notes.add(file + ": " + Messages.ambiguousDates(doubts, column));
        }
        if (!namedIgnored.isEmpty()) {
            notes.add(file + ": " + Messages.ignoredColumns(new ArrayList<>(namedIgnored), layout));
            namedIgnored.clear();
        }
        header = null;
    }

    private void list(ProblemKind kind, String file, int line, String column, String value, Reason reason, String message) {
        list(new Problem(kind, file, line, column, value == null ? "" : value, reason, message));
    }

    private void list(Problem p) {
        kinds[p.kind().ordinal()]++;
        listed.accept(p);
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

    /** Problems listed by kind, indexed by {@link ProblemKind#ordinal()}. */
    public long[] kinds() { return kinds.clone(); }

    /** Pages scanned, sheets assembled from them, marks corrected by hand: {pages, sheets, corrected}. */
    public long[] scanned() { return scanned.clone(); }

    /** File-level problems: ignored columns, files that could not be read to the end, dates in doubt. */
    public List<String> notes() { return List.copyOf(notes); }

    /** Whether some file could not be read to its end, or had a header that could not be read. */
    public boolean unreadable() { return unreadable; }

    /** The day/month order each file's dates settled on by their own values, by file index. */
    public Map<Integer, DateOrder> dateOrders() { return dates.found(); }

    /** Releases the respondent ids and the dates in doubt: their memory, and any temporary files. */
    @Override
    public void close() {
        if (ids != null) {
            ids.close();
        }
        dates.close();
    }
}
