package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.TestSite;

/** {@code scorecard validate}: exit code and what it prints. */
class ValidateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @TempDir
    Path tmp;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validContentExitsZero() {
        Path base = TestSite.BASE;
        assertEquals(0, Main.run("validate", base.toString()), err());
        assertTrue(out().startsWith("Valid: " + base + " ("), out());
        assertTrue(out().endsWith(" 2 pages)" + System.lineSeparator()), out());
        assertEquals("", err());
    }

    @Test
    void validContentSaysHowManyInstrumentsAndPagesInGoodEnglish() {
        assertEquals(0, Main.run("validate", TestSite.BASE.toString()), err());
        assertEquals("Valid: " + TestSite.BASE + " (1 instrument, 2 pages)" + System.lineSeparator(), out());
    }

    @Test
    void brokenContentExitsOneAndPrintsEachProblemWithItsPlaceAndFix() {
        TestSite site = TestSite.copyOfBase(tmp).with("instruments/bad.yaml", """
                id: bad
                version: 1
                title: Bad
                kind: survey
                description: A misspelt item type.
                items:
                  - id: first
                    type: ratng
                    text: I like tests.
                """);
        Path dir = site.dir();
        assertEquals(1, Main.run("validate", dir.toString()));
        String nl = System.lineSeparator();
        assertEquals(dir.resolve("instruments/bad.yaml") + ":8:11: unknown item type \"ratng\" in item \"first\"" + nl
                + "  fix: did you mean \"rating\"? use one of: rating, single, multiple, check, text, statement" + nl
                + "1 problem in " + dir + "." + nl, err());
        assertEquals("", out());
    }

    @Test
    void missingContentFolderExitsOne() {
        Path missing = tmp.resolve("nowhere");
        assertEquals(1, Main.run("validate", missing.toString()));
        assertTrue(err().startsWith(missing + ":1:1: content folder not found" + System.lineSeparator()), err());
    }

    @Test
    void unknownOptionExitsTwo() {
        assertEquals(2, Main.run("validate", "--bogus", TestSite.BASE.toString()));
        assertTrue(err().contains("Unknown option: '--bogus'"), err());
        assertTrue(err().contains("Usage: scorecard validate"), err());
    }
}
