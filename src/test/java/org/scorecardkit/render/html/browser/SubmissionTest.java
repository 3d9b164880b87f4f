package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;

/**
 * The shipped content built with {@code submission: {method: post, url: …}} pointing at a recording
 * endpoint on another 127.0.0.1 port (so the browser applies CORS, as with a real form service). The
 * answers must arrive url-encoded with exactly the agreed fields, with JavaScript (fetch) and without
 * (the native form POST); a failing service keeps the answers; a filled honeypot sends nothing.
 */
class SubmissionTest {
    static final Endpoint ENDPOINT = Endpoint.start();

    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.content(SubmissionTest::postToEndpoint);

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String REASON = "Fast, friendly\nservice – thank you & well done!";

    private static void postToEndpoint(Path content) {
        Audiences.npsForParticipants(content);   // these tests send a name and group; CustomerSubmissionTest sends none
        try {
            Files.writeString(content.resolve("site.yaml"), "submission:\n  method: post\n  url: " + ENDPOINT.url() + "\n",
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopEndpoint() {
        ENDPOINT.close();
    }

    @BeforeEach
    void resetEndpoint() {
        ENDPOINT.reset();
    }

    /** Line ends as sent (a form POST normalises a textarea's to CRLF) compared as LF. */
    private static Map<String, List<String>> normalised(Map<String, List<String>> fields) {
        Map<String, List<String>> out = new TreeMap<>();
        fields.forEach((k, v) -> out.put(k, v.stream().map(s -> s.replace("\r\n", "\n")).toList()));
        return out;
    }

    private static Map<String, List<String>> npsFields(String date) {
        Map<String, List<String>> f = new TreeMap<>();
        f.put("instrument", List.of("nps"));
        f.put("version", List.of("1"));
        f.put("respondent", List.of("Eve Müller"));
        f.put("group", List.of("Ops & Sales"));
        f.put("date", List.of(date));
        f.put("_gotcha", List.of(""));
        f.put("recommend", List.of("9"));
        f.put("reason", List.of(REASON));
        return f;
    }

    private static FormPage fillNps(Page page) {
        FormPage form = new FormPage(page);
        page.navigate(SITE.url("nps/index.html"));
        form.typeNameAndGroup("Eve Müller", "Ops & Sales");
        form.setDate("2026-11-22");
        form.click("recommend", 9);
        form.write("reason", REASON);
        return form;
    }

    @Test
    void theFormPostsToTheEndpointAndWritesAThankYouPage() throws IOException {
        Page page = SITE.open("nps/index.html");

        assertEquals("post", page.locator("#response-form").getAttribute("method"));
        assertEquals(ENDPOINT.url(), page.locator("#response-form").getAttribute("action"));
        assertEquals(0, page.locator("noscript").count(), "with a POST endpoint the form works without JavaScript");
        assertTrue(Files.isRegularFile(SITE.siteDir().resolve("nps/thanks.html")));
    }

    @Test
    void npsWithJavaScriptSendsExactlyTheAgreedFieldsThenThanksAndClearsStorage() {
        FormPage form = fillNps(SITE.page());
        assertTrue(form.page.evaluate("() => localStorage.getItem('scorecard:nps:1')") != null, "answers are kept while filling");

        form.submitForResult();

        Endpoint.Post post = ENDPOINT.next(WAIT);
        assertEquals("/submit", post.path());
        assertTrue(post.contentType().startsWith("application/x-www-form-urlencoded"), post.contentType());
        assertEquals("application/json", post.accept(), "the fetch asks for JSON (Formspree answers JSON then)");
        assertEquals(npsFields("2026-11-22"), normalised(post.fields()), "fields sent: " + post.body());
        form.page.locator("#result .sent").waitFor();
        assertEquals("Thank you — your answers were sent.", form.page.locator("#result .sent").textContent().trim());
        assertEquals(0, form.page.locator("#result .send-error").count());
        assertNull(form.page.evaluate("() => localStorage.getItem('scorecard:nps:1')"), "storage is cleared after a successful POST");
        assertEquals(9.0, new FormPage.Result(form.page).score(), "the scorecard shows too");
        assertEquals(List.of(), ENDPOINT.drain(), "sent once");
    }

    @Test
    void skillsetWithJavaScriptSendsEveryRatingByItemId() {
        Instrument skillset = SITE.instrument("skillset");
        FormPage form = new FormPage(SITE.open("skillset/index.html"));
        Map<String, List<String>> expected = new TreeMap<>();
        int k = 0;
        for (Item item : skillset.answeredItems()) {
            int v = k++ % 5 + 1;
            form.click(item.id(), v);
            expected.put(item.id(), List.of(String.valueOf(v)));
        }
        expected.putAll(Map.of("instrument", List.of("skillset"), "version", List.of("1"), "respondent", List.of(""),
                "group", List.of(""), "date", List.of(LocalDate.now().toString()), "_gotcha", List.of("")));

        form.submitForResult();

        assertEquals(expected, normalised(ENDPOINT.next(WAIT).fields()));
        form.page.locator("#result .sent").waitFor();
        assertNull(form.page.evaluate("() => localStorage.getItem('scorecard:skillset:1')"));
    }

    @Test
    void withoutJavaScriptTheNativeFormPostSendsTheSameFields() {
        Page page = SITE.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        FormPage form = fillNps(page);

        form.submit();

        Endpoint.Post post = ENDPOINT.next(WAIT);
        assertTrue(post.contentType().startsWith("application/x-www-form-urlencoded"), post.contentType());
        assertEquals(npsFields("2026-11-22"), normalised(post.fields()), "fields sent: " + post.body());
        page.waitForURL(ENDPOINT.url());
        assertEquals("Received", page.locator("h1").textContent(), "the browser shows the service's answer");
    }

    @Test
    void withoutJavaScriptTheRequiredAttributeStopsAnIncompleteNativePost() throws InterruptedException {
        Page page = SITE.newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(SITE.url("nps/index.html"));
        new FormPage(page).write("reason", "no score given");

        new FormPage(page).submit();
        Thread.sleep(300);

        assertEquals(List.of(), ENDPOINT.drain(), "nothing is posted while the required 0–10 answer is missing");
        assertEquals(SITE.url("nps/index.html"), page.url());
    }

    @Test
    void aFailingEndpointShowsTheSendErrorAndKeepsTheAnswers() {
        ENDPOINT.answerWith(500);
        FormPage form = fillNps(SITE.page());

        form.submitForResult();

        assertEquals(npsFields("2026-11-22"), normalised(ENDPOINT.next(WAIT).fields()));
        form.page.locator("#result .send-error").waitFor();
        assertEquals("alert", form.page.locator("#result .send-error").getAttribute("role"));
        assertTrue(form.page.locator("#result .send-error").textContent().contains("could not be sent"),
                form.page.locator("#result .send-error").textContent());
        assertEquals(0, form.page.locator("#result .sent").count());
        assertTrue(form.page.locator("#result .score").isVisible(), "the scorecard still shows");
        assertTrue(form.page.evaluate("() => localStorage.getItem('scorecard:nps:1')") != null, "the answers are kept");
        form.page.reload();
        assertEquals("9", form.checked("recommend"));
        assertEquals(REASON, form.page.locator("#i-reason").inputValue());
    }

    @Test
    void aFilledHoneypotSendsNothing() throws InterruptedException {
        FormPage form = fillNps(SITE.page());
        form.page.evaluate("() => { document.querySelector('[name=_gotcha]').value = 'http://spam.example/'; }");

        form.submitForResult();
        Thread.sleep(400);

        assertEquals(List.of(), ENDPOINT.drain(), "a bot that fills the hidden field gets nothing sent");
        assertEquals(0, form.page.locator("#result .sent").count(), "and no false 'sent' message");
    }

    @Test
    void thankYouPagesAndTheSentAndFailedResultsPassAxe() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String id : List.of("skillset", "seven-cs", "nps")) {
            Page page = SITE.open(id + "/thanks.html");
            assertEquals("Thank you", page.locator("h1").textContent());
            violations.put(id + "/thanks.html", Axe.violations(page));
        }
        FormPage form = fillNps(SITE.page());
        form.submitForResult();
        form.page.locator("#result .sent").waitFor();
        violations.put("nps result, sent", Axe.violations(form.page));
        ENDPOINT.answerWith(500);
        form = fillNps(SITE.page());
        form.submitForResult();
        form.page.locator("#result .send-error").waitFor();
        violations.put("nps result, send failed", Axe.violations(form.page));

        violations.values().removeIf(List::isEmpty);
        assertTrue(violations.isEmpty(), AccessibilityTest.report(violations));
    }
}
