package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.TallyFixtures;

/** A scorecard's items read back: each with its number and wording, the answer against the group's mean, and the three lowest. */
class ScorecardItemsTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private String card(String rows, String who) throws Exception {
        Path csv = TallyFixtures.file(dir, "octet.csv", "respondent,group,date,i1,i2,i3,i4,i5,i6,i7,i8\n" + rows);
        assertEquals(0, Main.run("tally", "octet", csv.toString(), "--content", TallyFixtures.CONTENT.toString(),
                "--out", dir.resolve("out").toString(), "--scorecards"), console.err());
        return PdfLines.text(Files.readAllBytes(dir.resolve("out/scorecards").resolve(who + ".pdf")));
    }

    @Test
    void theThreeLowestItemsAreWhereYouCouldGrowTiesInSheetOrder() throws Exception {
        String card = card("Ann,,,2,1,3,1,5,1,1,2\nBo,,,4,4,4,4,4,4,4,4\n", "Ann");

        assertTrue(card.contains("Where you could grow\n• 2. Two. (you: 1, group: 2.50)\n• 4. Four. (you: 1, group: 2.50)\n"
                + "• 6. Six. (you: 1, group: 2.50)\n"), "four items share the lowest answer; the first three on the sheet:\n" + card);
        assertFalse(card.contains("• 7. Seven."), card);
        assertTrue(card.contains("1. One. 2 3.00\n"), "each item with its wording, the answer and the group's mean:\n" + card);
        assertTrue(card.contains("5. Five. 5 4.50\n"), card);
    }

    @Test
    void answersAtTheTopOfTheScaleLeaveNothingToGrowAndFewerThanThreeBelowShowWhatThereIs() throws Exception {
        assertFalse(card("Top,,,5,5,5,5,5,5,5,5\n", "Top").contains("Where you could grow"));
        String one = card("One,,,5,5,5,5,5,5,4,5\n", "One");
        assertTrue(one.contains("Where you could grow\n• 7. Seven. (you: 4, group: 4.00)\n"), one);
    }
}
