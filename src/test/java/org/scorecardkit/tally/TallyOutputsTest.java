package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.TestFiles;
import org.scorecardkit.cli.Main;
import org.scorecardkit.output.ChildJava;
import org.scorecardkit.output.OutputRefused;
import org.scorecardkit.output.SmallDisk;

/**
 * The files of {@code tally --out} and {@code --save-state} under attack: a file or a folder of
 * other files given as the output is refused before any input is read, the reports are replaced
 * as one set, and a full disk (injected, or a real small tmpfs) leaves the previous outputs as
 * they were and no temporary files.
 */
class TallyOutputsTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private Path rows(String name, int n) {
        StringBuilder csv = new StringBuilder("respondent,group,date,a,b,c\n");
        for (int i = 0; i < n; i++) {
            csv.append('R').append(i).append(",,,").append(1 + i % 5).append(',').append(1 + i % 3).append(",3\n");
        }
        return file(dir, name, csv.toString());
    }

    private static TallyOutputs.Outcome tally(Path out, Path state, boolean scorecards, Path... files) throws Exception {
        return TallyOutputs.run(TallyFixtures.instrument("trio"), new Tally.Options(List.of(files), null, List.of()),
                new TallyOutputs.Request(out, state, scorecards));
    }

    @Test
    void anOutputThatIsAFileIsRefusedBeforeAnyInputIsRead() throws Exception {
        Path existing = file(dir, "report", "my notes");
        Path unreadable = dir.resolve("no-such-returns.csv");

        IOException e = assertThrows(IOException.class, () -> tally(existing, null, false, unreadable));

        assertEquals("the output " + existing + " is a file, not a folder; choose another --out", e.getMessage());
        assertEquals("my notes", Files.readString(existing));
        assertEquals(1, Main.run("tally", "trio", unreadable.toString(), "--out", existing.toString(),
                "--content", TallyFixtures.CONTENT.toString()));
        assertEquals("my notes", Files.readString(existing));
        assertEquals(List.of("report"), names(dir), "nothing written beside it");
    }

    @Test
    void aFolderOfOtherFilesIsRefusedBeforeAnyWorkAndKeptWhole() throws Exception {
        Path report = Files.createDirectories(dir.resolve("report"));
        file(report, "summary.json", "{}");
        file(report, "notes.txt", "keep me");

        IOException e = assertThrows(IOException.class, () -> tally(report, null, false, dir.resolve("missing.csv")));

        assertEquals(report.resolve("notes.txt") + " was not written by a tally; move it away or choose another --out", e.getMessage());
        assertEquals(List.of("notes.txt", "summary.json"), names(report));
        assertEquals(List.of("report"), names(dir));
    }

    @Test
    void aFolderHoldingAResponseFileIsRefused() throws Exception {
        Path report = Files.createDirectories(dir.resolve("report"));
        Path returns = rows("report/returns.csv", 3);

        IOException e = assertThrows(IOException.class, () -> tally(report, null, false, returns));

        assertTrue(e.getMessage().startsWith("the output folder " + report + " holds the response file " + returns), e.getMessage());
        assertTrue(Files.exists(returns));
    }

    @Test
    void aSecondTallyReplacesTheFirstAsOneSetWithItsStateInside() throws Exception {
        Path report = dir.resolve("report");
        tally(report, report.resolve("state.json"), true, rows("one.csv", 6));
        assertTrue(Files.isDirectory(report.resolve("scorecards")) && Files.exists(report.resolve(".scorecard-manifest")));

        tally(report, report.resolve("state.json"), false, rows("two.csv", 9));

        assertEquals(List.of(".scorecard-manifest", "rejects.csv", "report.html", "report.pdf", "state.json", "summary.json"),
                names(report), "the scorecards of the first tally went with it");
        assertEquals(9, TallyFixtures.tree(Files.readAllBytes(report.resolve("summary.json"))).path("rows").path("read").asInt());
        assertTrue(Files.readString(report.resolve(".scorecard-manifest")).contains(" state.json\n"), "the state is one of the set");
    }

    @Test
    void aReportFolderOfTheLastReleaseIsReplacedButNotWithExtraFiles() throws Exception {
        Path report = dir.resolve("report");
        tally(report, null, false, rows("one.csv", 3));
        Files.delete(report.resolve(".scorecard-manifest"));
        tally(report, null, false, rows("two.csv", 4));
        Files.delete(report.resolve(".scorecard-manifest"));
        file(report, "returns.csv", "typed by hand");

        IOException e = assertThrows(IOException.class, () -> tally(report, null, false, rows("three.csv", 5)));

        assertTrue(e.getMessage().startsWith(report.resolve("returns.csv") + " was not written by a tally"), e.getMessage());
        assertEquals("typed by hand", Files.readString(report.resolve("returns.csv")));
        assertEquals(4, TallyFixtures.tree(Files.readAllBytes(report.resolve("summary.json"))).path("rows").path("read").asInt());
    }

    @Test
    void aStateFileThatIsAResponseFileIsRefusedBeforeAnyWorkAndTheFileKept() throws Exception {
        Path returns = rows("returns.csv", 3);
        byte[] original = Files.readAllBytes(returns);
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), returns);

        IOException e = assertThrows(OutputRefused.class, () -> tally(null, returns, false, returns));
        assertThrows(OutputRefused.class, () -> tally(dir.resolve("report"), link, false, dir.resolve("./returns.csv")));

        assertEquals("--save-state " + returns + " is the response file " + returns
                + ", which the tally reads; give another file name for the state", e.getMessage());
        assertEquals(1, Main.run("tally", "trio", returns.toString(), "--save-state", returns.toString(),
                "--content", TallyFixtures.CONTENT.toString()));
        assertArrayEquals(original, Files.readAllBytes(returns));
        assertEquals(List.of("link.csv", "returns.csv"), names(dir), "nothing written");
    }

    @Test
    void aMergeIntoTheFolderHoldingTheStateIsRefusedAndTheStateKept() throws Exception {
        Path report = dir.resolve("report");
        Path state = report.resolve("state.json");
        tally(report, state, false, rows("one.csv", 6));
        byte[] saved = Files.readAllBytes(state);

        assertEquals(1, Main.run("tally", "merge", state.toString(), dir.resolve("not-yet-read.json").toString(),
                "--content", TallyFixtures.CONTENT.toString(), "--out", report.toString()));
        assertEquals("scorecard: the output folder " + report + " holds the state file " + state + "; choose another --out",
                console.err().strip(), "refused before any state is read");
        IOException e = assertThrows(OutputRefused.class,
                () -> TallyOutputs.write(Merge.merge(TallyFixtures.content(), List.of(state)), report, List.of(state)));

        assertEquals("the output folder " + report + " holds the state file " + state + "; choose another --out", e.getMessage());
        assertArrayEquals(saved, Files.readAllBytes(state));
    }

    @Test
    void aStateFileThatIsAFolderIsRefusedBeforeAnyWork() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("state"));

        IOException e = assertThrows(IOException.class, () -> tally(null, folder, false, dir.resolve("missing.csv")));

        assertEquals("the output " + folder + " is a folder, not a file; give a file name", e.getMessage());
    }

    @Test
    void anInjectedFullDiskLeavesThePreviousReportsAndStateAndNoDebris() throws Exception {
        Path report = dir.resolve("report");
        Path state = dir.resolve("keep/state.json");
        tally(report, state, false, rows("one.csv", 3));
        Map<String, byte[]> before = TestFiles.files(report);
        byte[] stateBefore = Files.readAllBytes(state);
        Path more = rows("two.csv", 8);
        String content = TallyFixtures.CONTENT.toString();

        ChildJava.Run reports = ChildJava.run(List.of("-Dscorecardkit.fail-at=written"), "tally", "trio", more.toString(),
                "--out", report.toString(), "--save-state", state.toString(), "--content", content);
        ChildJava.Run states = ChildJava.run(List.of("-Dscorecardkit.fail-at=file-written"), "tally", "trio", more.toString(),
                "--save-state", state.toString(), "--content", content);

        assertEquals(1, reports.exit(), reports.err());
        assertTrue(reports.err().contains("cannot write " + report + ": no space left on device; the previous " + report
                + " is untouched"), reports.err());
        assertEquals(1, states.exit(), states.err());
        assertTrue(states.err().contains("cannot write " + state + ": no space left on device"), states.err());
        assertSameTree(before, TestFiles.files(report));
        assertArrayEquals(stateBefore, Files.readAllBytes(state));
        assertEquals(List.of("keep", "one.csv", "report", "two.csv"), names(dir), "no staging folder");
        assertEquals(List.of("state.json"), names(state.getParent()), "no temporary state file");
    }

    @Test
    void aRealFullDiskLeavesThePreviousReportsAndNoDebris() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        String why = SmallDisk.mount(disk, "256k");
        Assumptions.assumeTrue(why == null, () -> "no small tmpfs to fill: " + why);
        try {
            Path report = disk.resolve("report");
            tally(report, null, false, rows("few.csv", 3));
            Map<String, byte[]> before = TestFiles.files(report);
            Path many = file(dir, "many.csv", "respondent,group,date,a,b,c\n" + "R,,,9,9,9\n".repeat(40_000));

            IOException e = assertThrows(IOException.class, () -> tally(report, null, false, many));

            assertTrue(e.getMessage().startsWith("cannot write " + report + ": no space left on device"), e.getMessage());
            assertSameTree(before, TestFiles.files(report));
            assertEquals(List.of("report"), names(disk), "no staging folder left on the full disk");
        } finally {
            SmallDisk.unmount(disk);
        }
    }

    static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void noTemporaryFileIsLeftAfterAGoodSave() throws Exception {
        Path state = dir.resolve("s/state.json");
        tally(null, state, false, rows("one.csv", 3));
        tally(null, state, false, rows("two.csv", 4));
        assertEquals(List.of("state.json"), names(state.getParent()));
        assertFalse(Files.readString(state).isEmpty());
    }
}
