package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.scorecardkit.tally.TallyFixtures.bytes;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file is read in the encoding its bytes show, decided over the whole file before a row is
 * read: the kind chosen, the note the END batch carries, and the text of the cells.
 */
class DecodingTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    /** The batches of one file, each a batch of its own so that none is refilled. */
    private static List<CellBatch> read(Path file) {
        List<CellBatch> batches = new ArrayList<>();
        ResponseFiles.read(file, 0, new CellBatch(), full -> {
            batches.add(full);
            return new CellBatch();
        });
        return batches;
    }

    private static CellBatch end(Path file) {
        List<CellBatch> batches = read(file);
        CellBatch last = batches.get(batches.size() - 1);
        assertEquals(CellBatch.Kind.END, last.kind());
        return last;
    }

    /** Every row's cells joined with "|", in order, the header first. */
    private static List<String> rows(Path file) {
        List<String> rows = new ArrayList<>();
        for (CellBatch b : read(file)) {
            for (int r = 0; r < b.rows(); r++) {
                StringBuilder s = new StringBuilder();
                for (int c = b.firstCell(r); c < b.firstCell(r) + b.cellCount(r); c++) {
                    s.append(c == b.firstCell(r) ? "" : "|").append(b.text(c));
                }
                rows.add(s.toString());
            }
        }
        return rows;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void windows1252IsReadWholeWithANote() {
        Path csv = bytes(dir, "excel.csv", "respondent,reason\r\nr1,ok\r\nMüller,Grüße: 5 € „gut“\r\nr3,ok\r\n".getBytes(CP1252));

        assertEquals(List.of("respondent|reason", "r1|ok", "Müller|Grüße: 5 € „gut“", "r3|ok"), rows(csv));
        CellBatch end = end(csv);
        assertNull(end.error());
        assertEquals("not UTF-8 (line 3: byte 0xFC, read as \"ü\"); read as Windows-1252 (Excel's \"CSV\");"
                + " save as \"CSV UTF-8\" to avoid this", end.note());
    }

    /** Windows-1252 "ß“" happens to be a well-formed UTF-8 pair: with more stray bytes than such pairs, the whole file is Windows-1252. */
    @Test
    void windows1252ThatLooksLikeUtf8HereAndThereIsStillWindows1252() {
        Path csv = bytes(dir, "fuss.csv", "respondent,reason\nr1,zu Fuß“ über Köln\n".getBytes(CP1252));

        assertEquals("r1|zu Fuß“ über Köln", rows(csv).get(1));
    }

    @Test
    void utf8IsReadAsItIsWithoutANote() {
        Path csv = bytes(dir, "utf8.csv", "respondent,reason\nMüller,😀 €\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("respondent|reason", "Müller|😀 €"), rows(csv));
        assertNull(end(csv).note());
        assertEquals(Decoding.Kind.UTF8, Decoding.sniff("a".getBytes(StandardCharsets.UTF_8)).kind());
    }

    /** A UTF-8 file with one stray byte keeps its UTF-8 text: Windows-1252 would make "Müller" "MÃ¼ller" everywhere. */
    @Test
    void aMostlyUtf8FileKeepsItsUtf8AndReadsTheStrayByteAsWindows1252() {
        byte[] head = "respondent,reason\nMüller,schön\n".getBytes(StandardCharsets.UTF_8);
        byte[] stray = {'r', '2', ',', 'o', (byte) 0xFC, 'k', '\n'};
        Path csv = bytes(dir, "mixed.csv", concat(head, stray, "Jürgen,ok\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("respondent|reason", "Müller|schön", "r2|oük", "Jürgen|ok"), rows(csv));
        assertEquals("not all UTF-8 (line 3: byte 0xFC, read as \"ü\"); the bytes that are not UTF-8 were read as"
                + " Windows-1252 (Excel's \"CSV\"), the rest as UTF-8; save as \"CSV UTF-8\" to avoid this", end(csv).note());
    }

    @Test
    void utf8WithAMarkIsUtf8EvenWithOnlyStrayBytes() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path csv = bytes(dir, "bom.csv", concat(bom, "respondent,reason\nr1,".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9, '\n'}));

        assertEquals("r1|é", rows(csv).get(1));
        assertEquals(Decoding.Kind.UTF8, Decoding.sniff(bom).kind());
    }

    /** Excel's "Unicode text": UTF-16LE with a byte order mark, tab-separated. */
    @Test
    void utf16WithAMarkAndTabs() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path txt = bytes(dir, "unicode.txt", concat(bom, "respondent\treason\r\nMüller\t„gut“ 😀\r\n".getBytes(StandardCharsets.UTF_16LE)));

        assertEquals(List.of("respondent|reason", "Müller|„gut“ 😀"), rows(txt));
        assertEquals('\t', read(txt).get(0).file().delimiter());
        assertNull(end(txt).note());
    }

    @Test
    void utf16AndUtf32WithoutAMarkAreToldByTheirZeros() {
        String text = "respondent,reason\nr1,ü\n";
        for (String name : new String[] {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
            Path csv = bytes(dir, name + ".csv", text.getBytes(Charset.forName(name)));
            assertEquals(List.of("respondent|reason", "r1|ü"), rows(csv), name);
        }
    }

    /** A cut character in UTF-16 cannot be decoded by any rule: the file is not read at all, not read in part. */
    @Test
    void brokenUtf16IsNotReadAtAll() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = "respondent\treason\r\nr1\tok\r\nr2\t".getBytes(StandardCharsets.UTF_16LE);
        byte[] lone = {(byte) 0x00, (byte) 0xD8, 'x', 0, '\r', 0, '\n', 0};   // a high surrogate alone
        Path txt = bytes(dir, "broken.txt", concat(bom, text, lone));

        List<CellBatch> batches = read(txt);

        assertEquals(1, batches.size(), "one END batch, no rows");
        assertEquals(0, batches.get(0).rows());
        assertEquals("not valid UTF-16LE (a character is cut short or a surrogate is unpaired); the file was not read:"
                + " save it again as UTF-8", batches.get(0).error());
        assertEquals(3, batches.get(0).errorLine());
    }

    @Test
    void jsonThatIsNotUtf8IsNotReadAtAll() {
        Path json = bytes(dir, "a.json", "[{\"respondent\": \"M\u00fcller\"},\n {\"respondent\": \"r2\"}]".getBytes(CP1252));

        List<CellBatch> batches = read(json);

        assertEquals(1, batches.size());
        assertEquals(0, batches.get(0).rows());
        assertEquals(Format.JSON, batches.get(0).file().format());
        assertEquals("not valid UTF-8 (byte 0xFC); JSON must be UTF-8, UTF-16 or UTF-32: save it as UTF-8 and tally it"
                + " again; the file was not read", batches.get(0).error());
        assertEquals(1, batches.get(0).errorLine());
    }

    @Test
    void jsonInUtf16IsRead() {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        String text = "{\"respondent\": \"Müller\", \"answers\": {\"reason\": \"😀\"}}";
        Path withMark = bytes(dir, "be.json", concat(bom, text.getBytes(StandardCharsets.UTF_16BE)));
        Path lines = bytes(dir, "le.jsonl", (text + "\n" + text + "\n").getBytes(StandardCharsets.UTF_16LE));

        assertEquals(List.of("Müller|😀"), rows(withMark));
        assertEquals(List.of("Müller|😀", "Müller|😀"), rows(lines));
    }

    @Test
    void theFormatIsToldInAnyEncoding() {
        assertEquals(Format.JSON, Format.detect(" [".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(Format.JSON, Format.detect(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "{".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(Format.CSV, Format.detect("respondent".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(Format.JSON, Format.detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\n{".getBytes())));
        assertEquals(Format.PDF, Format.detect("%PDF-1.7".getBytes()));
    }
}
