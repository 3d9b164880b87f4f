package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.bytes;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;

/**
 * {@code scorecard tally} on .xlsx workbooks: the same figures as the same answers in CSV, rejects
 * named by workbook, sheet and row, and every file that holds no table of responses named with
 * what it appears to be, exit 1, while the other files of the run still count.
 */
class XlsxTallyTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static int tally(String... args) {
        return TallyFixtures.tallyCommand(args);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void aWorkbookTalliesToTheBytesOfTheSameAnswersInCsv() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("March", Arrays.asList(
                row("respondent", "group", "date", "a", "b", "c"),
                row("R1", "North", LocalDate.of(2026, 3, 5), 2, 3, 3),
                null,
                row("R2", "North", LocalDate.of(2026, 3, 28), 4.0, 4, 5)));
        sheets.put("April", List.of(
                row("respondent", "group", "date", "a", "b", "c"),
                row("R3", "South", LocalDate.of(2026, 4, 1), 3, 3, 4),
                row("R4", "South", LocalDate.of(2026, 4, 30), 5, 4)));
        Path xlsx = XlsxFixtures.workbook(dir.resolve("returns.xlsx"), sheets);
        Path march = file(dir, "march.csv", "respondent,group,date,a,b,c\nR1,North,2026-03-05,2,3,3\n\nR2,North,2026-03-28,4,4,5\n");
        Path april = file(dir, "april.csv", "respondent,group,date,a,b,c\nR3,South,2026-04-01,3,3,4\nR4,South,2026-04-30,5,4,\n");

        assertEquals(0, tally("trio", xlsx.toString(), "--by", "month", "--out", dir.resolve("x").toString()));
        assertEquals(0, tally("trio", march.toString(), april.toString(), "--by", "month", "--out", dir.resolve("c").toString()));

        String json = Files.readString(dir.resolve("x/summary.json"));
        assertEquals(Files.readString(dir.resolve("c/summary.json")), json);
        assertTrue(json.contains("\"accepted\" : 4"), json);
        assertTrue(json.contains("\"2026-04\""), "the date cells were read as dates: " + json);
    }

    @Test
    void aSheetBesideTheResponsesIsNotedNotRead() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Returns", List.of(row("respondent", "group", "date", "a", "b", "c"), row("R1", "", "", 1, 2, 3)));
        sheets.put("Items", List.of(row("item", "wording"), row("a", "First statement.")));
        Path xlsx = XlsxFixtures.workbook(dir.resolve("returns.xlsx"), sheets);

        assertEquals(0, tally("trio", xlsx.toString()));

        String printed = console.out();
        assertTrue(printed.contains("1 rows read = 1 accepted + 0 rejected") || printed.contains("1 row read = 1 accepted"), printed);
        assertTrue(printed.contains("warning: " + xlsx + ": sheet \"Items\" was not read: its first row names no respondent,"
                + " group or date column, so it holds no responses"), printed);
    }

    @Test
    void sheetReadsOnlyTheSheetNamedAndANameNotThereIsOneLineNamingTheSheets() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("March", List.of(row("Name", "Team", "Timestamp", "a", "b", "c"), row("R1", "", "", 1, 2, 3)));
        sheets.put("April", List.of(row("Name", "Team", "Timestamp", "a", "b", "c"), row("R2", "", "", 5, 5, 5),
                row("R3", "", "", 4, 4, 4)));
        Path xlsx = XlsxFixtures.workbook(dir.resolve("months.xlsx"), sheets);

        assertEquals(0, tally("trio", xlsx.toString()));
        assertTrue(console.out().contains("3 rows read = 3 accepted"), "both sheets name a respondent by an alias: " + console.out());
        assertEquals(0, tally("trio", xlsx.toString(), "--sheet", " april "));
        assertTrue(console.out().contains("2 rows read = 2 accepted"), console.out());
        assertEquals(1, tally("trio", xlsx.toString(), "--sheet", "May"));
        assertTrue(console.out().contains(xlsx + ": has no sheet \"May\" (--sheet); its sheets are \"March\", \"April\""), console.out());
    }

    @Test
    void aDuplicateInAnotherSheetPointsBackToTheSheetOfTheFirstAnswer() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("March", List.of(row("respondent", "group", "date", "a", "b", "c"), row("R1", "", "", 1, 2, 3)));
        sheets.put("April", List.of(row("respondent", "group", "date", "a", "b", "c"), row("R2", "", "", 2, 2, 2),
                row("R1", "", "", 5, 5, 5)));
        Path xlsx = XlsxFixtures.workbook(dir.resolve("two.xlsx"), sheets);

        assertEquals(0, tally("trio", xlsx.toString(), "--out", dir.resolve("report").toString()));

        String rejects = Files.readString(dir.resolve("report/rejects.csv"));
        assertTrue(rejects.contains("row rejected," + xlsx + "[April],3,,"), rejects);
        assertTrue(rejects.contains("already answered in " + xlsx + "[March] at line 2"), rejects);
    }

    @Test
    void rejectsNameTheWorkbookAndTheSpreadsheetRow() throws IOException {
        Path xlsx = XlsxFixtures.workbook(dir.resolve("file.xlsx"), Map.of("Sheet1", Arrays.asList(
                row("respondent", "group", "date", "a", "b", "c"),
                row("R1", null, null, 1, 2, 3),
                null,
                row("R2", null, null, 9, 2, 3),
                row("R3", null, null, 1.5, 2, "x"))));

        assertEquals(0, tally("trio", xlsx.toString(), "--out", dir.resolve("report").toString()));

        // A bad cell is ignored, not its row: all three rows count, and each bad cell is listed with its column and value.
        List<String> lines = Files.readString(dir.resolve("report/rejects.csv")).lines().toList();
        assertEquals("kind,file,line,column,value,reason", lines.get(0));
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("cell ignored," + xlsx + ",4,a,9,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("cell ignored," + xlsx + ",5,a,1.5,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("cell ignored," + xlsx + ",5,c,x,"), lines.get(3));
        assertTrue(Files.readString(dir.resolve("report/summary.json")).contains("\"accepted\" : 3"));
    }

    @Test
    void filesThatHoldNoTableOfResponsesAreNamedAndExitOne() throws IOException {
        Map<Path, String> kinds = new LinkedHashMap<>();
        kinds.put(zip("notes.zip", "readme.txt", "hello"), "a zip archive, not an Excel workbook");
        kinds.put(zip("sheet.ods", "mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                "an OpenDocument spreadsheet; save it as .xlsx or CSV");
        kinds.put(zip("binary.xlsb", "xl/workbook.bin", "\u0001"), "an Excel binary workbook (.xlsb); save it as .xlsx or CSV");
        kinds.put(zip("letter.docx", "word/document.xml", "<w:document/>"), "a Word document, not a table of responses");
        kinds.put(gzip("returns.csv.gz"), "a gzip-compressed file, not a table of responses; unpack it and tally what it holds");
        kinds.put(bytes(dir, "scan.gif", magic('G', 'I', 'F', '8', '9', 'a')), "an image (GIF), not a table of responses");
        kinds.put(bytes(dir, "old.xls", magic(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
                "an Excel 97–2003 .xls workbook; save it as .xlsx or CSV");
        kinds.put(bytes(dir, "data.bin", magic('r', 'e', 's', 0, 1, 2)), "a binary file, not a table of responses");
        kinds.put(Files.createDirectories(dir.resolve("returns")), "a folder, not a file");
        // PNG, JPEG and TIFF files and PDFs without form fields are read as scans now (ScanTallyTest).
        Path good = file(dir, "good.csv", "respondent,group,date,a,b,c\nR1,,,1,2,3\n");

        for (Map.Entry<Path, String> kind : kinds.entrySet()) {
            console.reset();
            assertEquals(1, tally("trio", kind.getKey().toString(), good.toString()), kind.getKey().toString());
            String line = kind.getKey() + (kind.getKey().toString().endsWith(".pdf") ? ":1" : "") + ": " + kind.getValue();
            assertTrue(console.out().contains("warning: " + line), line + " in:\n" + console.out());
            assertTrue(console.out().contains("2 rows read = 1 accepted + 1 rejected"), console.out());
        }
    }

    private Path zip(String name, String entry, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return bytes(dir, name, bytes.toByteArray());
    }

    private Path gzip(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write("respondent,group,date,a,b,c\nR9,,,1,1,1\n".getBytes(StandardCharsets.US_ASCII));
        }
        return bytes(dir, name, bytes.toByteArray());
    }

    private static byte[] magic(int... values) {
        byte[] b = new byte[values.length + 16];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
