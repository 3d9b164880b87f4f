package org.scorecardkit.tally;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes .xlsx fixtures with fastexcel's writer, as Excel would hold them: numbers as numeric
 * cells, dates as numeric cells with a date format, null as no cell at all, a null row as a row
 * missing from the sheet.
 */
public final class XlsxFixtures {
    private XlsxFixtures() {
    }

    /** One workbook, its sheets in the order given (use a LinkedHashMap or Map.of with one entry). */
    public static Path workbook(Path file, Map<String, List<List<Object>>> sheets) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            sheets.forEach((name, rows) -> sheet(wb.newWorksheet(name), rows));
            wb.finish();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet ws, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; row != null && c < row.size(); c++) {
                cell(ws, r, c, row.get(c));
            }
        }
    }

    private static void cell(Worksheet ws, int r, int c, Object v) {
        if (v instanceof String s) {
            ws.value(r, c, s);
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("d/m/yyyy").set();
        } else if (v instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else if (v != null) {
            throw new IllegalArgumentException("no cell for " + v.getClass());
        }
    }
}
