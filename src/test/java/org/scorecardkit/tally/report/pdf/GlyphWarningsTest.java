package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorecardkit.render.pdf.FontRuns;

/** One warning per character and place, in order; past twenty, a count, so a flood of emoji prints a few lines. */
class GlyphWarningsTest {
    @Test
    void repeatsAreOneLineAndAFloodIsCounted() {
        GlyphWarnings w = new GlyphWarnings();
        FontRuns.Missing answers = w.in("report.pdf", "in an answer to \"reason\"");
        answers.missing(0x1F44D);
        answers.missing(0x1F44D);
        assertEquals(List.of("report.pdf: U+1F44D THUMBS UP SIGN in an answer to \"reason\" is shown as □: no font here draws it"),
                w.list());
        for (int i = 0; i < 1_000; i++) {
            w.in("scorecards/r" + i + ".pdf", "in the instrument's text").missing(0x1F680);
        }
        List<String> lines = w.list();
        assertEquals(GlyphWarnings.SHOWN + 1, lines.size());
        assertEquals("scorecards/r18.pdf: U+1F680 ROCKET in the instrument's text is shown as □: no font here draws it",
                lines.get(GlyphWarnings.SHOWN - 1));
        assertEquals("… and 981 more characters shown as □ (no font here draws them)", lines.get(GlyphWarnings.SHOWN));
    }
}
