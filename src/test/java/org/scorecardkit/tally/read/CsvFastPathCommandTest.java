package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.TallyFixtures;

/**
 * Through the command line: a messy file of many rows (quoted reasons over lines, bad cells,
 * duplicates, unknown dates, a stray byte past the first 64 KB that makes it "mostly UTF-8", a quote
 * left open at its end) gives the same summary.json and rejects.csv, byte for byte, and the same
 * terminal summary, whether CSV is read by the fast path or by Jackson's parser.
 */
class CsvFastPathCommandTest {
    @TempDir
    Path dir;

    @Test
    void theFastAndThePlainPathTallyAMessyFileToTheSameBytes() throws IOException {
        StringBuilder s = new StringBuilder("respondent,group,date,recommend,reason\r\n");
        int lines = 1;
        for (int i = 0; i < 30_000; i++) {
            lines += i % 97 == 0 ? 2 : 1;
            String reason = i % 97 == 0 ? "\"a reason, with\r\na newline and \"\"quotes\"\"\"" : i % 89 == 0 ? "Zoë" : "";
            String date = i % 101 == 0 ? "31/31/2026" : "2026-0" + (i % 9 + 1) + "-1" + i % 10;
            String score = i % 103 == 0 ? "12" : String.valueOf(i % 11);
            s.append(i % 211 == 0 ? "r7" : "r" + i).append(',').append("ABC".charAt(i % 3)).append(',').append(date).append(',')
                    .append(score).append(',').append(reason).append(i % 5 == 0 ? "\n" : "\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'r', 'x', ',', 'A', ',', ',', '9', ',', 'M', (byte) 0xFC, 'l', 'l', 'e', 'r', '\n'});
        bytes.writeBytes("ry,A,,9,\"left open\r\nry2,A,,9,\r\n".getBytes(StandardCharsets.UTF_8));
        Path messy = Files.write(dir.resolve("messy.csv"), bytes.toByteArray());

        String plain = tally(messy, dir.resolve("plain"), "plain");
        String fast = tally(messy, dir.resolve("fast"), null);

        assertEquals(plain.replace(dir.resolve("plain").toString(), "OUT"), fast.replace(dir.resolve("fast").toString(), "OUT"));
        assertTrue(fast.contains("not all UTF-8 (line " + (lines + 1) + ": byte 0xFC"), fast);
        assertTrue(fast.contains("unreadable"), fast);
        for (String out : new String[] {"summary.json", "rejects.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("plain").resolve(out)), Files.readAllBytes(dir.resolve("fast").resolve(out)), out);
        }
        String rejects = Files.readString(dir.resolve("fast").resolve("rejects.csv"));
        assertTrue(rejects.contains("messy.csv," + (lines + 2) + ",,,not readable as CSV (Missing closing quote for value)"), rejects);
    }

    /** One tally in this JVM with the CSV reader chosen by the system property; what it printed. */
    private static String tally(Path file, Path out, String reader) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        if (reader != null) {
            System.setProperty(ResponseFiles.CSV_READER, reader);
        }
        try {
            TallyFixtures.tallyCommand("nps", file.toString(), "--out", out.toString());
        } finally {
            System.clearProperty(ResponseFiles.CSV_READER);
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
