package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scorecardkit.scan.PageProblem;

/** The progress line: nothing in the first second, then at most four updates a second, wiped at the end. */
class ScanProgressTest {
    private long now;

    @Test
    void theLineShowsPagesReadOfTheTotalRewrittenInPlaceAndIsWipedAtTheEnd() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScanProgress progress = new ScanProgress(out, 500, () -> now);
        for (int i = 1; i <= 120; i++) {
            now = i * 50_000_000L; // a page every 50 ms
            progress.page(new PageProblem("a.pdf", i, "blank"), null, null);
        }
        progress.page(new PageProblem("b.pdf", 0, "not a PDF"), null, null); // a whole file is no page
        progress.close();

        String shown = out.toString(StandardCharsets.US_ASCII);
        assertEquals("\rpages 20/500\rpages 25/500", shown.substring(0, 26), "from the first second, every 250 ms");
        assertEquals(21, shown.split("\rpages ").length - 1, "pages 20, 25, ..., 120");
        assertEquals(true, shown.endsWith("\rpages 120/500\r             \r"), shown);
    }

    @Test
    void aShortScanShowsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScanProgress progress = new ScanProgress(out, 0, () -> now);
        now = 900_000_000L;
        progress.page(new PageProblem("a.pdf", 1, "blank"), null, null);
        progress.close();
        assertEquals("", out.toString(StandardCharsets.US_ASCII));
    }
}
