package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.render.SourceDate;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.stats.Summary;

/**
 * report.pdf made to print, read back with PDFBox: "page i of n" on every page, no heading as the
 * last line of a page, tables that run onto another page repeat their header, items named by number
 * and wording, and the same bytes every time.
 */
class PrintLayoutTest {
    /** The page's height in points (A4) and the foot below which only the page number is printed. */
    private static final float FOOT = 842 - PdfReport.MARGIN + 2;

    @TempDir
    Path dir;

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws Exception {
        byte[] pdf = PdfReport.of(WorkshopReturns.summary("seven-cs", Breakdown.GROUP, WorkshopReturns.sheets(dir, "seven-cs", 30)));
        List<String> pages = PdfLines.pages(pdf);
        assertTrue(pages.size() >= 3, pages.size() + " pages");
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("page " + (i + 1) + " of " + pages.size()), "page " + (i + 1) + ":\n" + pages.get(i));
        }
    }

    /**
     * The attack: chart headings at the foot of a page with their chart on the next. The table of
     * groups grows by a row at a time from 1 to 30 groups, which moves every later heading down the
     * page a little each time, so the headings fall at every height, the foot included.
     */
    @Test
    void noHeadingIsTheLastLineOfAPageWhereverTheSectionsFall() throws Exception {
        int checked = 0;
        for (int groups = 1; groups <= 30; groups++) {
            for (String id : List.of("skillset", "seven-cs")) {
                String[] keys = new String[groups];
                for (int g = 0; g < groups; g++) {
                    keys[g] = "Team " + (g + 1);
                }
                Path csv = WorkshopReturns.sheets(dir.resolve(id + groups), id, 30, keys);
                byte[] pdf = PdfReport.of(WorkshopReturns.summary(id, Breakdown.GROUP, csv));
                List<List<PdfLines.Line>> pages = PdfLines.of(pdf);
                for (int p = 0; p < pages.size() - 1; p++) {
                    List<PdfLines.Line> body = pages.get(p).stream().filter(l -> l.y() < FOOT).toList();
                    PdfLines.Line last = body.get(body.size() - 1);
                    assertFalse(heading(last), id + " with " + groups + " groups: page " + (p + 1) + " ends with the heading \""
                            + last.text() + "\"");
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, checked + " page ends checked");
    }

    @Test
    void aTableThatRunsOntoTheNextPageRepeatsItsHeader() throws Exception {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        for (int g = 0; g < 70; g++) {
            csv.append("r").append(g).append(",Team ").append(g).append(",,").append(g % 11).append(",\n");
        }
        byte[] pdf = PdfReport.of(TallyFixtures.tally("nps", Breakdown.GROUP, TallyFixtures.file(dir, "teams.csv", csv.toString()))
                .result().summary());
        List<List<PdfLines.Line>> pages = PdfLines.of(pdf);
        List<Integer> withRows = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            boolean rows = pages.get(p).stream().anyMatch(l -> l.text().matches("Team \\d+ \\(small n\\) 1 .*"));
            if (rows) {
                withRows.add(p + 1);
                assertTrue(pages.get(p).stream().anyMatch(l -> l.text().startsWith("group n NPS 95% interval") && l.bold()),
                        "page " + (p + 1) + " has rows of the table but no header");
            }
        }
        assertTrue(withRows.size() >= 2, "the table runs over pages " + withRows);
    }

    @Test
    void itemsAreNamedByTheirNumberAndWordingNeverByIdAlone() throws Exception {
        Summary summary = WorkshopReturns.summary("skillset", null, WorkshopReturns.sheets(dir, "skillset", 30));
        String text = PdfLines.text(PdfReport.of(summary)).replace("\n", " ");
        assertTrue(text.contains("1. I realise the importance of service to the success of the organisation."), text);
        assertTrue(text.contains("12. I am open to the subject of customer care skills improvement."), text);
        for (String id : summary.instrument().columns()) {
            assertFalse(text.contains(id), "the id " + id + " is printed");
        }
    }

    @Test
    void theSameReturnsGiveTheSameBytesDatedBySourceDateEpoch() throws Exception {
        Path csv = WorkshopReturns.nps(dir);
        byte[] first = PdfReport.of(WorkshopReturns.summary("nps", Breakdown.GROUP, csv));
        byte[] second = PdfReport.of(WorkshopReturns.summary("nps", Breakdown.GROUP, csv));
        assertArrayEquals(first, second);
        try (PDDocument doc = Loader.loadPDF(first)) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertEquals(SourceDate.instant().toEpochMilli(), created.getTimeInMillis());
        }
    }

    /** Bold text of 11 points or more: a section's heading (13 pt) or a heading within a section (11 pt). */
    private static boolean heading(PdfLines.Line line) {
        return line.bold() && line.size() >= 10.5f;
    }
}
