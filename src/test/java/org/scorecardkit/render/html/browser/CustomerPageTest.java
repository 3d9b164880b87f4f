package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12's customer pages answered in Chromium (fixture {@code form12/site}): a customer NPS asks only its
 * items, says "Send", and thanks in the organisation's words with no score, category, chart or download; a page
 * with {@code ask: [name]} asks the name only; the same question for participants keeps the scorecard.
 */
class CustomerPageTest {
    static final Path FIXTURE = Path.of("src/test/resources/form12/site");

    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.content(CustomerPageTest::useFixture);

    /** Swaps the copied shipped content for the fixture site. */
    static void useFixture(Path content) {
        try {
            try (var walk = Files.walk(content)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(content)).toList()) {
                    Files.delete(p);
                }
            }
            org.scorecardkit.TestFiles.copyTree(FIXTURE, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Words a customer must never see: the kind, score jargon, the scorecard and the trainer's tools. */
    static final List<String> JARGON = List.of("net promoter", "detractor", "passive", "promoter", "of 10", "scorecard",
            "download", "json", "bain", "reichheld", "your name", "group or team");

    static void assertNoJargon(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : JARGON) {
            assertFalse(lower.contains(word), where + " shows \"" + word + "\": " + text);
        }
    }

    /** What the page shows of its own (the site's header and footer are the layout's). */
    static String visibleText(Page page) {
        return (String) page.evaluate("() => document.querySelector('main').innerText");
    }

    @Test
    void aCustomerNpsPageAsksOnlyTheItemsWithNoKindLabelAndASendButton() throws IOException {
        Page page = SITE.open("nps/index.html");

        assertEquals(0, page.locator("#f-respondent, #f-group, #f-date, .respondent").count(), "no name, group or date field");
        assertEquals(0, page.locator(".kind").count(), "no kind label");
        assertEquals("Send", page.locator("#response-form button[type=submit]").textContent().trim());
        assertEquals(0, page.locator(".credit").count(), "the source credit is kept for the about page");
        assertEquals("about.html", page.locator("a:has-text('About this survey')").getAttribute("href").replace("../nps/", ""),
                "a small link to the about page beside the form");
        assertNoJargon("the customer page", visibleText(page));
        String html = Files.readString(SITE.siteDir().resolve("nps/index.html"));
        assertFalse(html.contains("Detractors") || html.contains("Promoters"), "the category names are not even in the page source");
    }

    @Test
    void afterAnsweringACustomerIsThankedInTheOrganisationsWordsWithNoScore() {
        String[][] cases = {{"3", "Thank you for being honest with us."}, {"8", "Thank you, we will do even better."},
            {"10", "Thank you, we are delighted!"}};
        for (String[] c : cases) {
            FormPage form = new FormPage(SITE.open("nps/index.html"));
            form.click("recommend", c[0]);
            form.write("reason", "The queue");
            form.submitForResult();
            Page page = form.page;

            String result = page.locator("#result").innerText();
            assertTrue(result.contains(c[1]), "answer " + c[0] + ": the category's own thank-you: " + result);
            assertEquals("Thanks from all of us at Acme.", page.locator("#result .thanks strong").textContent(),
                    "the thanks Markdown rendered");
            assertEquals("index.html", page.locator("#result .thanks a").getAttribute("href").replace("../", ""));
            assertEquals("result", page.evaluate("() => document.activeElement.id"), "focus moves to the thanks");
            assertEquals(0, page.locator("#result .score, #result .band, #result svg, #result button, #result [data-score], #result [data-category]").count(),
                    "no score, band, chart or buttons (no download)");
            assertNoJargon("answer " + c[0] + ", after answering", visibleText(page));
            assertFalse(result.contains(c[0] + " "), "the answer is not echoed as a score: " + result);
            page.evaluate("() => localStorage.clear()");
        }
    }

    @Test
    void askNameShowsOnlyTheNameFieldAndWithoutThanksTheKitsDefault() {
        FormPage form = new FormPage(SITE.open("named/index.html"));
        assertEquals(1, form.page.locator("#f-respondent").count(), "the name is asked");
        assertEquals(0, form.page.locator("#f-group, #f-date").count(), "nothing else is");
        assertTrue(form.page.locator("label[for=f-respondent]").textContent().contains("(optional)"));

        form.page.locator("#f-respondent").fill("Zoë");
        form.click("recommend", 6);
        form.submitForResult();

        String thanks = form.page.locator("#result .thanks").innerText();
        assertEquals("Thank you for being honest with us.", thanks.trim(), "the category text alone: no thanks were written");
        assertNoJargon("the named page after answering", visibleText(form.page).replace("Your name", "the field asked for"));
    }

    @Test
    void aParticipantPageKeepsTheFieldsTheScorecardAndTheDownloads() {
        FormPage form = new FormPage(SITE.open("staff/index.html"));
        assertEquals(3, form.page.locator("#f-respondent, #f-group, #f-date").count());
        assertEquals("Net Promoter Score", form.page.locator(".kind").textContent().trim());
        assertEquals("See my scorecard", form.page.locator("#response-form button[type=submit]").textContent().trim());
        assertEquals(1, form.page.locator(".credit").count());

        form.click("recommend", 3);
        FormPage.Result shown = form.submitForResult();

        assertEquals(3.0, shown.score());
        assertEquals("detractors", shown.category());
        assertEquals("Detractors", form.page.locator("#result .band h3").textContent());
        assertEquals("Your scorecard", form.page.locator("#result-title").textContent());
        assertTrue(form.page.locator("#download-json").isVisible() && form.page.locator("#download-csv").isVisible());
    }

    @Test
    void theScriptWordsComeFromTheDataIsland() throws IOException {
        String html = Files.readString(SITE.siteDir().resolve("staff/index.html"));
        assertTrue(html.contains("\"heading\":\"Your scorecard\""), "the island carries the heading");
        Page page = SITE.page();
        // The page served with one word of its island changed, as a translation would change it.
        page.route(SITE.url("staff/index.html"), r -> r.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody(html.replace("\"heading\":\"Your scorecard\"", "\"heading\":\"Ihre Auswertung\""))));
        FormPage form = new FormPage(SITE.open("staff/index.html"));
        form.click("recommend", 9);
        form.submitForResult();

        assertEquals("Ihre Auswertung", page.locator("#result-title").textContent());
    }
}
