package org.scorecardkit.collect.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.collect.CollectServer;
import org.scorecardkit.collect.Collector;
import org.scorecardkit.collect.ResponseEvents;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.tally.TallyFixtures;

/**
 * The live page in Chromium against the real collector over a real SQLite file: signed in through the
 * sign-in page, it shows the count, and an answer posted to the endpoint changes the count and the NPS on
 * the page with no reload. Screenshots at 1280 and 360 px go to target/live-screens/ to be looked at.
 */
class LiveBrowserTest {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    static final Path SCREENS = Path.of("target/live-screens");

    @TempDir
    static Path dir;
    static Playwright playwright;
    static Browser browser;
    static CollectServer server;
    static String token;

    @BeforeAll
    static void launch() throws Exception {
        Database db = Database.open(dir.resolve("responses.db").toString(), dir);
        token = db.tokens().create("workshop");
        var content = TallyFixtures.content();
        server = CollectServer.start(new Collector(content, db, new Collector.Settings("127.0.0.1", 0, 0, 0,
                CollectServer.origins(content.site().baseUrl())), null, new ResponseEvents()));
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        Files.createDirectories(SCREENS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theCountChangesOnThePageAsAnswersArrive() throws Exception {
        post("b1", 9);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 720))) {
            Page page = context.newPage();
            page.navigate(server.uri().resolve("/live/nps").toString());
            assertTrue(page.url().contains("/admin/login"), page.url());
            page.fill("#token", token);
            page.click("button[type=submit]");
            page.waitForURL("**/live/nps");
            Locator count = page.locator(".count-n");
            PlaywrightAssertions.assertThat(count).hasText("1");
            PlaywrightAssertions.assertThat(page.locator("#status")).hasAttribute("data-state", "live");

            post("b2", 3);
            post("b3", 10);
            PlaywrightAssertions.assertThat(count).hasText("3");
            PlaywrightAssertions.assertThat(page.locator("[data-v='nps.score']").first()).hasText("+33");
            PlaywrightAssertions.assertThat(page.locator("[data-v='nps.detractors']")).hasText("1 (33.3%)");
            String width = page.locator("rect[data-b='nps.promoters']").getAttribute("width");
            assertEquals("66.67", width);

            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("live-1280.png")).setFullPage(true));
            page.setViewportSize(360, 740);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("live-360.png")).setFullPage(true));
            Object overflow = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertEquals(false, overflow, "the page scrolls sideways at 360 px");
        }
    }

    /** Posts one NPS answer to the collector's endpoint, as a page it serves would. */
    private static void post(String id, int recommend) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/responses/nps"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .POST(HttpRequest.BodyPublishers.ofString("{\"instrument\":\"nps\",\"version\":\"1\",\"answers\":{\"recommend\":"
                        + recommend + "},\"_id\":\"" + id + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
    }
}
