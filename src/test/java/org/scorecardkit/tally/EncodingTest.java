package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.bytes;
import static org.scorecardkit.tally.TallyFixtures.tally;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.TallyFixtures.Run;

/**
 * Decoding never loses a row: files in Windows-1252, UTF-16, or UTF-8 with stray bytes are counted
 * whole, their text as it was meant; a file no encoding reads whole is reported unread, and the
 * counts always add up over every file.
 */
class EncodingTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String HEADER = "respondent,group,date,recommend,reason\r\n";
    private static final int[] SCORES = {9, 10, 9, 3, 9, 7, 8, 2, 10, 9};   // 6 promoters, 2 passives, 2 detractors: NPS 40

    @TempDir
    Path dir;

    /** Ten rows; row 5 (line 6) is Müller's, with text Windows-1252 and UTF-8 both have. */
    private static String tenRows(String reasonOfRow5) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < SCORES.length; i++) {
            csv.append(i == 4 ? "Müller" : "r" + i).append(",,,").append(SCORES[i]).append(',')
                    .append(i == 4 ? reasonOfRow5 : "ok").append("\r\n");
        }
        return csv.toString();
    }

    private static JsonNode rows(Run run) {
        return run.json().path("rows");
    }

    private static List<String> reasons(Run run) {
        List<String> texts = new ArrayList<>();
        run.item("reason").path("answers").forEach(a -> texts.add(a.asText()));
        return texts;
    }

    private static void assertWhole(Run run, int rows) {
        assertEquals("{\"read\":" + rows + ",\"accepted\":" + rows + ",\"rejected\":0,\"blank_lines\":0}", rows(run).toString());
        assertFalse(run.result().unreadable());
    }

    /** The case: "6 rows read = 5 accepted + 1 rejected" and the NPS of half the file, before. */
    @Test
    void excelsDefaultCsvInWindows1252IsCountedWholeAndReadAsMeant() {
        String reason = "Grüße aus Köln: café für 5 € „gut“";
        Path csv = bytes(dir, "excel.csv", tenRows(reason).getBytes(CP1252));

        Run run = tally("nps", csv);

        assertWhole(run, 10);
        assertEquals(40.0, run.json().path("nps").path("score").asDouble());
        assertTrue(reasons(run).contains(reason), reasons(run).toString());
    }

    /** The same respondent in a Windows-1252 file and a UTF-8 file is the same respondent. */
    @Test
    void aRespondentIdIsTheSameWhicheverEncodingItCameIn() {
        Path old = bytes(dir, "old.csv", tenRows("ok").getBytes(CP1252));
        Path web = bytes(dir, "web.csv", (HEADER + "Müller,,,10,again\r\n").getBytes(StandardCharsets.UTF_8));

        Run run = tally("nps", old, web);

        assertEquals(List.of(web + ":2: respondent \"Müller\" already answered in " + old + " at line 6; the first answer counts"),
                run.rejects().stream().map(r -> r.file() + ":" + r.line() + ": " + r.message()).toList());
    }

    @Test
    void excelsUnicodeTextInUtf16WithTabsIsCountedWhole() {
        String text = tenRows("„gut“ 😀 ü").replace(',', '\t');
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path txt = bytes(dir, "unicode.txt", concat(bom, text.getBytes(StandardCharsets.UTF_16LE)));

        Run run = tally("nps", txt);

        assertWhole(run, 10);
        assertTrue(reasons(run).contains("„gut“ 😀 ü"), reasons(run).toString());
    }

    /** One stray byte in row 500 of 1,000 of an otherwise ASCII UTF-8 file: Windows-1252 reads every row exactly. */
    @Test
    void aStrayByteInRow500Of1000LosesNoRow() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
        for (int i = 1; i <= 1000; i++) {
            csv.writeBytes(("r" + i + ",,," + i % 11 + "," + (i == 500 ? "caf" : "")).getBytes(StandardCharsets.US_ASCII));
            if (i == 500) {
                csv.write(0xE9);
            }
            csv.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Run run = tally("nps", bytes(dir, "stray.csv", csv.toByteArray()));

        assertWhole(run, 1000);
        assertEquals(List.of("café"), reasons(run));
        assertEquals(1000, run.json().path("nps").path("n").asInt());
    }

    /** A truncated sequence at the very end, without a final newline: the last row counts, its byte read as Windows-1252. */
    @Test
    void aSequenceCutShortAtTheEndLosesNoRow() {
        byte[] text = (HEADER + "r1,,,9,Müller\r\nr2,,,7,M").getBytes(StandardCharsets.UTF_8);
        Path csv = bytes(dir, "cut.csv", concat(text, new byte[] {(byte) 0xC3}));

        Run run = tally("nps", csv);

        assertWhole(run, 2);
        assertEquals(List.of("Müller", "MÃ"), reasons(run));
    }

    /** A stray byte inside a quoted cell spanning lines: the cell is whole, and the rows after keep their lines. */
    @Test
    void aStrayByteInsideAQuotedMultiLineCell() {
        byte[] before = (HEADER + "r1,,,9,\"first line\r\nsecond ").getBytes(StandardCharsets.US_ASCII);
        byte[] after = " line\"\r\nr2,,,11,x\r\n".getBytes(StandardCharsets.US_ASCII);
        Path csv = bytes(dir, "quoted.csv", concat(before, new byte[] {(byte) 0xFC}, after));

        Run run = tally("nps", csv);

        assertEquals("{\"read\":2,\"accepted\":2,\"rejected\":0,\"blank_lines\":0}", rows(run).toString());
        assertEquals(List.of("first line\r\nsecond ü line", "x"), reasons(run));
        assertEquals(List.of("4: cell ignored: recommend"), run.problemLines(), "the row after the cell is at its own line");
    }

    @Test
    void jsonThatIsNotUtf8IsReportedUnreadAndNeverCut() {
        String text = "[{\"respondent\": \"a\", \"answers\": {\"recommend\": 9}},\n"
                + " {\"respondent\": \"Müller\", \"answers\": {\"recommend\": 10}},\n"
                + " {\"respondent\": \"c\", \"answers\": {\"recommend\": 3}}]\n";
        Path json = bytes(dir, "old.json", text.getBytes(CP1252));
        Path jsonl = bytes(dir, "old.jsonl", text.replace("[", "").replace("},\n", "}\n").replace("]", "").getBytes(CP1252));

        for (Path p : List.of(json, jsonl)) {
            Run run = tally("nps", p);
            assertEquals("{\"read\":1,\"accepted\":0,\"rejected\":1,\"blank_lines\":0}", rows(run).toString(), p.toString());
            assertTrue(run.result().unreadable());
            assertEquals(List.of("2: unreadable"), run.rejectLines(), "the line of the first byte that is not UTF-8");
        }
    }

    @Test
    void jsonInUtf16AndUtf32IsCountedWhole() {
        String text = "[{\"respondent\": \"Müller\", \"answers\": {\"recommend\": 9, \"reason\": \"😀 ü\"}},\n"
                + " {\"respondent\": \"b\", \"answers\": {\"recommend\": 3}}]";
        for (String name : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            Run run = tally("nps", bytes(dir, name + ".json", text.getBytes(Charset.forName(name))));
            assertWhole(run, 2);
            assertEquals(List.of("😀 ü"), reasons(run), name);
        }
    }

    /** Through the command line, as the issue reproduced it. */
    @Test
    void theCommandLineCountsTheWholeWindows1252File() {
        Path csv = bytes(dir, "excel.csv", tenRows("Müller war gut").getBytes(CP1252));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            code = Main.run("tally", "nps", csv.toString(), "--content", TallyFixtures.CONTENT.toString());
        } finally {
            System.setOut(stdout);
        }

        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("nps (version 1): 10 rows read = 10 accepted + 0 rejected"),
                out.toString(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
