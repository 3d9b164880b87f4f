package org.scorecardkit.collect.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.model.Instrument;

/**
 * Writes an export as an Excel workbook with one "Responses" sheet, through fastexcel's streaming
 * writer: every cell an inline string (no shared-string table growing with the texts), rows flushed
 * to the output as they are written, formula-like cells neutralised as in the CSV.
 */
final class XlsxRows implements ResponseExport.RowWriter {
    /** Rows kept before they are flushed to the output. */
    private static final int FLUSH = 1000;

    private final Workbook wb;
    private final Worksheet ws;
    private int row;

    XlsxRows(Instrument instrument, OutputStream out) {
        wb = new Workbook(out, "Scorecard Kit", "1.0");
        wb.properties().setTitle(instrument.title() + ": responses");
        ws = wb.newWorksheet("Responses");
    }

    @Override
    public void header(List<String> columns) throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            ws.inlineString(0, c, columns.get(c));
            ws.width(c, Math.max(columns.get(c).length() + 3, 10));
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(List<String> cells, StoredResponse response) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            if (!v.isEmpty()) {
                ws.inlineString(row, c, ResponseExport.neutralised(v));
            }
        }
        if (++row % FLUSH == 0) {
            ws.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        ws.finish();
        wb.finish();
    }

    @Override
    public void close() {
    }
}
