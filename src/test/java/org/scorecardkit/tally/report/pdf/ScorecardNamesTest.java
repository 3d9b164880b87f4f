package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.TallyFixtures;

/** Scorecard file names stay within the file system's 255 bytes a name, whatever the script of the respondent's id. */
class ScorecardNamesTest {
    /** U+20000 and U+20001, CJK letters of four UTF-8 bytes each. */
    private static final String A = "\uD840\uDC00";
    private static final String B = "\uD840\uDC01";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /** The attack: an id of 80 four-byte letters made a 324-byte name, and the whole tally failed. */
    @Test
    void eightyFourByteLettersMakeANameTheFileSystemTakesAndTwoSuchIdsStayApart() throws Exception {
        String first = A.repeat(80);
        String second = A.repeat(50) + B.repeat(30);   // the same first 200 bytes
        Path csv = TallyFixtures.file(dir, "long.csv", "respondent,group,date,recommend,reason\n"
                + first + ",North,,9,\n" + second + ",North,,7,\n");
        Path out = dir.resolve("out");

        assertEquals(0, Main.run("tally", "nps", csv.toString(), "--content", TallyFixtures.CONTENT.toString(),
                "--out", out.toString(), "--scorecards"), console.err());

        List<String> names;
        try (Stream<Path> list = Files.list(out.resolve("scorecards"))) {
            names = list.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of(A.repeat(50) + "-2.pdf", A.repeat(50) + ".pdf"), names);
        for (String name : names) {
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
        }
    }

    @Test
    void theCutCountsUtf8BytesAndNeverSplitsALetter() {
        assertEquals("a".repeat(199), Scorecards.safe("a".repeat(199) + A));
        assertEquals("a".repeat(196) + A, Scorecards.safe("a".repeat(196) + A + A));
        assertEquals("é".repeat(100), Scorecards.safe("é".repeat(101)));
        assertEquals("a".repeat(200), Scorecards.safe("a".repeat(300)));
    }
}
