package org.scorecardkit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.build.SiteBuild;
import org.scorecardkit.cli.Main;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.SiteContent;

/**
 * Issue 12's site structure, through a whole build of small fixture sites: an unpublished instrument
 * leaves nothing on the site but still prints, the menu lists exactly the guides {@code nav} names, and a
 * customer's pages link to no trainer page while the home and participants' pages reach them.
 */
class SiteStructureTest {
    static final Path AUDIENCES = Path.of("src/test/resources/site12/audiences");

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = tmp.resolve("site");
        SiteBuild.Result result = SiteBuild.run(AUDIENCES, site);
        assertTrue(result.built(), result.loaded().problems().toString());
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)), "");
    }

    static List<String> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void anUnpublishedInstrumentLeavesNoFileAndNoLinkOnTheSite() throws IOException {
        List<String> files = allFiles();
        assertTrue(files.contains("team/index.html") && files.contains("team/team-a4.pdf"), files.toString());
        assertEquals(List.of(), files.stream().filter(f -> f.startsWith("draft") || f.contains("/draft")).toList());
        for (String html : files.stream().filter(f -> f.endsWith(".html")).toList()) {
            String text = Files.readString(site.resolve(html));
            assertFalse(text.contains("draft/") || text.contains("Draft questions"), html + " mentions the draft");
        }
    }

    @Test
    void anUnpublishedInstrumentIsStillValidatedAndPrinted() throws IOException {
        Path people = tmp.resolve("people.csv");
        Files.writeString(people, "name,group\nAnna,A\n", StandardCharsets.UTF_8);
        Path pdf = tmp.resolve("draft-sheets.pdf");
        assertEquals(0, Main.run("print", "draft", "--participants", people.toString(), "--content", AUDIENCES.toString(),
                "--out", pdf.toString()));
        assertTrue(Files.size(pdf) > 1000);
        ContentLoader.Result loaded = ContentLoader.load(AUDIENCES);
        assertNotNull(loaded.content().instrument("draft"), "the draft is loaded and validated");
    }

    @Test
    void theGuidesAreExactlyThoseNavListsInItsOrder() throws IOException {
        assertEquals(List.of("Zeta guide", "Alpha guide", "Print and PDF", "Everything for trainers"),
                page("index.html").select(".guides a").eachText());
        assertEquals(List.of("Zeta guide", "Alpha guide"), page("trainers.html").select(".guides a").eachText());
        assertTrue(page("index.html").select("a[href=beta.html]").isEmpty(), "a guide nav leaves out is linked");
    }

    @Test
    void anEmptyNavShowsNoGuideAnywhere(@TempDir Path out) throws IOException {
        ContentLoader.Result loaded = ContentLoader.load(Path.of("src/test/resources/site12/no-nav"));
        assertTrue(loaded.ok(), loaded.problems().toString());
        new HtmlSiteRenderer().render(loaded.content(), out);
        for (String path : List.of("index.html", "trainers.html", "team/index.html", "alpha.html")) {
            Document doc = Jsoup.parse(Files.readString(out.resolve(path)));
            assertTrue(doc.select("a[href~=(alpha|beta|zeta)\\.html]").isEmpty(), path + " links a guide");
        }
        assertTrue(Files.exists(out.resolve("alpha.html")), "the page is still built");
    }

    @Test
    void noNavShowsEveryGuideByTitle() throws IOException {
        ContentLoader.Result loaded = ContentLoader.load(AUDIENCES);
        SiteContent content = loaded.content();
        var site0 = content.site();
        var noNav = new org.scorecardkit.model.Site(site0.title(), site0.organisation(), site0.description(),
                site0.language(), site0.baseUrl(), site0.paper(), null, site0.order(), site0.submission(),
                site0.dateOrder(), site0.brand());
        View view = new View(new SiteContent(noNav, content.instruments(), content.pages()), "index.html", "t", null);
        assertEquals(List.of("Alpha guide", "Beta guide", "Zeta guide"), view.nav().stream().map(p -> p.title()).toList());
    }

    @Test
    void customerPagesLinkToNoTrainerPageAndShowOnlyTheOrganisation() throws IOException {
        for (String path : List.of("visit/index.html", "visit/thanks.html", "visit/about.html")) {
            Document doc = page(path);
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                assertFalse(href.matches(".*(print|trainers|alpha|beta|zeta)\\.html.*") || href.matches("(\\.\\./)*index\\.html"),
                        path + " links " + href);
            }
            assertTrue(doc.select("nav").isEmpty(), path + " has a menu");
            assertEquals("Harbour Bakery", doc.selectFirst(".site-header").text(), path);
            assertFalse(doc.text().contains("Scorecard Kit"), path + " names the kit");
            assertFalse(doc.text().contains("For trainers"), path);
        }
        assertEquals("about.html", page("visit/index.html").selectFirst(".site-footer a").attr("href").replace("../visit/", ""));
        assertTrue(page("visit/about.html").text().contains("A book about bread"), "the credit moved to the about page");
        assertTrue(page("visit/index.html").title().endsWith("· Harbour Bakery"), page("visit/index.html").title());
    }

    @Test
    void aCustomerIsThankedInTheOrganisationsVoiceAndAParticipantAsBefore() throws IOException {
        Document thanks = page("visit/thanks.html");
        assertTrue(thanks.text().contains("Thank you from all of us at the bakery."), thanks.text());
        assertFalse(thanks.text().toLowerCase().contains("score"));
        Document team = page("team/thanks.html");
        assertTrue(team.text().contains("Your answers to “Team check” were sent."), team.text());
    }

    @Test
    void theHomeAndParticipantsPagesReachTheTrainersSection() throws IOException {
        for (String path : List.of("index.html", "team/index.html", "alpha.html", "print.html")) {
            assertFalse(page(path).select(".site-nav a[href$=trainers.html]").isEmpty(), path);
        }
        Document home = page("index.html");
        assertFalse(home.select(".trainer-section a[href=print.html]").isEmpty());
        assertEquals("How we look after the people who buy our bread.", home.selectFirst(".hero .lead").text());
        assertEquals(List.of("Team check", "How was your visit?"), home.select(".cards h3").eachText(), "each instrument once, by file name");
        assertFalse(page("trainers.html").select("a[href=visit/index.html]").isEmpty(), "trainers find the customer page");
    }

    @Test
    void thePrintListShowsNoShellCommand() throws IOException {
        Document print = page("print.html");
        assertTrue(print.select("pre, code").isEmpty(), print.select("pre, code").outerHtml());
        assertFalse(print.text().contains("./scorecard"));
        assertEquals(List.of("team", "visit"), print.select("article section").eachAttr("id"));
    }

    @Test
    void homeIntroSplitsAfterItsOpeningHeading() {
        assertEquals(new HomeIntro("# Hello\n", "Text.\n"), HomeIntro.of("\n# Hello\nText.\n"));
        assertEquals(new HomeIntro("", "Text only.\n"), HomeIntro.of("Text only.\n"));
        assertEquals(new HomeIntro("", "## Two\n"), HomeIntro.of("## Two\n"));
        assertEquals(new HomeIntro("# Only", ""), HomeIntro.of("# Only"));
    }
}
