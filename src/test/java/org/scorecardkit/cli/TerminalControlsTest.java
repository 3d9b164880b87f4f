package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.load.TestSite;
import org.scorecardkit.tally.TallyFixtures;

/**
 * Text from outside (respondent answers, content, file names) that tries to drive the terminal:
 * clear the screen, set the window title, reorder a line. None of it reaches the terminal as a control.
 */
class TerminalControlsTest {
    static final String ATTACK = "x\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202etxt.exe\u007f";
    static final String SHOWN = "x␛[2J␛]0;pwned␇�31m�txt.exe␡";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    /** No ESC, BEL or other C0 control but newline and tab, no DEL, no C1 control, no bidi override or isolate. */
    static void assertNoControls(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' && !(c == '\r' && i + 1 < printed.length() && printed.charAt(i + 1) == '\n')
                    || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            assertTrue(!control, "U+" + Integer.toHexString(c) + " at " + i + " in: " + printed);
        }
    }

    @Test
    void respondentTextInRejectLinesAndGroupNamesIsShownNotObeyed() throws Exception {
        Path csv = Files.writeString(tmp.resolve("returns.csv"), "respondent,group,date,a,b,c\n"
                + "R1,\"" + ATTACK + "\",,2,3,3\n"
                + "R2,X,,\"" + ATTACK + "\",2,3\n");

        assertEquals(0, Main.run("tally", "trio", csv.toString(), "--by", "group", "--content", TallyFixtures.CONTENT.toString()));

        assertNoControls(console.out());
        assertNoControls(console.err());
        assertTrue(console.err().contains(csv + ":3: "), console.err());
        assertTrue(console.err().contains(SHOWN), "the reject line shows the text visibly: " + console.err());
        assertTrue(console.out().contains(SHOWN), "the group name is shown visibly: " + console.out());
    }

    @Test
    void aFileNameWithEscapesIsShownNotObeyed() throws Exception {
        Path csv = Files.writeString(tmp.resolve("x\u001b]0;pwned\u0007.csv"), "respondent,group,date,a,b,c\nR1,,,9,3,3\n");

        assertEquals(0, Main.run("tally", "trio", csv.toString(), "--content", TallyFixtures.CONTENT.toString()));

        assertNoControls(console.err());
        assertTrue(console.err().contains("x␛]0;pwned␇.csv:2: "), console.err());
    }

    @Test
    void contentTextQuotedInValidationProblemsIsShownNotObeyed() {
        // YAML refuses raw controls in a file, but its double-quoted escapes (\e, \a, \x9b) make them.
        TestSite site = TestSite.copyOfBase(tmp).with("instruments/bad.yaml", """
                id: bad
                version: 1
                title: Bad
                kind: survey
                description: Escapes.
                "ti\\e[2Jtle": x
                items:
                  - id: first
                    type: "r\\e]0;pwned\\a\\x9b"
                    text: I like tests.
                """);

        assertEquals(1, Main.run("validate", site.dir().toString()));

        assertNoControls(console.err());
        assertTrue(console.err().contains("\"ti␛[2Jtle\""), console.err());
        assertTrue(console.err().contains("\"r␛]0;pwned␇�\""), console.err());
    }

    @Test
    void ordinaryTextKeepsEveryByteAndLineEnd() throws Exception {
        Path csv = Files.writeString(tmp.resolve("grüße 日本.csv"), "respondent,group,date,a,b,c\nR1,Zürich 😀,,2,3,3\n");

        assertEquals(0, Main.run("tally", "trio", csv.toString(), "--by", "group", "--content", TallyFixtures.CONTENT.toString()));

        assertTrue(console.out().contains("  Zürich 😀: n 1"), console.out());
        assertTrue(console.out().contains("\n") && !console.out().contains("␍") && !console.out().contains("�"), console.out());
    }
}
