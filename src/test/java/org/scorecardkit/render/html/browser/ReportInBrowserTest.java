package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.cli.Main;

/**
 * report.html as a facilitator opens it: from disk (file://), at 360 and 1280 px, for 30 skillset returns,
 * 40 NPS returns by group, the 7 Cs by group, and a before/after pairing (src/test/resources/report). axe finds nothing; nothing
 * is loaded from elsewhere and no script fails; nothing is wider than the window; then present mode:
 * entered by P (and the button), every slide shown full screen with readable text and nothing cut off,
 * arrows move, Escape leaves. Full-page screenshots go to target/screenshots/report-*.png for review.
 */
class ReportInBrowserTest {
    private static Browser browser;
    private static Path reports;

    @RegisterExtension
    static final BeforeAllCallback CHROMIUM = ctx -> browser = Chromium.shared(ctx);

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void tally() throws IOException {
        reports = Files.createTempDirectory("scorecard-report-");
        String dir = "src/test/resources/report/";
        Map<String, String[]> runs = Map.of(
                "skillset", new String[] {"skillset", dir + "skillset-30.csv", "--title", "Customer care workshop", "--content", "content"},
                "nps", new String[] {"nps", dir + "nps-40.csv", "--by", "group", "--title", "Branch feedback", "--content", "content"},
                "seven-cs", new String[] {"seven-cs", dir + "seven-cs-24.csv", "--by", "group", "--content", "content"},
                "pair", new String[] {"pair", "--before", dir + "before.csv", "--after", dir + "after.csv", "--content", dir + "content"});
        for (Map.Entry<String, String[]> run : runs.entrySet()) {
            List<String> args = new ArrayList<>(List.of("tally"));
            args.addAll(List.of(run.getValue()));
            args.addAll(List.of("--out", reports.resolve(run.getKey()).toString()));
            assertEquals(0, Main.run(args.toArray(String[]::new)), "tally " + run.getKey());
        }
        Files.createDirectories(BrowserSite.SCREENSHOTS);
    }

    @AfterEach
    void close() {
        contexts.forEach(BrowserContext::close);
        assertTrue(failures.isEmpty(), "the page loaded something from elsewhere or a script failed: " + failures);
    }

    private Page open(String report, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, width < 500 ? 740 : 800));
        contexts.add(context);
        Page page = context.newPage();
        page.onPageError(e -> failures.add("script error: " + e));
        page.onRequest(r -> {
            if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) {
                failures.add("request: " + r.url());
            }
        });
        page.navigate(reports.resolve(report).resolve("report.html").toUri().toString());
        return page;
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"skillset,360", "skillset,1280", "nps,360", "nps,1280", "seven-cs,360", "seven-cs,1280", "pair,360", "pair,1280"})
    void theReportPassesAxeFitsTheWindowAndPresentsEverySlide(String report, int width) {
        Page page = open(report, width);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(BrowserSite.SCREENSHOTS.resolve("report-" + report + "-" + width + ".png")));
        // Screen-sized views of the top and of the items, which a full page at 360 px is too long to show legibly.
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSite.SCREENSHOTS.resolve("report-" + report + "-" + width + "-top.png")));
        page.locator("#items").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSite.SCREENSHOTS.resolve("report-" + report + "-" + width + "-items.png")));
        List<String> violations = Axe.violations(page);
        assertTrue(violations.isEmpty(), AccessibilityTest.report(Map.of(report + " at " + width, violations)));
        assertTrue((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                "nothing is wider than the window");
        int slides = (Integer) page.evaluate("() => [...document.querySelectorAll('main [data-slide]')].filter(e => !e.closest('details')).length");
        assertTrue(slides >= 5, "the header, three findings and the charts are slides: " + slides);

        page.keyboard().press("p");
        assertTrue(page.locator("#stage").isVisible(), "P enters present mode");
        assertFalse(page.locator("main").isVisible(), "the report is hidden behind the slides");
        String counter = page.locator("#counter").textContent();
        int total = Integer.parseInt(counter.substring(counter.indexOf("/ ") + 2));
        assertTrue(total >= slides, "every slide is shown, a tall chart in windows: " + counter);
        for (int i = 1; i <= total; i++) {
            assertEquals(i + " / " + total, page.locator("#counter").textContent());
            checkSlide(page, report + " slide " + i + " at " + width);
            if (i == 1 || i == 2 || i == total) {
                page.screenshot(new Page.ScreenshotOptions().setPath(
                        BrowserSite.SCREENSHOTS.resolve("report-" + report + "-" + width + "-slide-" + i + ".png")));
            }
            page.keyboard().press("ArrowRight");
        }
        assertEquals(total + " / " + total, page.locator("#counter").textContent(), "the last slide stays the last");
        page.keyboard().press("ArrowLeft");
        assertEquals((total - 1) + " / " + total, page.locator("#counter").textContent(), "the left arrow goes back");
        if (width == 1280) {
            List<String> inStage = Axe.violations(page);
            assertTrue(inStage.isEmpty(), AccessibilityTest.report(Map.of(report + " presenting", inStage)));
        }
        page.keyboard().press("Escape");
        assertFalse(page.locator("#stage").isVisible(), "Escape leaves present mode");
        assertTrue(page.locator("main").isVisible());
        assertEquals("present", page.evaluate("() => document.activeElement.id"), "focus returns to the Present button");

        page.locator("#present").click();
        assertEquals("1 / " + total, page.locator("#counter").textContent(), "the button presents from the first slide");
        page.locator("#leave").click();
        assertFalse(page.locator("#stage").isVisible());
    }

    /** A slide shows something, within the window, its text large enough to read across a room. */
    private static void checkSlide(Page page, String which) {
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) page.evaluate("() => {"
                + " const slide = document.getElementById('slide'); const r = slide.getBoundingClientRect();"
                + " const text = [...slide.querySelectorAll('h1, h3, li, figcaption strong, td, th')].map(e => parseFloat(getComputedStyle(e).fontSize));"
                + " const svg = slide.querySelector('svg'); const b = svg ? svg.getBoundingClientRect() : null;"
                + " return {children: slide.children.length, text: slide.innerText.trim().length,"
                + "  smallest: text.length ? Math.min(...text) : 0, right: Math.ceil(r.right), width: window.innerWidth,"
                + "  scroll: slide.scrollWidth <= slide.clientWidth + 1,"
                + "  svgWidth: b ? b.width : -1, svgHeight: b ? b.height : -1, svgRight: b ? Math.ceil(b.right) : 0 }; }");
        assertEquals(1, ((Number) s.get("children")).intValue(), which + " shows one thing");
        assertTrue(((Number) s.get("text")).intValue() > 0, which + " has text");
        // Projected (a laptop's 1280 px) the text is read across a room; on a phone it is read in the hand.
        double least = ((Number) s.get("width")).intValue() >= 1000 ? 20 : 14;
        assertTrue(((Number) s.get("smallest")).doubleValue() >= least, which + ": text of at least " + least + " px, not " + s.get("smallest"));
        assertTrue((Boolean) s.get("scroll") && ((Number) s.get("right")).intValue() <= ((Number) s.get("width")).intValue(),
                which + " is no wider than the window: " + s);
        double svgWidth = ((Number) s.get("svgWidth")).doubleValue();
        if (svgWidth >= 0) {
            assertTrue(svgWidth > 0 && ((Number) s.get("svgHeight")).doubleValue() > 0, which + ": the chart is drawn " + s);
            assertTrue(((Number) s.get("svgRight")).intValue() <= ((Number) s.get("width")).intValue(), which + ": the chart fits " + s);
            // Projected, the charts' 12-unit letters on a 640-unit-wide drawing, scaled to the slide, are as large as the text.
            double letters = 12 * svgWidth / 640;
            assertTrue(least < 20 || letters >= 18, which + ": the chart's letters are " + letters + " px " + s);
        }
    }
}
