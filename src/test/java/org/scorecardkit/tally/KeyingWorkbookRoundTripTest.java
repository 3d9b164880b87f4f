package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.build.SiteBuild;
import org.scorecardkit.cli.Main;

/**
 * The Excel keying template filled in as a facilitator would (typed into its Responses sheet, the
 * Questions sheet and drop-downs left in place, dates typed into the date column) tallies to
 * exactly the figures of the same answers keyed into responses.csv.
 */
class KeyingWorkbookRoundTripTest {
    private static final Path CONTENT = Path.of("content");
    /** The style of the template's date column: a date typed there takes it (cellXfs index 2, yyyy-mm-dd). */
    private static final String DATE_STYLE = "2";

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aFilledCopyOfTheSkillsetWorkbookTalliesLikeTheSameAnswersInCsv() throws Exception {
        assertTrue(SiteBuild.run(CONTENT, dir.resolve("site")).built());
        Path template = dir.resolve("site/skillset/responses.xlsx");
        String[] header = Files.readAllLines(dir.resolve("site/skillset/responses.csv")).get(0).split(",");
        List<String[]> answers = answers(header.length, 40);

        Path csv = Files.writeString(dir.resolve("keyed.csv"), csv(header, answers));
        Path xlsx = filled(template, dir.resolve("keyed.xlsx"), answers);

        assertEquals(0, tally(csv, "from-csv"), console.err());
        assertEquals(0, tally(xlsx, "from-xlsx"), console.err());
        // The figures are the same to the byte; the workbook adds only the note that its Questions sheet holds no responses.
        String fromCsv = Files.readString(dir.resolve("from-csv/summary.json"));
        String fromXlsx = Files.readString(dir.resolve("from-xlsx/summary.json"));
        assertEquals(beforeNotes(fromCsv), beforeNotes(fromXlsx));
        assertTrue(fromXlsx.contains("keyed.xlsx: sheet \\\"Questions\\\" was not read"), fromXlsx);
        assertTrue(fromXlsx.contains("\"read\" : 40"), fromXlsx);
        List<String> rejects = Files.readAllLines(dir.resolve("from-xlsx/rejects.csv"));
        assertEquals(2, rejects.size(), "a header and the one out-of-scale row: " + rejects);
        assertTrue(rejects.get(1).contains("keyed.xlsx,19,"), "named by file and spreadsheet row: " + rejects.get(1));
    }

    private static String beforeNotes(String summary) {
        return summary.substring(0, summary.indexOf("\"notes\""));
    }

    private int tally(Path file, String out) {
        return Main.run("tally", "skillset", file.toString(), "--by", "month", "--out", dir.resolve(out).toString(),
                "--content", CONTENT.toString());
    }

    /** Rows of respondent, group, ISO date and 12 ratings (some left blank; one 7, outside the scale). */
    private static List<String[]> answers(int columns, int rows) {
        Random random = new Random(9);
        List<String[]> all = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String[] row = new String[columns];
            row[0] = "participant " + r;
            row[1] = r % 3 == 0 ? "North" : "South";
            row[2] = LocalDate.of(2026, 1 + r % 3, 1 + r % 27).toString();
            for (int c = 3; c < columns; c++) {
                row[c] = random.nextInt(9) == 0 ? "" : Integer.toString(1 + random.nextInt(5));
            }
            all.add(row);
        }
        all.get(17)[5] = "7";
        return all;
    }

    private static String csv(String[] header, List<String[]> rows) {
        StringBuilder s = new StringBuilder(String.join(",", header)).append("\r\n");
        rows.forEach(r -> s.append(String.join(",", r)).append("\r\n"));
        return s.toString();
    }

    /** The template with the rows typed into its Responses sheet: text as inline strings, ratings as numbers, dates as date cells. */
    private static Path filled(Path template, Path copy, List<String[]> rows) throws IOException {
        try (ZipFile zip = new ZipFile(template.toFile()); OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int headerEnd = xml.indexOf("</row>", xml.indexOf("<sheetData>")) + "</row>".length();
                    bytes = (xml.substring(0, headerEnd) + rowsXml(rows) + xml.substring(headerEnd)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    private static String rowsXml(List<String[]> rows) {
        StringBuilder xml = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            int line = r + 2;
            xml.append("<row r=\"").append(line).append("\">");
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                if (row[c].isEmpty()) {
                    continue;   // a cell nobody typed into is not in the sheet at all
                }
                String ref = (char) ('A' + c) + Integer.toString(line);
                if (c < 2) {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(row[c]).append("</t></is></c>");
                } else if (c == 2) {
                    long serial = LocalDate.parse(row[c]).toEpochDay() + 25_569;   // Excel counts days from 1899-12-30
                    xml.append("<c r=\"").append(ref).append("\" s=\"").append(DATE_STYLE).append("\"><v>").append(serial).append("</v></c>");
                } else {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(row[c]).append("</v></c>");
                }
            }
            xml.append("</row>");
        }
        return xml.toString();
    }
}
