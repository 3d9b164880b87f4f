package org.scorecardkit.tally.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.scorecardkit.tally.check.Layout;

/**
 * Reads an Excel workbook (.xlsx) row by row with fastexcel's streaming reader, in bounded memory,
 * and produces batches exactly as {@link CsvResponses} does for each sheet it reads: the sheet's
 * first non-blank row alone in a HEADER batch, then its rows, each with its spreadsheet row number
 * as its line; each cell as the text a CSV export would hold ({@link XlsxCells}).
 */
public final class XlsxResponses {
    /** Cell formats are needed to tell a date cell from a number. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);
    private final BatchSink sink;
    private final XlsxCells cells = new XlsxCells();
    private CellBatch b;
    private int line;
    private boolean inRow;
    /** The texts of the row being added, reused from row to row. */
    private String[] texts = new String[64];

    private XlsxResponses(CellBatch batch, BatchSink sink) {
        this.b = batch;
        this.sink = sink;
    }

    /** Reads the workbook into batches handed to {@code sink}; the last batch is an END batch. */
    static void read(ResponseFile file, CellBatch batch, BatchSink sink) {
        read(file, null, batch, sink);
    }

    /** @param only the one sheet to read (--sheet), or null for every sheet whose header names responses */
    static void read(ResponseFile file, String only, CellBatch batch, BatchSink sink) {
        new XlsxResponses(batch, sink).read(file, only);
    }

    private void read(ResponseFile file, String only) {
        ResponseFile f = file.withFormat(Format.XLSX, ',');
        b.reset(CellBatch.Kind.ROWS, f);
        List<String> skipped = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.path().toFile(), OPTIONS)) {
            List<Sheet> sheets = only == null ? chosen(wb, skipped) : named(wb, only);
            if (sheets == null) {
                b.end("has no sheet \"" + only + "\" (--sheet); its sheets are \"" + String.join("\", \"",
                        wb.getSheets().map(Sheet::getName).toList()) + "\"", 0);
                sink.accept(b);
                return;
            }
            ResponseFile workbook = f;
            for (Sheet sheet : sheets) {
                f = sheets.size() > 1 ? workbook.named(workbook.name() + "[" + sheet.getName() + "]") : workbook;
                sheet(sheet, f);
            }
            if (!skipped.isEmpty()) {
                // The note on skipped sheets is about the workbook, not the last sheet read.
                flush(CellBatch.Kind.ROWS, workbook);
            }
            b.end(null, 0);
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a damaged workbook with runtime exceptions as well as IOExceptions.
            // An error between rows is in the row after the last one read.
            int at = inRow ? line : line > 0 ? line + 1 : 0;
            cut();
            b.end("not readable as an Excel workbook (" + oneLine(e) + "); the rest of the file was not read", at);
        }
        if (!skipped.isEmpty()) {
            b.note(String.join("; ", skipped));
        }
        sink.accept(b);
    }

    /** Whether a header names a respondent, group or date column, by name or by an alias people use (Layout's). */
    private static boolean identifies(String header) {
        int slot = Layout.metaSlotOfHeader(header);
        return slot == Layout.RESPONDENT || slot == Layout.GROUP || slot == Layout.DATE;
    }

    /** The sheet named (ignoring case and surrounding spaces), alone, or null when the workbook has none of that name. */
    private static List<Sheet> named(ReadableWorkbook wb, String name) {
        return wb.getSheets().filter(s -> s.getName().strip().equalsIgnoreCase(name.strip())).findFirst().map(List::of).orElse(null);
    }

    /**
     * The sheets to read: those whose header names a respondent, group or date column; when none
     * does, every sheet with a header, so that a workbook of bare item columns still tallies.
     */
    private List<Sheet> chosen(ReadableWorkbook wb, List<String> skipped) throws IOException {
        List<Sheet> withHeader = new ArrayList<>();
        List<Sheet> identified = new ArrayList<>();
        for (Sheet sheet : wb.getSheets().toList()) {
            List<String> header = header(sheet);
            if (header == null) {
                continue;
            }
            withHeader.add(sheet);
            if (header.stream().anyMatch(XlsxResponses::identifies)) {
                identified.add(sheet);
            }
        }
        if (identified.isEmpty() || identified.size() == withHeader.size()) {
            return withHeader;
        }
        for (Sheet sheet : withHeader) {
            if (!identified.contains(sheet)) {
                skipped.add("sheet \"" + sheet.getName() + "\" was not read: its first row names no respondent, group or"
                        + " date column, so it holds no responses");
            }
        }
        return identified;
    }

    /** The texts of the sheet's first non-blank row, or null when the sheet has none. */
    private List<String> header(Sheet sheet) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                List<String> texts = new ArrayList<>();
                boolean blank = true;
                for (int c = 0; c < row.getCellCount(); c++) {
                    String t = cells.text(row.getCell(c));
                    texts.add(t);
                    blank &= CsvResponses.isBlank(t);
                }
                if (!blank) {
                    return texts;
                }
            }
        }
        return null;
    }

    /**
     * Streams one sheet: its first non-blank row goes alone in a HEADER batch; rows missing from
     * the sheet after it come as empty rows, so blank rows are counted as a CSV export's blank lines are.
     */
    private void sheet(Sheet sheet, ResponseFile f) throws IOException {
        flush(CellBatch.Kind.HEADER, f);
        int width = -1;
        int last = 0;
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                line = row.getRowNum();
                if (width < 0) {
                    width = headerRow(row, f);
                    last = line;
                    continue;
                }
                for (int gap = last + 1; gap < line; gap++) {
                    room(f);
                    b.startRow(gap, null);
                }
                last = line;
                room(f);
                b.startRow(line, null);
                inRow = true;
                cells(row, width);
                inRow = false;
            }
        }
    }

    /** The header's width once the header row is found, else -1 (blank rows above it are skipped). */
    private int headerRow(Row row, ResponseFile f) {
        b.startRow(row.getRowNum(), null);
        inRow = true;
        int width = cells(row, 0);
        if (width == 0) {
            cut();
            return -1;
        }
        inRow = false;
        flush(CellBatch.Kind.ROWS, f);
        return width;
    }

    /**
     * Adds the row's cells, at least {@code width} of them, so that empty cells at the end of a row
     * (which a workbook does not store) still line up with the header; the count up to the last non-blank cell.
     */
    private int cells(Row row, int width) {
        int n = row.getCellCount();
        if (texts.length < n) {
            texts = new String[Math.max(n, texts.length * 2)];
        }
        int filled = 0;
        for (int c = 0; c < n; c++) {
            String t = cells.text(row.getCell(c));
            texts[c] = t;
            if (!t.isEmpty() && !CsvResponses.isBlank(t)) {
                filled = c + 1;
            }
        }
        int count = Math.max(width, filled);
        for (int c = 0; c < count; c++) {
            b.cell(c < n ? texts[c] : "");
        }
        return filled;
    }

    /** Drops the row an error cut short: the error is reported at its line instead. */
    private void cut() {
        if (inRow) {
            b.rows--;
            b.cells = b.rowFirst[b.rows];
            inRow = false;
        }
    }

    private void room(ResponseFile f) {
        if (!b.roomy()) {
            flush(CellBatch.Kind.ROWS, f);
        }
    }

    /** Hands over the batch being filled when it holds anything, and starts a batch of {@code kind}. */
    private void flush(CellBatch.Kind kind, ResponseFile f) {
        if (b.rows() > 0 || b.kind() == CellBatch.Kind.HEADER) {
            b = sink.accept(b);
        }
        b.reset(kind, f);
    }

    /** The innermost cause's message, without the XML parser's position in the zip entry, which means nothing to a user. */
    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        if (m == null) {
            return root.getClass().getSimpleName();
        }
        int at = m.indexOf(" at [row,col");
        return (at > 0 ? m.substring(0, at) : m).replaceAll("\\s+", " ").strip();
    }
}
