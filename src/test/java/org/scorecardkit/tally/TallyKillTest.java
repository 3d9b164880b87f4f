package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;
import org.scorecardkit.output.ChildJava;
import org.scorecardkit.output.StagedFolder;
import org.scorecardkit.tally.report.ReportContext;

/**
 * A {@code tally --out} killed with SIGKILL at every step of writing and swapping (a child JVM
 * paused at each checkpoint) leaves the old report set or the new one, never new summary.json
 * beside an old report.pdf, and the next tally leaves no debris.
 */
class TallyKillTest {
    @TempDir
    Path dir;

    @Test
    void aKillAtEveryCheckpointLeavesTheOldOrTheNewReportsAndNoDebris() throws Exception {
        Path oldRows = file(dir, "old.csv", "respondent,group,date,a,b,c\nR1,,,1,2,3\nR2,,,9,2,3\n");
        Path newRows = file(dir, "new.csv", "respondent,group,date,a,b,c\nR1,,,5,5,5\nR2,,,4,4,4\nR3,,,3,3,3\n");
        Path report = dir.resolve("report");
        Map<String, byte[]> newSet = tally(newRows, report);
        Map<String, byte[]> oldSet = tally(oldRows, report);
        List<String> beforeTheSwap = List.of("staging-created", "written", "sealed", "old-moved");

        for (String point : List.of("staging-created", "written", "sealed", "old-moved", "new-moved", "deleted-one")) {
            ChildJava.killAt(point, "tally", "trio", newRows.toString(), "--out", report.toString(),
                    "--content", TallyFixtures.CONTENT.toString());

            try (StagedFolder opened = TallyFolder.open(report, null)) {
                assertTrue(Files.isDirectory(opened.staging()), "the next run puts back a missing output and opens it");
            }
            Map<String, byte[]> now = TestFiles.files(report);
            boolean old = same(oldSet, now);
            assertTrue(old || same(newSet, now), point + ": neither the old reports nor the new ones: " + now.keySet());
            assertEquals(beforeTheSwap.contains(point), old, "killed at " + point + ": which reports survive");
            tally(oldRows, report);
            assertEquals(List.of("new.csv", "old.csv", "report"), TallyOutputsTest.names(dir), point + ": no debris after the next tally");
        }
    }

    private static Map<String, byte[]> tally(Path rows, Path report) throws Exception {
        TallyOutputs.run(TallyFixtures.instrument("trio"), new Tally.Options(List.of(rows), null, List.of()),
                // The same report the command writes, headed with site.yaml's organisation.
                new TallyOutputs.Request(report, null, false,
                        () -> new ReportContext(null, TallyFixtures.content().site().organisation())));
        return TestFiles.files(report);
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) throws IOException {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
