package org.scorecardkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped content built into a site: the four instruments show the seed wording and credit it. */
class StandardContentTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        SiteBuild.Result result = SiteBuild.run(Path.of("content"), site);
        assertTrue(result.built(), () -> result.loaded().problems().toString());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    @Test
    void everyLinkOnEveryPageLeadsToAFileTheBuildWrote() throws IOException {
        List<String> broken = new java.util.ArrayList<>();
        try (var files = Files.walk(site)) {
            for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(html));
                for (var el : doc.select("a[href], link[href], script[src]")) {
                    String target = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    if (target.startsWith("#") || target.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    Path file = html.getParent().resolve(target.replaceAll("#.*", "")).normalize();
                    if (!Files.isRegularFile(file)) {
                        broken.add(site.relativize(html) + " → " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void printPageOffersEveryPdfAndKeyingTemplate() throws IOException {
        Document print = page("print.html");

        assertEquals(List.of("Printable sheet, A4", "Printable sheet, US Letter", "Fillable PDF",
                        "Keying template for paper returns (CSV)", "Keying template for paper returns (Excel, with drop-down lists)"),
                print.select("#skillset a").eachText());
        assertEquals(List.of("skillset/responses.csv", "skillset/responses.xlsx"),
                print.select("#skillset a[href*=responses]").eachAttr("href"));
        assertEquals(List.of("Poster, A3", "Poster, A4", "Poster, US Letter"), print.select("#creed a").eachText());
        assertTrue(print.select("#nps a").eachText().contains("Cards to hand out, A4"));
        assertEquals(List.of("../creed/creed-poster-a3.pdf", "../creed/creed-poster-a4.pdf", "../creed/creed-poster-letter.pdf"),
                page("creed/index.html").select(".downloads a").eachAttr("href"));
    }

    @Test
    void homeShowsTheSevenInstrumentsInTheOrderSiteYamlGives() throws IOException {
        assertEquals(List.of("Customer Care Skillset for Pros", "Service Excellence Attributes", "The 7 Cs of Customer Retention",
                        "Give Bad News to Customers", "Customer Service Creed", "Would you recommend us?", "Tell us what went wrong"),
                page("index.html").select("ul.cards h3").eachText());
    }

    @Test
    void skillsetFormShowsTheTwelveSeedStatementsOnTheOneToFiveScale() throws IOException {
        Document form = page("skillset/index.html");

        List<String> legends = form.select("fieldset legend").eachText();
        assertEquals(12, legends.size());
        assertEquals("I realise the importance of service to the success of the organisation.", legends.get(0));
        assertEquals("I know & use my organisation’s service models and processes well.", legends.get(5));
        assertEquals("I am open to the subject of customer care skills improvement.", legends.get(11));
        assertEquals(60, form.select("fieldset input[type=radio]").size());
        assertEquals(List.of("1", "not currently part of my skill set", "5", "a strong part of my skill set at present"),
                form.select(".scale-legend dt, .scale-legend dd").eachText());
        assertTrue(form.selectFirst(".credit").text().contains("own interpretation"), "bands are marked as ours");
    }

    @Test
    void sevenCsFormShowsEachCAsASectionWithYesPartlyNo() throws IOException {
        Document form = page("seven-cs/index.html");

        assertEquals(List.of("Caring Attitude", "Customized Practices", "Competent CCPs", "Call/Visit Once",
                "Convenient Access", "Compressed Cycle Times", "Committed Follow Through"), form.select("form h2").eachText());
        int checks = form.select("fieldset.check").size();
        assertEquals(checks * 3, form.select("fieldset.check input[type=radio]").size());
        assertTrue(form.text().contains("apologizes for company errors") || form.text().contains("Apologizes for company errors"));
        assertTrue(form.selectFirst(".credit").text().contains("Steven Howard"));
    }

    @Test
    void creedIsAPosterWithEveryStatementAndTheClosingLine() throws IOException {
        Document poster = page("creed/index.html");

        List<String> statements = poster.select("ol.poster-statements li").eachText();
        assertEquals(10, statements.size());
        assertTrue(statements.get(0).startsWith("Every employee has customers, either internal or external (or both)."));
        assertTrue(statements.contains("Let the customer win. Then you both win."));
        assertEquals("When the customer wins, you also win!", poster.selectFirst(".poster-closing").text());
        assertEquals("Your Organisation", poster.selectFirst(".poster-org").text());
    }

    @Test
    void npsAsksTheOneQuestionOnZeroToTenWithAnOptionalReason() throws IOException {
        Document form = page("nps/index.html");

        assertEquals("How likely is it that you would recommend us to a friend or colleague?",
                form.selectFirst("fieldset legend").text());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                form.select("input[name=recommend]").eachAttr("value"));
        assertEquals(List.of("not at all likely", "extremely likely"), form.select(".end").eachText());
        assertFalse(form.selectFirst("textarea[name=reason]").hasAttr("required"));
    }
}
