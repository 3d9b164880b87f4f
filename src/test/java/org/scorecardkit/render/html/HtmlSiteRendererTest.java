package org.scorecardkit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.ContentLoader;

/** The HTML of the fixture site, read back as a browser would parse it. */
class HtmlSiteRendererTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void render() throws IOException {
        ContentLoader.Result loaded = ContentLoader.load(Path.of("src/test/resources/sites/basic"));
        assertTrue(loaded.ok(), loaded.problems().toString());
        new HtmlSiteRenderer().render(loaded.content(), out);
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void homeListsEveryInstrumentWithTitleKindDescriptionAndLink() throws IOException {
        Document home = page("index.html");

        Elements cards = home.select("ul.cards > li");
        assertEquals(2, cards.size());
        Element pulse = cards.get(0);
        assertEquals("Team Pulse", pulse.selectFirst("h3").text());
        assertEquals("Survey", pulse.selectFirst(".card-kind").text());
        assertEquals("How the team is doing this month.", pulse.selectFirst("h3 + p").text());
        assertEquals("pulse/index.html", pulse.selectFirst("h3 a").attr("href"));
        assertEquals("5 questions · Source: Our own questions", pulse.selectFirst(".card-meta").text());
        assertEquals("Poster", cards.get(1).selectFirst(".card-kind").text());
        assertEquals("wall/index.html", cards.get(1).selectFirst("a.button").attr("href"));
        assertEquals("Welcome to the fixture", home.selectFirst("h1").text());
        assertEquals("Fixture Site", home.title());
    }

    @Test
    void formHasAFieldsetPerAnsweredItemWithRealInputsNamedByItemId() throws IOException {
        Document form = page("pulse/index.html");

        assertEquals(List.of("Mood", "Work"), form.select("form h2").eachText());
        Elements fieldsets = form.select("form fieldset");
        assertEquals(List.of("q-energy", "q-channel", "q-tools", "q-followed-up"), fieldsets.eachAttr("id"));
        assertEquals("I have energy for my work.", fieldsets.get(0).selectFirst("legend").text());
        assertEquals("Which tools help? (optional)", fieldsets.get(2).selectFirst("legend").text());
        assertEquals(List.of("1", "2", "3", "4"), fieldsets.get(0).select("input[type=radio][name=energy]").eachAttr("value"));
        assertEquals(List.of("disagree", "agree"), fieldsets.get(0).select(".end").eachText());
        assertEquals(List.of("chat", "email"), form.select("input[type=radio][name=channel]").eachAttr("value"));
        assertEquals(List.of("wiki", "board", "bot"), form.select("input[type=checkbox][name=tools]").eachAttr("value"));
        assertTrue(form.select("input[name=tools]").stream().noneMatch(i -> i.hasAttr("required")),
                "a multiple choice item is optional by default");
        assertEquals(List.of("yes", "partly", "no"), form.select("input[name=followed-up]").eachAttr("value"));
        Element comment = form.selectFirst("textarea[name=comment]");
        assertEquals("4", comment.attr("rows"));
        assertEquals("Anything else? (optional)", form.selectFirst("label[for=" + comment.id() + "]").text());
        assertEquals(List.of("1"), form.select("input[name=energy][required]").eachAttr("value"),
                "one required radio makes the whole group required");
        assertEquals("pulse", form.selectFirst("form input[type=hidden][name=instrument]").val());
        assertEquals("3", form.selectFirst("form input[type=hidden][name=version]").val());
    }

    @Test
    void everyRadioAndCheckboxSitsInsideItsLabel() throws IOException {
        Document form = page("pulse/index.html");

        Elements inputs = form.select("input[type=radio], input[type=checkbox]");
        assertEquals(4 + 2 + 3 + 3, inputs.size());
        for (Element input : inputs) {
            assertEquals("label", input.parent().tagName(), input.outerHtml());
        }
    }

    @Test
    void posterShowsStatementsInOrderWithOrganisationAndClosing() throws IOException {
        Document poster = page("wall/index.html");

        assertEquals(List.of("We listen first.", "We answer the same day.", "We follow up."),
                poster.select("ol.poster-statements li").eachText());
        assertEquals("Acme & Sons <Ltd>", poster.selectFirst(".poster-org").text());
        assertEquals("When you win, we win!", poster.selectFirst(".poster-closing").text());
        assertTrue(poster.select("form").isEmpty());
    }

    @Test
    void linksAreRewrittenRelativeToEachPage() throws IOException {
        assertEquals("../guide.html", page("pulse/index.html").selectFirst(".instrument-header a").attr("href"));
        assertEquals("../assets/base.css", page("pulse/index.html").selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(List.of("index.html", "wall/index.html", "guide.html#the-guide"),
                page("guide.html").select("article a").eachAttr("href"));
        assertEquals(List.of("pulse/index.html", "guide.html"), page("index.html").select(".home-intro a").eachAttr("href"));
        assertEquals("the-guide", page("guide.html").selectFirst("h1").id());
    }

    @Test
    void organisationAndRawHtmlInMarkdownAreEscaped() throws IOException {
        String guide = Files.readString(out.resolve("guide.html"));

        assertFalse(guide.contains("<script>"), "raw HTML in Markdown must not reach the page");
        assertTrue(guide.contains("&lt;script&gt;alert"), guide);
        assertTrue(guide.contains("Acme &amp; Sons &lt;Ltd&gt;"), "the organisation is escaped in the footer");
    }

    @Test
    void menuMarksTheCurrentPage() throws IOException {
        Document guide = page("guide.html");

        // Issue 12: the guides moved from every page's menu to the trainers' section; a guide marks it.
        assertEquals(List.of("Home", "For trainers"), guide.select(".site-nav a").eachText());
        assertEquals("For trainers", guide.selectFirst(".site-nav a[aria-current]").text());
        assertEquals("Home", page("index.html").selectFirst(".site-nav a[aria-current=page]").text());
        assertEquals("The guide · Fixture Site", guide.title());
    }
}
