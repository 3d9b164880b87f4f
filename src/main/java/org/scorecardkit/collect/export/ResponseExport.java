package org.scorecardkit.collect.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.scorecardkit.collect.store.ResponseStore;
import org.scorecardkit.model.Instrument;

/**
 * Writes every stored response of an instrument as CSV, JSON Lines or Excel, in id order, with the
 * keying template's columns (so the tally reads the export back figure for figure) and formula-like
 * cells neutralised; streamed, so memory does not grow with the rows.
 */
public final class ResponseExport {
    /** The export formats, chosen by the output file's extension. */
    public enum Format { CSV, JSONL, XLSX }

    private ResponseExport() {
    }

    /** @param since only responses received at or after this instant, or null for all; returns the rows written */
    public static long write(Instrument instrument, ResponseStore store, Instant since, Format format, OutputStream out)
            throws IOException {
        throw new UnsupportedOperationException("tally-db helper writes this");
    }
}
