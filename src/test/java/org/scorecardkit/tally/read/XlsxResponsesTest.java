package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.XlsxFixtures;

/** The .xlsx reader: batches shaped as the CSV reader's, cell values as a CSV export writes them, which sheets are read. */
class XlsxResponsesTest {
    @TempDir
    Path dir;

    /** Every batch as "KIND name | line: cell|cell ..." lines, and the END batch's error (with its line) and note. */
    private List<String> read(Path file) {
        List<String> out = new ArrayList<>();
        ResponseFiles.read(file, 0, new CellBatch(), b -> {
            StringBuilder s = new StringBuilder(b.kind() + " " + b.file().name());
            for (int r = 0; r < b.rows(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = b.firstCell(r); c < b.firstCell(r) + b.cellCount(r); c++) {
                    cells.add(b.text(c));
                }
                s.append(" | ").append(b.line(r)).append(": ").append(String.join("|", cells));
            }
            if (b.kind() == CellBatch.Kind.END) {
                s.append(" error=").append(b.error() == null ? "null" : b.errorLine() + ": " + b.error()).append(" note=").append(b.note());
            }
            out.add(s.toString());
            return new CellBatch();
        });
        return out;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void cellsReadAsACsvExportWritesThem() {
        Path x = XlsxFixtures.workbook(dir.resolve("f.xlsx"), Map.of("Sheet1", Arrays.asList(
                null,
                row("respondent", "group", "date", "a", "b", "c"),
                row("R1", "X", LocalDate.of(2026, 3, 5), 4, 4.5, 4.0),
                row("R2", null, LocalDateTime.of(2026, 11, 22, 22, 15), true, "  text ", 1e2),
                row(),
                null,
                row("R3", "", null, -3, 0.0, null))));

        assertEquals(List.of(
                "HEADER " + x + " | 2: respondent|group|date|a|b|c",
                "END " + x + " | 3: R1|X|2026-03-05|4|4.5|4 | 4: R2||2026-11-22|true|  text |100 | 5:  | 6:  | 7: R3|||-3|0|"
                        + " error=null note=null"), read(x));
    }

    @Test
    void everySheetWithResponsesIsReadUnderItsOwnNameAndOthersAreNoted() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("North", List.of(row("respondent", "a"), row("R1", 1)));
        sheets.put("Empty", List.of());
        sheets.put("Items", List.of(row("item", "wording"), row("a", "First statement.")));
        sheets.put("South", List.of(row("Respondent ", "a"), row("R2", 2)));
        Path x = XlsxFixtures.workbook(dir.resolve("two.xlsx"), sheets);

        assertEquals(List.of(
                "HEADER " + x + "[North] | 1: respondent|a",
                "ROWS " + x + "[North] | 2: R1|1",
                "HEADER " + x + "[South] | 1: Respondent |a",
                "ROWS " + x + "[South] | 2: R2|2",
                "END " + x + " error=null note=sheet \"Items\" was not read: its first row names no respondent,"
                        + " group or date column, so it holds no responses"), read(x));
    }

    @Test
    void withoutAnIdentityColumnAnywhereEverySheetWithAHeaderIsRead() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("One", List.of(row("a", "b"), row(1, 2)));
        sheets.put("Two", List.of(row("a", "b"), row(3, 4)));
        Path x = XlsxFixtures.workbook(dir.resolve("bare.xlsx"), sheets);

        assertEquals(List.of(
                "HEADER " + x + "[One] | 1: a|b", "ROWS " + x + "[One] | 2: 1|2",
                "HEADER " + x + "[Two] | 1: a|b", "END " + x + "[Two] | 2: 3|4 error=null note=null"), read(x));
    }

    @Test
    void formulasCountByTheValueSavedWithThem() throws IOException {
        Path x = XlsxFixtures.workbook(dir.resolve("f.xlsx"), Map.of("Sheet1", List.of(row("respondent", "a", "b", "c"))));
        // fastexcel's writer saves no cached values; Excel does: put Excel's XML for the second row in.
        String row2 = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>R1</t></is></c><c r=\"B2\"><f>1+3</f><v>4</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>\"P\"&amp;\"\"</f><v>P</v></c><c r=\"D2\"><f>2/4</f><v>0.5</v></c></row>";
        rewriteSheet(x, xml -> xml.replace("</sheetData>", row2 + "</sheetData>"));

        assertEquals("END " + x + " | 2: R1|4|P|0.5 error=null note=null", read(x).get(1));
    }

    @Test
    void aDamagedWorkbookEndsWithOneLine() throws IOException {
        Path x = XlsxFixtures.workbook(dir.resolve("bad.xlsx"), Map.of("Sheet1", List.of(row("respondent", "a"), row("R1", 1))));
        rewriteSheet(x, xml -> xml.replace("</sheetData>", "<row r=\"3\"><c r=\"A3\"><v>1"));

        List<String> batches = read(x);
        String end = batches.get(batches.size() - 1);
        assertEquals("END " + x + " | 2: R1|1 error=3: not readable as an Excel workbook (Unexpected end tag: expected </v>);"
                + " the rest of the file was not read note=null", end);
    }

    @Test
    void numbersInTheirShortestForm() {
        assertEquals("4", XlsxCells.shortest("4"));
        assertEquals("4", XlsxCells.shortest("4.0"));
        assertEquals("4.5", XlsxCells.shortest("4.50"));
        assertEquals("100", XlsxCells.shortest("1E2"));
        assertEquals("-0.25", XlsxCells.shortest("-2.5E-1"));
        assertEquals("0", XlsxCells.shortest("0.000"));
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        assertTrue(XlsxCells.dateFormat("d/m/yyyy"));
        assertTrue(XlsxCells.dateFormat("[$-409]mmmm d, yyyy;@"));
        assertTrue(XlsxCells.dateFormat("hh:mm"));
        assertFalse(XlsxCells.dateFormat("General"));
        assertFalse(XlsxCells.dateFormat("0.00\" days\""));
        assertFalse(XlsxCells.dateFormat("[Red]#,##0"));
        assertFalse(XlsxCells.dateFormat("0\\d"));
    }

    /** Rewrites the first worksheet's XML inside the workbook. */
    private static void rewriteSheet(Path x, java.util.function.UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile in = new ZipFile(x.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                try (InputStream data = in.getInputStream(e)) {
                    entries.put(e.getName(), data.readAllBytes());
                }
            }
        }
        String sheet = "xl/worksheets/sheet1.xml";
        entries.put(sheet, edit.apply(new String(entries.get(sheet), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(x))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }
}
