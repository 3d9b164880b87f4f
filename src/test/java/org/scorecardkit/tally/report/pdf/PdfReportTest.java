package org.scorecardkit.tally.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.TallyOutputs;
import org.scorecardkit.tally.report.ReportViews;

/** report.pdf and the scorecards, read back with PDFBox: their numbers, embedded fonts, and the same bytes every time. */
class PdfReportTest {
    @TempDir
    Path dir;

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theReportPdfHasTheNumbersAndIsTheSameBytesEveryTime() throws Exception {
        Path csv = file(dir, "nps.csv", TallyFixtures.npsCsv());
        byte[] first = PdfReport.of(ReportViews.of(TallyFixtures.tally("nps", csv).result().summary()));
        byte[] second = PdfReport.of(ReportViews.of(TallyFixtures.tally("nps", csv).result().summary()));

        assertArrayEquals(first, second);
        String text = text(first);
        assertTrue(text.contains("NPS 30 (95% interval \u221219 to 65), n 10"), text);
        assertTrue(text.contains("Promoters\n5 (50.0%)"), text);
        assertTrue(text.contains("<script>alert('x')</script>"), "respondents' text is printed as written");
        try (PDDocument doc = Loader.loadPDF(first)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                assertTrue(resources.getFont(name).getName().contains("DejaVuSans"), resources.getFont(name).getName());
                assertTrue(resources.getFont(name).isEmbedded(), resources.getFont(name).getName());
            }
        }
    }

    @Test
    void scorecardsGiveEveryAcceptedRespondentTheirProfileAgainstTheGroup() throws Exception {
        Path csv = file(dir, "trio.csv", "respondent,group,date,a,b,c\nAnn Lee,X,2026-01-10,2,3,3\nAnn_Lee,X,,4,4,5\n"
                + ",Y,,3,3,4\n../../evil,Y,,5,4,4\nBad,Y,,9,9,9\n");
        Path out = dir.resolve("out");

        TallyOutputs.run(TallyFixtures.instrument("trio"), new Tally.Options(List.of(csv), null, List.of()),
                new TallyOutputs.Request(out, null, true));

        List<String> cards;
        try (Stream<Path> files = Files.list(out.resolve("scorecards"))) {
            cards = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("Ann_Lee-2.pdf", "Ann_Lee.pdf", "___.._evil.pdf", "trio-line-4.pdf"), cards,
                "names made safe character for character (no separator survives, none is dropped), clashes numbered,"
                        + " the rejected row has none");
        String ann = text(Files.readAllBytes(out.resolve("scorecards/Ann_Lee.pdf")));
        assertTrue(ann.contains("Ann Lee · group X · 2026-01-10"), ann);
        assertTrue(ann.contains("Score 8 of 3–15: Middle"), ann);
        assertTrue(ann.contains("1. First statement. 2 3.50"), "a's answer against the mean of the four accepted rows: " + ann);
    }

    @Test
    void withABreakdownByGroupEachScorecardComparesWithTheRespondentsOwnGroup() throws Exception {
        Path csv = file(dir, "trio.csv", "respondent,group,date,a,b,c\nAnn,X,,2,3,3\nBo,X,,4,4,5\nCy,Y,,3,3,4\nDi,Y,,5,4,4\n");
        Path out = dir.resolve("out");

        TallyOutputs.run(TallyFixtures.instrument("trio"), new Tally.Options(List.of(csv), org.scorecardkit.tally.aggregate.Breakdown.GROUP,
                List.of()), new TallyOutputs.Request(out, null, true));

        assertTrue(text(Files.readAllBytes(out.resolve("scorecards/Ann.pdf"))).contains("1. First statement. 2 3.00\n"), "a in group X: (2 + 4) / 2");
        assertTrue(text(Files.readAllBytes(out.resolve("scorecards/Di.pdf"))).contains("1. First statement. 5 4.00\n"), "a in group Y: (3 + 5) / 2");
    }
}
