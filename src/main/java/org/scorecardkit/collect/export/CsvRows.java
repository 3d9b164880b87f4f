package org.scorecardkit.collect.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.tally.report.RejectsCsv;

/** Writes an export as CSV: UTF-8, CRLF line ends, quoted and neutralised as the kit's other CSVs ({@link RejectsCsv#cell}). */
final class CsvRows implements ResponseExport.RowWriter {
    private final Writer out;

    CsvRows(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void header(List<String> columns) throws IOException {
        line(columns);
    }

    @Override
    public void row(List<String> cells, StoredResponse response) throws IOException {
        line(cells);
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(RejectsCsv.cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
