package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.ConsoleCapture;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.TestSite;

/** {@code scorecard validate}: exit code and what it prints. */
class ValidateCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    @Test
    void validContentExitsZero() {
        Path base = TestSite.BASE;
        assertEquals(0, Main.run("validate", base.toString()), console.err());
        assertTrue(console.out().startsWith("Valid: " + base + " ("), console.out());
        assertTrue(console.out().endsWith(" 2 pages)" + System.lineSeparator()), console.out());
        assertEquals("", console.err());
    }

    @Test
    void validContentSaysHowManyInstrumentsAndPagesInGoodEnglish() {
        assertEquals(0, Main.run("validate", TestSite.BASE.toString()), console.err());
        assertEquals("Valid: " + TestSite.BASE + " (1 instrument, 2 pages)" + System.lineSeparator(), console.out());
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
                + "1 problem in " + dir + "." + nl, console.err());
        assertEquals("", console.out());
    }

    @Test
    void missingContentFolderExitsOne() {
        Path missing = tmp.resolve("nowhere");
        assertEquals(1, Main.run("validate", missing.toString()));
        assertTrue(console.err().startsWith(missing + ":1:1: content folder not found" + System.lineSeparator()), console.err());
    }

    @Test
    void unknownOptionExitsTwo() {
        assertEquals(2, Main.run("validate", "--bogus", TestSite.BASE.toString()));
        assertTrue(console.err().contains("Unknown option: '--bogus'"), console.err());
        assertTrue(console.err().contains("Usage: scorecard validate"), console.err());
    }
}
