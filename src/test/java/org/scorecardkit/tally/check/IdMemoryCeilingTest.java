package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.output.ChildJava;
import org.scorecardkit.tally.TallyFixtures;

/**
 * The memory ceiling of duplicate detection, checked on the command line in a JVM of its own with a
 * 64 MB heap: 1,200,000 e-mail ids (about 80 MB of ids if all were held) tally there to exact counts
 * because ids past the bound go to disk, and the same run with the bound raised past the heap runs
 * out of memory, which shows the ceiling is what holds it.
 */
class IdMemoryCeilingTest {
    private static final int ROWS = 1_200_000;
    /** Every 50th row repeats the respondent of the row before it: those are the later duplicates. */
    private static final int REPEATS = ROWS / 50;

    @TempDir
    static Path dir;
    static Path returns;

    @BeforeAll
    static void write() throws Exception {
        returns = dir.resolve("returns.csv");
        try (BufferedWriter w = Files.newBufferedWriter(returns, StandardCharsets.UTF_8)) {
            w.write("respondent,group,date,recommend,reason\n");
            for (int i = 0; i < ROWS; i++) {
                int who = i % 50 == 49 ? i - 1 : i;   // the row before, whose id is new
                w.write("first.last" + who + "@customers.example.com,,," + i % 11 + ",\n");
            }
        }
    }

    private static ChildJava.Run tally(String bound, Path out) throws Exception {
        return ChildJava.run(List.of("-Xmx64m", "-Dscorecard.ids.memory=" + bound, "-Dscorecard.ids.tmpdir=" + dir),
                "tally", "nps", returns.toString(), "--out", out.toString(),
                "--content", TallyFixtures.CONTENT.toAbsolutePath().toString());
    }

    @Test
    void idsPastTheBoundSpillAndTheCountsAreExact() throws Exception {
        Path out = dir.resolve("report");
        ChildJava.Run run = tally("8m", out);

        assertEquals(0, run.exit(), run.err());
        JsonNode rows = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("rows");
        assertEquals(ROWS, rows.path("read").asLong(), rows.toString());
        assertEquals(ROWS - REPEATS, rows.path("accepted").asLong(), rows.toString());
        assertEquals(REPEATS, rows.path("rejected").asLong(), rows.toString());
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("scorecard-ids")), "no spill files left");
        }
    }

    @Test
    void withoutTheCeilingTheSameRunRunsOutOfMemoryInOneLine() throws Exception {
        ChildJava.Run run = tally("1g", dir.resolve("unbounded"));

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().startsWith("scorecard: ran out of memory"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
