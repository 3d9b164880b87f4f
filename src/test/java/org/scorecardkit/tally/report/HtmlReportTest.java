package org.scorecardkit.tally.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.aggregate.Breakdown;

/** report.html read back with jsoup: its numbers, its charts, nothing loaded from elsewhere, and respondents' text escaped. */
class HtmlReportTest {
    @TempDir
    Path dir;

    private Document report(String instrument, Breakdown by, String csv) {
        return Jsoup.parse(HtmlReport.of(TallyFixtures.tally(instrument, by, file(dir, instrument + ".csv", csv)).result().summary()));
    }

    @Test
    void theNpsReportShowsTheScoreIntervalStackedBarAndGroups() {
        Document doc = report("nps", Breakdown.GROUP, TallyFixtures.npsCsv());

        assertEquals("Would you recommend us?", doc.selectFirst("h1").text());
        assertEquals("NPS 30 (95% interval −19 to 65), n 10", doc.selectFirst("#nps .headline").text(), "an NPS is a whole number");
        Element stack = doc.selectFirst("#nps figure svg");
        assertEquals(List.of("detractors", "passives", "promoters"), stack.select("rect").eachAttr("class"));
        assertEquals(List.of("0", "128", "320"), stack.select("rect").eachAttr("x"), "20% and 30% of 640 points");
        assertEquals(List.of("North", "South"), doc.select("#groups tbody td:first-child").eachText());
        assertEquals(List.of("100.0", "−40.0"), doc.select("#groups tbody td:nth-child(3)").eachText(), "1 decimal in a table");
        // North: 5 promoters of 5 (NPS 100); South: 0 promoters, 2 detractors of 5 (NPS -40); each is the other's rest.
        assertTrue(doc.selectFirst("#groups p.note").text().startsWith("North differs from everyone else by +140.0 NPS points"),
                doc.selectFirst("#groups p.note").text());
        String method = doc.selectFirst("#method").text();
        assertTrue(method.contains("adjusted-Wald method (Rocks 2016): add 3 to n and ¾ to the promoters and to the detractors"), method);
        assertTrue(method.contains("the variance of the difference of their adjusted-Wald estimates is the sum of their variances"), method);
    }

    @Test
    void respondentsTextIsEscapedAndNothingIsLoadedFromElsewhere() {
        Document doc = report("nps", null, TallyFixtures.npsCsv());

        assertEquals("<script>alert('x')</script> & <b>bold</b>", doc.selectFirst("#items blockquote").text());
        assertTrue(doc.select("link, img, iframe, object, script[src]").isEmpty(), "no stylesheets, images or scripts from files");
        assertEquals(1, doc.select("script").size(), "present mode's one inline script");
        for (Element e : doc.select("[src], [href]")) {
            throw new AssertionError("an external reference: " + e);
        }
        assertEquals(1, doc.select("style").size());
    }

    @Test
    void theSelfAssessmentReportHasBandsProfileAlphaAndSmallNWarnings() {
        Document doc = report("trio", null, "respondent,group,date,a,b,c\nR1,,,2,3,3\nR2,,,4,4,5\nR3,,,3,3,4\nR4,,,5,4,4\n");

        assertEquals(List.of("Low", "Middle", "High"), doc.select("#score svg g text[text-anchor=end]").eachText());
        assertEquals(List.of("0 (0.0%)", "2 (50.0%)", "2 (50.0%)"), doc.select("#score svg g text:not([text-anchor])").eachText());
        assertEquals(List.of("1. First statement.", "2. Second statement.", "3. Third statement."),
                doc.select("#profile svg g text[text-anchor=end]").eachText(), "items by number and wording, never by id");
        assertEquals("3.50 (n 4)", doc.select("#profile svg g text:not([text-anchor])").first().text(), "a mean has 2 decimals");
        assertEquals("0.83", doc.select("#alpha dd").first().text());
        assertEquals("only 4 respondents: read the numbers with care", doc.selectFirst("#warnings li").text());
        assertEquals(3, doc.select("#items tbody tr.small").size());
    }

    @Test
    void aLongAnswerIsCappedWithItsRestCountedAndLongWordsWrap() {
        Document doc = report("nps", null, "respondent,group,date,recommend,reason\nr1,,,9," + "x".repeat(5_000) + "\n");

        assertEquals("x".repeat(1_000) + " … (4,000 more characters)", doc.selectFirst("#items blockquote").text());
        assertTrue(doc.selectFirst("style").data().contains("overflow-wrap: anywhere;"), "an unbroken word wraps instead of widening the page");
    }

    @Test
    void theCapCountsCharactersAndNeverSplitsOne() {
        Document doc = report("nps", null, "respondent,group,date,recommend,reason\nr1,,,9," + "😀".repeat(1_500)
                + "\nr2,,,9," + "y".repeat(1_000) + "\n");

        List<String> quoted = doc.select("#items blockquote").eachText();
        assertEquals("😀".repeat(1_000) + " … (500 more characters)", quoted.get(0));
        assertEquals("y".repeat(1_000), quoted.get(1), "exactly the cap is whole");
    }

    @Test
    void chartLabelsTooLongForTheirColumnEndInAnEllipsis() {
        assertEquals("North", Charts.fit("North"));
        String fitted = Charts.fit("G".repeat(5_000));
        assertTrue(fitted.endsWith("…") && fitted.length() < 40, fitted);
        assertTrue(org.scorecardkit.render.pdf.PdfText.width(fitted, false, Charts.LABEL_SIZE) <= Charts.LABEL - 10);
        String chinese = Charts.fit("北".repeat(100));
        assertTrue(chinese.endsWith("…") && chinese.length() < 20, chinese);
    }
}
