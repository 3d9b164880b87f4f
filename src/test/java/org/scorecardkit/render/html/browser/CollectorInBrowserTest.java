package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.collect.store.StoredResponse;

/**
 * The fixture site posting to the kit's own collector (a real {@code CollectServer} over a SQLite file, on another
 * port than the static host, so the browser applies CORS), driven in Chromium: with JavaScript the page adds a
 * submission id and the seconds taken, keeps the answers until the collector confirms, and a retry after a lost
 * reply or a reload is stored once; a refusal's reasons are shown as text; without JavaScript the plain form post
 * lands on the thanks page. Every count is read from the collector's database.
 */
class CollectorInBrowserTest {
    @RegisterExtension
    static final CollectorSite SITE = new CollectorSite(0);

    private static final String NPS_KEY = "scorecard:nps:1";
    private static final String REASON = "Kind staff & a <b>slow</b> till";
    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    /** The bodies the page posted to the collector, in order. */
    private static List<Map<String, List<String>>> posts(Page page) {
        List<Map<String, List<String>>> bodies = new CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.method().equals("POST") && r.url().startsWith(SITE.collectorUrl())) {
                bodies.add(Endpoint.decode(r.postData()));
            }
        });
        return bodies;
    }

    private static String one(Map<String, List<String>> body, String field) {
        List<String> v = body.get(field);
        assertNotNull(v, field + " is sent: " + body);
        assertEquals(1, v.size(), field + " is sent once: " + body);
        return v.get(0);
    }

    private static FormPage answerNps(Page page, int score) {
        page.navigate(SITE.url("nps/index.html"));
        FormPage form = new FormPage(page);
        form.click("recommend", score);
        form.write("reason", REASON);
        return form;
    }

    private static Object stored(Page page) {
        return page.evaluate("k => localStorage.getItem(k)", NPS_KEY);
    }

    private static StoredResponse only(List<StoredResponse> rows, String submission) {
        List<StoredResponse> mine = rows.stream().filter(r -> submission.equals(r.submission())).toList();
        assertEquals(1, mine.size(), "one row for submission " + submission + ": " + rows);
        return mine.get(0);
    }

    /** Lets the first post reach the collector but loses its reply (the page sees a network failure). */
    private static Consumer<Route> loseTheFirstReply(AtomicInteger firstStatus) {
        return route -> {
            if (firstStatus.get() == 0) {
                firstStatus.set(route.fetch().status());
                route.abort();
            } else {
                route.resume();
            }
        };
    }

    @Test
    void aCustomersAnswerWhoseReplyWasLostIsSentAgainWithTheSameIdAndStoredOnce() {
        Page page = SITE.newPage(new Browser.NewContextOptions());
        List<Map<String, List<String>>> bodies = posts(page);
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        page.onResponse((Response r) -> {
            if (r.url().startsWith(SITE.collectorUrl())) {
                statuses.add(r.status());
            }
        });
        AtomicInteger firstStatus = new AtomicInteger();
        page.route(SITE.collectorUrl() + "/responses/nps", loseTheFirstReply(firstStatus));
        long before = SITE.count("nps");

        answerNps(page, 9).submitForResult();
        page.locator("#result .send-error #send-again").waitFor();

        assertEquals(201, firstStatus.get(), "the first post was stored");
        assertEquals(before + 1, SITE.count("nps"));
        assertNotNull(stored(page), "unconfirmed answers stay in the browser");
        page.locator("#send-again").click();
        page.waitForFunction("k => localStorage.getItem(k) === null", NPS_KEY);

        assertEquals(List.of(200), statuses, "the retry is answered as stored before");
        assertEquals(2, bodies.size(), bodies.toString());
        String id = one(bodies.get(0), "_id");
        assertTrue(id.matches(ID), id);
        assertEquals(id, one(bodies.get(1), "_id"), "the retry is the same submission");
        assertTrue(one(bodies.get(0), "_elapsed").matches("\\d+\\.\\d"), bodies.get(0).toString());
        assertEquals(before + 1, SITE.count("nps"), "stored once");
        StoredResponse row = only(SITE.stored("nps"), id);
        assertEquals(Map.of("recommend", "9", "reason", REASON), row.answers());
        assertEquals(0, page.locator("#result .send-error").count());
        assertEquals("Thank you, we are delighted!", page.locator("#result .thanks p").first().textContent().trim());
    }

    @Test
    void aReloadAfterAFailedSendSendsTheSameSubmission() {
        Page page = SITE.newPage(new Browser.NewContextOptions());
        List<Map<String, List<String>>> bodies = posts(page);
        page.route(SITE.collectorUrl() + "/responses/nps", Route::abort);
        long before = SITE.count("nps");
        answerNps(page, 3).submitForResult();
        page.locator("#result .send-error").waitFor();
        page.unroute(SITE.collectorUrl() + "/responses/nps");

        page.reload();
        FormPage form = new FormPage(page);
        assertEquals("3", form.checked("recommend"), "the answers are restored");
        form.submitForResult();
        page.waitForFunction("k => localStorage.getItem(k) === null", NPS_KEY);

        assertEquals(2, bodies.size(), bodies.toString());
        assertEquals(one(bodies.get(0), "_id"), one(bodies.get(1), "_id"), "the reloaded page sends the same submission");
        assertEquals(before + 1, SITE.count("nps"));
        assertEquals("3", only(SITE.stored("nps"), one(bodies.get(0), "_id")).answers().get("recommend"));
    }

    @Test
    void aParticipantAskedToWaitIsOfferedToSendAgainAndTheRetryIsStored() {
        Page page = SITE.newPage(new Browser.NewContextOptions());
        List<Map<String, List<String>>> bodies = posts(page);
        AtomicInteger asked = new AtomicInteger();
        // The first post is answered as a busy collector would (its rate limit is off here), the next goes through.
        page.route(SITE.collectorUrl() + "/responses/staff", route -> {
            if (asked.getAndIncrement() == 0) {
                route.fulfill(new Route.FulfillOptions().setStatus(429).setContentType("application/json")
                        .setHeaders(Map.of("Access-Control-Allow-Origin", "*", "Retry-After", "60")).setBody("{\"errors\":[]}"));
            } else {
                route.resume();
            }
        });
        long before = SITE.count("staff");
        page.navigate(SITE.url("staff/index.html"));
        FormPage form = new FormPage(page);
        form.click("recommend", 5);
        form.submitForResult();
        page.locator("#result .send-error #send-again").waitFor();

        assertTrue(page.locator("#result .send-error").textContent().contains("your answers are kept in this browser"));
        assertNotNull(page.evaluate("() => localStorage.getItem('scorecard:staff:1')"));
        page.locator("#send-again").click();
        page.locator("#result .sent").waitFor();

        assertEquals(2, bodies.size());
        assertEquals(one(bodies.get(0), "_id"), one(bodies.get(1), "_id"));
        assertEquals(before + 1, SITE.count("staff"));
        assertEquals("5", only(SITE.stored("staff"), one(bodies.get(1), "_id")).answers().get("recommend"));
    }

    @Test
    void aParticipantIsToldTheAnswersWereSentAndChangedAnswersAreANewSubmission() {
        Page page = SITE.newPage(new Browser.NewContextOptions());
        List<Map<String, List<String>>> bodies = posts(page);
        long before = SITE.count("staff");
        page.navigate(SITE.url("staff/index.html"));
        FormPage form = new FormPage(page);
        form.typeNameAndGroup("Eve Müller", "Ops & Sales");
        form.setDate("2026-11-22");
        form.click("recommend", 7);
        form.submitForResult();
        page.locator("#result .sent").waitFor();

        assertEquals("Thank you — your answers were sent.", page.locator("#result .sent").textContent().trim());
        StoredResponse first = only(SITE.stored("staff"), one(bodies.get(0), "_id"));
        assertEquals(List.of("Eve Müller", "Ops & Sales", "2026-11-22"), List.of(first.respondent(), first.group(), first.date()));

        form.submit();   // the same answers sent again: the same submission
        page.locator("#result .sent").waitFor();
        page.waitForFunction("() => localStorage.getItem('scorecard:staff:1') === null");
        assertEquals(2, bodies.size());
        assertEquals(one(bodies.get(0), "_id"), one(bodies.get(1), "_id"));
        assertEquals(before + 1, SITE.count("staff"), "stored once");

        page.locator("#edit-answers").click();
        form.click("recommend", 8);
        form.submitForResult();
        page.locator("#result .sent").waitFor();

        assertEquals(3, bodies.size());
        assertNotEquals(one(bodies.get(0), "_id"), one(bodies.get(2), "_id"), "changed answers are another submission");
        assertEquals("8", only(SITE.stored("staff"), one(bodies.get(2), "_id")).answers().get("recommend"));
        assertEquals(before + 2, SITE.count("staff"));
    }

    @Test
    void aRefusedAnswerShowsTheCollectorsReasonsAndLetsTheCustomerChangeIt() {
        Page page = SITE.newPage(new Browser.NewContextOptions());
        long before = SITE.count("nps");
        FormPage form = answerNps(page, 9);
        // A tampered form: the checked choice now carries a value off the scale, which the collector refuses.
        page.evaluate("() => document.querySelector('input[name=recommend]:checked').value = '11'");
        form.submitForResult();
        page.locator("#result .send-error li").first().waitFor();

        assertEquals(List.of("outside the scale of item recommend: write a whole number from 0 to 10"),
                page.locator("#result .send-error li").allTextContents());
        assertTrue(page.locator("#result .send-error").textContent().startsWith("Sorry, these answers were not accepted:"));
        assertEquals("alert", page.locator("#result .send-error").getAttribute("role"));
        assertEquals(0, page.locator("#send-again").count(), "sending the same answers again would be refused again");
        assertEquals(before, SITE.count("nps"), "nothing stored");
        assertNotNull(stored(page), "the answers are kept");

        page.locator("#result .send-error #edit-answers").click();
        assertTrue(page.locator("#result").isHidden(), "the thanks and the reasons give way to the form");
        assertEquals("recommend", page.evaluate("() => document.activeElement.name"), "the focus is on the first answer");
    }

    @Test
    void aReasonIsShownAsTextNeverAsMarkup() {
        Page page = SITE.newPage(new Browser.NewContextOptions());
        // The collector never echoes markup; a reply that did (a proxy's, say) must still not reach the page as HTML.
        page.route(SITE.collectorUrl() + "/responses/nps", route -> route.fulfill(new Route.FulfillOptions().setStatus(400)
                .setContentType("application/json").setHeaders(Map.of("Access-Control-Allow-Origin", "*"))
                .setBody("{\"errors\":[{\"field\":\"reason\",\"message\":\"<img src=x id=injected onerror=alert(1)> & more\"}]}")));
        answerNps(page, 9).submitForResult();
        page.locator("#result .send-error li").first().waitFor();

        assertEquals(List.of("<img src=x id=injected onerror=alert(1)> & more"), page.locator("#result .send-error li").allTextContents());
        assertEquals(0, page.locator("#injected").count());
    }

    @Test
    void withoutJavaScriptThePlainFormPostLandsOnTheThanksPageAndIsStored() {
        Page page = SITE.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        long before = SITE.count("nps");
        page.navigate(SITE.url("nps/index.html"));
        page.locator("#q-recommend label:has(input[value=\"6\"])").click();
        page.locator("textarea[name=reason]").fill(REASON);

        Response thanks = page.waitForNavigation(() -> page.locator("#response-form button[type=submit]").click());

        assertEquals(SITE.url("nps/thanks.html"), page.url(), "sent on by the collector's 303");
        Request post = thanks.request().redirectedFrom();
        assertNotNull(post, "the thanks page was reached by a redirect from the post");
        assertEquals(303, post.response().status());
        assertEquals(SITE.collectorUrl() + "/responses/nps", post.url());
        assertTrue(page.locator("main").textContent().contains("Thanks from all of us at Acme."), page.content());
        assertEquals(before + 1, SITE.count("nps"));
        List<StoredResponse> rows = SITE.stored("nps");
        StoredResponse row = rows.get(rows.size() - 1);
        assertEquals(Map.of("recommend", "6", "reason", REASON), row.answers());
        assertNull(row.respondent());
    }

    @Test
    void withoutJavaScriptAParticipantsNameAndGroupArriveToo() {
        Page page = SITE.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        long before = SITE.count("staff");
        page.navigate(SITE.url("staff/index.html"));
        page.locator("#f-respondent").fill("Li Wei");
        page.locator("#f-group").fill("Night shift");
        page.locator("#f-date").fill("2026-11-23");
        page.locator("#q-recommend label:has(input[value=\"10\"])").click();

        page.waitForNavigation(() -> page.locator("#response-form button[type=submit]").click());

        assertEquals(SITE.url("staff/thanks.html"), page.url());
        assertEquals(before + 1, SITE.count("staff"));
        List<StoredResponse> rows = SITE.stored("staff");
        StoredResponse row = rows.get(rows.size() - 1);
        assertEquals(List.of("Li Wei", "Night shift", "2026-11-23", "10"),
                List.of(row.respondent(), row.group(), row.date(), row.answers().get("recommend")));
    }
}
