package org.scorecardkit.scan.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.render.csv.KeyingTemplates;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.PageResult;
import org.scorecardkit.scan.ScanResult;
import org.scorecardkit.scan.ScannedSheet;
import org.scorecardkit.tally.report.RejectsCsv;

/**
 * Writes responses.csv: one row per sheet, with exactly the keying template's columns (so the tally
 * reads it like typed-in returns) followed by {@code sheet} and {@code serial}. An item answered (or
 * corrected) holds its value(s); a blank, flagged or unread item, the date and text items are empty.
 * UTF-8, CRLF line ends, every cell quoted and neutralised against spreadsheet formulas as the kit's
 * other CSVs are ({@link RejectsCsv#cell}).
 */
public final class ResponsesCsv implements ScanWriter {
    /** The file's name in the output folder. */
    public static final String FILE = "responses.csv";

    private final Instrument instrument;

    public ResponsesCsv(Instrument instrument) {
        this.instrument = instrument;
    }

    /** The header: the keying template's columns, then sheet and serial. */
    public static List<String> columns(Instrument instrument) {
        List<String> columns = new ArrayList<>(KeyingTemplates.columns(instrument));
        columns.add("sheet");
        columns.add("serial");
        return columns;
    }

    @Override
    public void page(PageResult result, PageReading reading, BufferedImage image) {
        // Everything responses.csv holds is in the assembled sheets.
    }

    @Override
    public void finish(ScanResult result, Path dir) throws IOException {
        List<String> columns = columns(instrument);
        try (Writer out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            out.write(String.join(",", columns) + "\r\n");
            for (ScannedSheet sheet : result.sheets()) {
                out.write(row(columns, sheet));
            }
        }
    }

    private static String row(List<String> columns, ScannedSheet sheet) {
        Map<String, String> cells = new HashMap<>();
        for (ItemReading i : sheet.items()) {
            cells.put(i.item(), i.answer()); // "" unless answered: a flagged item counts as no answer
        }
        cells.put("respondent", sheet.respondent());
        cells.put("group", sheet.group());
        cells.put("sheet", sheet.sheet());
        cells.put("serial", sheet.serial());
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            row.append(i == 0 ? "" : ",").append(RejectsCsv.cell(cells.getOrDefault(columns.get(i), "")));
        }
        return row.append("\r\n").toString();
    }
}
