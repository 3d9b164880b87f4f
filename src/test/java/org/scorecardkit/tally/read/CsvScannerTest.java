package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV fast path ({@link CsvScanner}) against the plain path (Jackson's parser): every CSV
 * fixture and every generated attack gives the same batches from both, batch by batch: kind,
 * rows, each row's line and cells' texts, the error, its line and the note on the decoding.
 */
class CsvScannerTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    /** The batches as text, each batch a new one so that none is refilled before it is described. */
    static List<String> batches(Path file, boolean plain) {
        List<String> out = new ArrayList<>();
        ResponseFiles.read(file, 0, new CellBatch(), describer(out), null, plain);
        return out;
    }

    /** The batches as the tally reads them, with the reader the system property chooses. */
    static List<String> batches(Path file) {
        List<String> out = new ArrayList<>();
        ResponseFiles.read(file, 0, new CellBatch(), describer(out));
        return out;
    }

    private static BatchSink describer(List<String> out) {
        return full -> {
            StringBuilder s = new StringBuilder(full.kind() + " " + full.file().format() + " " + (int) full.file().delimiter());
            for (int r = 0; r < full.rows(); r++) {
                s.append("\n  ").append(full.line(r)).append(':');
                for (int c = full.firstCell(r); c < full.firstCell(r) + full.cellCount(r); c++) {
                    String t = full.text(c);
                    s.append(" [").append(t.length() > 200 ? t.length() + " chars, hash " + t.hashCode() : escaped(t)).append(']');
                }
            }
            if (full.kind() == CellBatch.Kind.END) {
                s.append("\n  error ").append(full.errorLine()).append(": ").append(full.error()).append("\n  note: ").append(full.note());
            }
            out.add(s.toString());
            return new CellBatch();
        };
    }

    private static String escaped(String t) {
        return t.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static void assertSame(Path file) {
        List<String> plain = batches(file, true);
        assertEquals(plain, batches(file, false), file.toString());
        assertTrue(plain.get(plain.size() - 1).startsWith("END"), file + ": ends with an END batch");
    }

    @Test
    void everyCsvFixtureReadsAlike() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            fixtures = files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(csv|tsv|txt)$")).sorted().toList();
        }
        assertTrue(fixtures.size() >= 9, "the fixtures were found: " + fixtures);
        for (Path p : fixtures) {
            assertSame(p);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void everyAttackReadsAlike(String name, byte[] content) throws IOException {
        assertSame(Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".csv"), content));
    }

    static Stream<Object[]> attacks() {
        Map<String, byte[]> a = new LinkedHashMap<>();
        a.put("empty file", new byte[0]);
        for (String one : List.of("a", ",", ";", "\t", "\"", "\n", "\r", " ", "x")) {
            a.put("one byte " + escaped(one), one.getBytes(StandardCharsets.US_ASCII));
        }
        a.put("one stray byte", new byte[] {(byte) 0xFC});
        a.put("half a mark", new byte[] {(byte) 0xEF, (byte) 0xBB});
        a.put("a mark alone", bom(""));
        a.put("a mark and a newline", bom("\n"));
        a.put("two marks", bom("\uFEFFrespondent,a\nR1,1\n"));
        String header = "respondent,group,date,a,b,c\n";
        text(a, "no newline at the end", header + "R1,,,1,2,3");
        text(a, "a CR at the very end", header + "R1,,,1,2,3\r");
        text(a, "CRLF", (header + "R1,,,1,2,3\nR2,,,3,2,1\n").replace("\n", "\r\n"));
        text(a, "lone CRs", (header + "R1,,,1,2,3\nR2,,,3,2,1\n").replace("\n", "\r"));
        text(a, "CR CR LF", header.replace("\n", "\r\r\n") + "R1,,,1,2,3\r\r\nR2\r\n");
        text(a, "blank lines before the header", "\n\r\n \n,,\n\t\n" + header + "R1,,,1,2,3\n");
        text(a, "blank lines everywhere", header + "\n\nR1,,,1,2,3\n\n,,,,,\n \n");
        text(a, "only blank lines", "\n\n\r\n , \n");
        text(a, "a trailing delimiter", header + "R1,,,1,2,3,\nR2,\n,\n");
        text(a, "semicolons", header.replace(',', ';') + "R1;;;1;2;\"3;4\"\n");
        text(a, "tabs", header.replace(',', '\t') + "R1\t\t\t1\t2\t\"3\t4\" \t5\n");
        text(a, "quoted delimiters and newlines", header + "\"R,1\",\"a\nb\",\"c\r\nd\",\"e\rf\",\"\"\"\",\"x\"\"y\"\n\"R2\",,,1,2,3\n");
        text(a, "quotes inside an unquoted cell", header + "R1,a\"b,c\"\",\"\"\"\",4\" \n");
        text(a, "blanks after a closing quote", header + "\"R1\"  ,\"a\" \t,\"b\"\r\n\"c\" \n");
        text(a, "a quoted header", "\"respondent\",\"a,b\"\n1,2\n");
        text(a, "empty quoted cells", header + "\"\",\"\",\"\"\n\"\"\n");
        text(a, "an unterminated quote in a later cell", header + "R1,,,1,2,3\nR2,,,1,2,\"3\nR3,,,1,2,3\n");
        text(a, "an unterminated quote in a first cell", header + "R1,,,1,2,3\n\"R2,,,1,2,3\nR3\n");
        text(a, "an unterminated quote in the header", "\"respondent,a\nR1,1\n");
        text(a, "an unterminated quote after a doubled one", header + "R1,\"a\"\"");
        text(a, "a quote closed at the very end", header + "R1,\"a\nb\"");
        for (String after : List.of("x", "é", "€", "😀", "\u0085", "\u00A0", "\uFEFF", "\"")) {
            text(a, "after a closing quote " + after, header + "R1,,,1,\"2\"" + after + ",3\nR2,,,1,2,3\n");
        }
        text(a, "a character after a closing quote in a first cell", header + "\"R1\"x,1\n");
        text(a, "a character after a quote with tabs", "respondent\ta\n\"R1\"x\t1\n");
        a.put("windows-1252", (header + "Müller,,,1,2,3\n„Zoë“,,,1,2,€\n").getBytes(CP1252));
        a.put("mostly UTF-8, a stray byte", concat(utf8(header + "Müller,,,1,2,3\nZoë,,,1,2,"), new byte[] {(byte) 0xFC}, utf8("\n")));
        a.put("a mark and stray bytes", concat(bom(header), new byte[] {(byte) 0x93, 'x', (byte) 0x94}, utf8(",,,1,2,3\n")));
        a.put("a stray byte in a quoted cell over lines", concat(utf8(header + "R1,,,1,2,\"a\nb"), new byte[] {(byte) 0xE9}, utf8("\nc\"\nR2,,,1,2,3\n")));
        a.put("a cut UTF-8 sequence at the end", concat(utf8(header + "R1,,,1,2,3\n"), new byte[] {(byte) 0xE2, (byte) 0x82}));
        a.put("UTF-16LE with a mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, (header + "Zoë,,,1,2,\"3\r\n4\"\r\n").getBytes(StandardCharsets.UTF_16LE)));
        a.put("UTF-16BE without a mark", (header + "Zoë,,,1,2,3\n").getBytes(StandardCharsets.UTF_16BE));
        a.put("UTF-16LE cut short", concat((header + "R1,,,1,2,3\n").getBytes(StandardCharsets.UTF_16LE), new byte[] {'x'}));
        lateBytes(a, header);
        longCells(a, header);
        return a.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()});
    }

    /** Bytes that are not ASCII only after the first 64 KB, which decide the encoding while the file is being read. */
    private static void lateBytes(Map<String, byte[]> a, String header) {
        StringBuilder ascii = new StringBuilder(header);
        for (int i = 0; ascii.length() < 70_000; i++) {
            ascii.append('R').append(i).append(",,,1,2,3\n");
        }
        byte[] start = utf8(ascii.toString());
        a.put("late UTF-8", concat(start, utf8("Zoë,,,1,2,3\n")));
        a.put("late stray byte, more UTF-8", concat(start, utf8("Zoë,,,1,2,"), new byte[] {(byte) 0xFC}, utf8("\nMüller,,,1\n")));
        a.put("late stray bytes, no UTF-8", concat(start, "Zoë,,,1,2,3\n„x“,,,1\n".getBytes(CP1252)));
        a.put("late stray byte, mark first", concat(bom(""), start, new byte[] {(byte) 0x80}, utf8(",,,1,2,3\n")));
        a.put("late stray byte after an error", concat(start, utf8("\"R\"x,,,1\n"), new byte[] {(byte) 0xFC}, utf8(",,,1,2,3\n")));
        a.put("late stray byte after an unterminated quote", concat(start, utf8("R,\"x\n"), new byte[] {(byte) 0xFC}, utf8("\n")));
        a.put("late supplementary characters", concat(start, utf8("😀".repeat(40_000) + ",,,1\n")));
    }

    /** Cells that span chunks and make batches grow; newlines in them are LFs (see {@link #crAtJacksonsSegmentEnd}). */
    private static void longCells(Map<String, byte[]> a, String header) {
        String big = "why not? ".repeat(20_000);
        text(a, "a long unquoted cell", header + "R1,,,1,2," + big + "\nR2,,,1,2,3\n");
        text(a, "a long quoted cell with newlines and quotes", header + "R1,,,1,2,\"" + big.replace("?", "\"\"").replace(" ", "\n") + "\"\nR2,,,1,2,3\n");
        text(a, "a long header", "respondent," + big + "\nR1,1\n");
        StringBuilder rows = new StringBuilder(header);
        for (int i = 0; i < 6_000; i++) {
            rows.append('R').append(i).append(",,,1,2,").append(i % 500 == 0 ? "\"" + big.substring(0, 9_000 + i) + "\"" : "3").append('\n');
        }
        text(a, "many rows, some long, over several batches", rows.toString());
        StringBuilder tiny = new StringBuilder("a\n");
        for (int i = 0; i < 70_000; i++) {
            tiny.append(i % 7 == 0 ? "\n" : "x\n");
        }
        text(a, "many tiny rows", tiny.toString());
    }

    /** Cells longer than Jackson takes end the file at their row, with a message that tells what may be wrong. */
    @Test
    void aCellLongerThanJacksonTakesEndsTheFileAlike() throws IOException {
        String header = "respondent,a,b\n";
        Path unquoted = Files.writeString(dir.resolve("long.csv"), header + "R1,1,2\nR2,1," + "x".repeat(CsvScanner.MAX_CELL + 1) + "\n");
        List<String> plain = batches(unquoted, true);
        assertEquals(plain, batches(unquoted, false));
        assertTrue(plain.get(plain.size() - 1).endsWith("error 3: not readable as CSV (a cell holds more than 20,000,000 characters:"
                + " is a quote left open?); the rest of the file was not read\n  note: null"), plain.get(plain.size() - 1));
        // An opening quote left open swallows the rest of a large file: well past the limit, both stop there.
        Path open = Files.writeString(dir.resolve("open.csv"), header + "R1,\"1,2\n" + "R,1,2\n".repeat(4_000_000));
        assertEquals(batches(open, true), batches(open, false));
    }

    /** An unterminated quote in a row's first cell is reported at that row's line; Jackson's parser once said line 0. */
    @Test
    void anUnterminatedQuoteInAFirstCellIsReportedAtItsRow() throws IOException {
        Path cut = Files.writeString(dir.resolve("cut.csv"), "respondent,a\nR1,1\n\n\"R2,1\nR3,1\n");
        for (boolean plain : List.of(true, false)) {
            List<String> b = batches(cut, plain);
            assertEquals("END CSV 44\n  2: [R1] [1]\n  3: []\n  error 4: not readable as CSV (Missing closing quote for value);"
                    + " the rest of the file was not read\n  note: null", b.get(b.size() - 1), "plain " + plain);
        }
    }

    /**
     * Jackson counts a CR inside quotes twice when it is the last character of its 200-character
     * text segment (its first; later ones are longer and depend on what the thread parsed before);
     * the fast path counts physical lines: the next row is on line 4, not 5.
     */
    @Test
    void crAtJacksonsSegmentEnd() throws IOException, InterruptedException {
        Path f = Files.writeString(dir.resolve("cr.csv"), "a,b\n1,\"" + "x".repeat(199) + "\r\ny\"\n2,3\n");
        List<String> fast = batches(f, false);
        assertTrue(fast.get(fast.size() - 1).contains("\n  4: [2] [3]"), fast.toString());
        assertEquals(fast, batches(f), "the fast path is the default");
        // The one difference known between the paths, which shows that -Dscorecard.csv=plain chooses Jackson's parser.
        // On a thread of its own, whose Jackson buffers are new: a thread's recycled ones may be longer.
        List<List<String>> plain = new ArrayList<>();
        System.setProperty(ResponseFiles.CSV_READER, "plain");
        try {
            Thread t = new Thread(() -> plain.add(batches(f)));
            t.start();
            t.join();
        } finally {
            System.clearProperty(ResponseFiles.CSV_READER);
        }
        assertTrue(plain.get(0).get(1).contains("\n  5: [2] [3]"), plain.toString());
        assertFalse(batches(Files.writeString(dir.resolve("cr-short.csv"), "a,b\n1,\"x\r\ny\"\n2,3\n"), false).toString().contains("5:"));
    }

    /** Random small files over the characters that matter, each shorter than Jackson's first text segment. */
    @Test
    void randomFilesReadAlike() throws IOException {
        String[] pieces = {"a", "7", ",", ",", ";", "\t", "\"", "\"", "\"\"", "\r", "\n", "\r\n", " ", "é", "😀", "\uFEFF"};
        Random random = new Random(9);
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder(i % 3 == 0 ? "respondent,a\n" : "");
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = utf8(s.toString());
            if (i % 5 == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            Path f = Files.write(dir.resolve("random-" + i + ".csv"), bytes);
            assertEquals(batches(f, true), batches(f, false), "random file " + i + ": " + escaped(s.toString()));
        }
    }

    private static void text(Map<String, byte[]> a, String name, String text) {
        a.put(name, utf8(text));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(String s) {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(s));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
