package org.scorecardkit.collect.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorecardkit.collect.store.ResponseStore;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.render.csv.KeyingTemplates;

/**
 * Writes every stored response of an instrument as CSV, JSON Lines or Excel, in id order, with the
 * keying template's columns (so the tally reads the export back figure for figure) and formula-like
 * cells neutralised; streamed, so memory does not grow with the rows.
 */
public final class ResponseExport {
    /** The export formats, chosen by the output file's extension. */
    public enum Format {
        CSV, JSONL, XLSX;

        /** The format a file name's extension names (.csv, .jsonl, .xlsx), or null. */
        public static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") ? CSV : name.endsWith(".jsonl") ? JSONL : name.endsWith(".xlsx") ? XLSX : null;
        }
    }

    /** The collector's own columns after the template's: the response's instrument, version, submission id and when it was received. */
    public static final List<String> COLLECTOR_COLUMNS = List.of("instrument", "version", "submission", "received");

    private ResponseExport() {
    }

    /** The export's columns: the keying template's, then {@link #COLLECTOR_COLUMNS}. */
    public static List<String> columns(Instrument instrument) {
        List<String> columns = new ArrayList<>(KeyingTemplates.columns(instrument));
        columns.addAll(COLLECTOR_COLUMNS);
        return columns;
    }

    /** @param since only responses received at or after this instant, or null for all; returns the rows written */
    public static long write(Instrument instrument, ResponseStore store, Instant since, Format format, OutputStream out)
            throws IOException {
        try (RowWriter writer = switch (format) {
            case CSV -> new CsvRows(out);
            case JSONL -> new JsonRows(instrument, out);
            case XLSX -> new XlsxRows(instrument, out);
        }) {
            List<String> columns = columns(instrument);
            writer.header(columns);
            long[] n = new long[1];
            try {
                store.forEach(instrument.id(), since, r -> {
                    try {
                        writer.row(cells(columns, r), r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    n[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.finish();
            return n[0];
        }
    }

    /** A response's cells in the columns' order: "" for what it has not. */
    static List<String> cells(List<String> columns, StoredResponse r) {
        List<String> cells = new ArrayList<>(columns.size());
        for (String c : columns) {
            String v = switch (c) {
                case "respondent" -> r.respondent();
                case "group" -> r.group();
                case "date" -> r.date();
                case "instrument" -> r.instrument();
                case "version" -> r.version();
                case "submission" -> r.submission();
                case "received" -> r.received() == null ? null : r.received().toString();
                default -> r.answers().get(c);
            };
            cells.add(v == null ? "" : v);
        }
        return cells;
    }

    /**
     * A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) with
     * the {@code '} the kit's CSVs put before it, which the tally's reader takes away again.
     */
    static String neutralised(String v) {
        return !v.isEmpty() && org.scorecardkit.tally.report.RejectsCsv.FORMULA_STARTS.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    /** One format's writer: the header, then row after row, then the end. */
    interface RowWriter extends AutoCloseable {
        void header(List<String> columns) throws IOException;

        void row(List<String> cells, StoredResponse response) throws IOException;

        void finish() throws IOException;

        @Override
        void close() throws IOException;
    }
}
