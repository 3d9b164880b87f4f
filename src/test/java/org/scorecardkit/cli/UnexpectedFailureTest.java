package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.tally.TallyFixtures;

/** Real verbs provoked into failures nobody planned for: one line on stderr and exit 1; the trace only with --debug. */
class UnexpectedFailureTest {
    static final Path BASIC = Path.of("src/test/resources/sites/basic");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    Path returns() throws Exception {
        return Files.writeString(tmp.resolve("returns.csv"), "respondent,group,date,a,b,c\nR1,,,1,2,3\n");
    }

    private static int tally(String... args) {
        return TallyFixtures.tallyCommand(args);
    }

    /** Stderr is one line that starts with "scorecard: ", names {@code what} and ends with the hint; no trace. */
    void assertOneLine(String what) {
        String err = console.err();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("scorecard: "), err);
        assertTrue(err.contains(what), err);
        assertTrue(err.strip().endsWith("; run again with --debug to see the details"), err);
        assertNoTrace(err);
    }

    static void assertNoTrace(String err) {
        assertFalse(err.contains("at org.") || err.contains("at java.") || err.contains("Exception in thread"), err);
    }

    @Test
    void tallyOutThatIsAFileIsOneLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("report"), "not a folder");

        assertEquals(1, tally("trio", returns().toString(), "--out", file.toString()));

        // A refusal, not a failure: the line says what to do, so it carries no --debug hint.
        String err = console.err();
        assertEquals("scorecard: the output " + file + " is a file, not a folder; choose another --out", err.strip());
        assertNoTrace(err);
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void tallyOutInAReadOnlyFolderIsOneLine() throws Exception {
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "permissions are not enforced for this user (root?): the read-only folder cannot be provoked");
            assertEquals(1, tally("trio", returns().toString(), "--out", locked.resolve("report").toString()));
            assertOneLine(locked.resolve("report").toString());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void tallyOutWhereEvenRootMayNotCreateAFolderIsOneLine() throws Exception {
        // sysfs refuses new folders to every user, root included: the read-only case that works when run as root.
        Path sys = Path.of("/sys");
        assumeTrue(Files.isDirectory(sys.resolve("kernel")), "no sysfs at /sys on this platform");
        Path report = sys.resolve("scorecard-report-" + ProcessHandle.current().pid());

        assertEquals(1, tally("trio", returns().toString(), "--out", report.toString()));

        assertOneLine(report.toString());
        assertFalse(Files.exists(report));
    }

    @Test
    void buildIntoAFolderWhoseParentIsAFileIsOneLineAndTheTraceComesWithDebug() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        String out = file.resolve("site").toString();

        assertEquals(1, Main.run("build", "--content", BASIC.toString(), "--out", out));
        assertOneLine(file.toString());
        assertTrue(console.err().contains("the previous " + out + " is untouched"), console.err());

        assertEquals(1, Main.run("--debug", "build", "--content", BASIC.toString(), "--out", out));
        assertEquals(1, Main.run("build", "--content", BASIC.toString(), "--out", out, "--debug"));
        String debug = console.err().substring(console.err().indexOf(System.lineSeparator()) + 1);
        assertEquals(2, debug.lines().filter(l -> l.startsWith("scorecard: the build failed")).count(), debug);
        assertEquals(2, debug.lines().filter(l -> l.startsWith("org.scorecardkit.cli.Failure$During: the build failed")).count(), debug);
        assertTrue(debug.contains("\tat org.scorecardkit.cli.BuildCommand.call"), debug);
        assertEquals(2, debug.lines().filter(l -> l.startsWith("Caused by: java.nio.file.")).count(), debug);
        assertFalse(debug.contains("to see the details"), debug);
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aTallyInputThatIsAFolderOrAContentFolderThatIsAFileShowNoTrace() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("a-folder.csv"));
        assertEquals(1, tally("trio", folder.toString()));
        assertTrue(console.err().contains(folder.toString()), console.err());
        assertNoTrace(console.err());

        Path file = Files.writeString(tmp.resolve("content"), "x");
        assertEquals(1, Main.run("validate", file.toString()));
        assertEquals(1, Main.run("build", "--content", file.toString(), "--out", tmp.resolve("site").toString()));
        assertEquals(1, Main.run("tally", "trio", returns().toString(), "--content", file.toString()));
        assertTrue(console.err().contains(file.toString()), console.err());
        assertNoTrace(console.err());
    }

    @Test
    void debugIsAcceptedBeforeAndAfterEveryVerbWhenNothingFails() {
        String base = Path.of("src/test/resources/validation/base").toString();
        assertEquals(0, Main.run("--debug", "validate", base));
        assertEquals(0, Main.run("validate", base, "--debug"));
        assertEquals(0, Main.run("tally", "--debug", "--help"));
        assertEquals(0, Main.run("tally", "merge", "--help", "--debug"));
        assertEquals("", console.err());
    }
}
