package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.scan.Corrections;
import org.scorecardkit.scan.ScanResult;
import org.scorecardkit.scan.output.MarkedReturns;
import org.scorecardkit.scan.output.ReviewPage;

/**
 * review.html in headless Chromium, opened from disk (file://, no server): items chosen by click and
 * by key, focus moving to the next undecided item, the counter, the corrections.json download read
 * back by {@link Corrections#read}, the respondent's name shown as text, and how it looks at 360 and 1280 px.
 */
class ReviewPageBrowserTest {
    private static final String NAME = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> Ann";

    @TempDir
    static Path tmp;
    private static Browser browser;
    private static Path review;
    private static Path empty;
    private static Path pulse;
    private static String twice;
    private static String unclear;

    @RegisterExtension
    static final BeforeAllCallback CHROMIUM = ctx -> browser = Chromium.shared(ctx);

    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private BrowserContext context;

    /** Two sheets, each with a double mark (item 2) and an unclear mark (item 3); sheet 2's item 2 corrected to 2 earlier. */
    @BeforeAll
    static void writePages() throws IOException {
        ReviewPage writer = new ReviewPage(MarkedReturns.skillset());
        ScanResult result = MarkedReturns.scan(NAME, "2", List.of(writer));
        writer.finish(result, tmp.resolve("scan"));
        review = tmp.resolve("scan/review.html");
        new ReviewPage(MarkedReturns.skillset()).finish(new ScanResult(List.of(), List.of(), 3), tmp.resolve("clean"));
        empty = tmp.resolve("clean/review.html");
        ReviewPage pulseWriter = new ReviewPage(MarkedReturns.pulse());
        pulseWriter.finish(MarkedReturns.scanPulse(List.of(pulseWriter)), tmp.resolve("pulse"));
        pulse = tmp.resolve("pulse/review.html");
        twice = MarkedReturns.skillset().items().get(1).id();
        unclear = MarkedReturns.skillset().items().get(2).id();
        Path keep = Files.createDirectories(BrowserSite.SCREENSHOTS);
        Files.copy(review, keep.resolve("review.html"), StandardCopyOption.REPLACE_EXISTING);
    }

    private Page open(Path file, int width) {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setViewportSize(width, 900));
        Page page = context.newPage();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.onPageError(errors::add);
        page.navigate(file.toUri().toString());
        return page;
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        assertEquals(List.of(), errors, "no script errors");
        assertEquals(List.of(), dialogs, "no dialogs");
    }

    private static String active(Page page) {
        return (String) page.evaluate("() => document.activeElement.id");
    }

    private static String counter(Page page) {
        return page.locator("#counter").textContent();
    }

    @Test
    void choicesByKeyAndByClickAreSavedAsExactlyThoseCorrections() throws IOException {
        Page page = open(review, 1280);
        assertEquals("item-1", active(page), "the first undecided item has focus on opening");
        assertEquals("1 of 4 decided", counter(page), "sheet 2's item 2 was corrected earlier");
        assertEquals("true", page.locator("#item-3 button[data-value='2']").getAttribute("aria-pressed"));

        page.keyboard().press("4");
        assertEquals("true", page.locator("#item-1 button[data-value='4']").getAttribute("aria-pressed"));
        assertEquals("Chosen: 4", page.locator("#item-1 .state").textContent());
        assertEquals("item-2", active(page), "focus moves to the next undecided item");
        assertEquals("2 of 4 decided", counter(page));

        page.keyboard().press("n");
        assertEquals("item-4", active(page), "item-3 is decided already, so it is passed over");
        page.keyboard().press("k");
        assertEquals("item-3", active(page));
        page.keyboard().press("ArrowDown");
        assertEquals("item-4", active(page));
        page.keyboard().press("j");
        assertEquals("item-4", active(page), "the last item stays");

        page.locator("#item-4 button[data-value='3']").click();
        assertEquals("4 of 4 decided", counter(page));
        assertEquals("save", active(page), "with everything decided the Save button has focus");
        page.keyboard().press("1");
        assertEquals("Chosen: 4", page.locator("#item-1 .state").textContent(), "a digit off every item changes none");
        page.keyboard().press("k");
        assertEquals("item-4", active(page), "k from the Save button goes back to the last item");
        page.locator("#item-1 button[data-value='2']").click();
        assertEquals("false", page.locator("#item-1 button[data-value='4']").getAttribute("aria-pressed"), "a new choice replaces the old");

        Download d = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertEquals("corrections.json", d.suggestedFilename());
        Path saved = tmp.resolve("corrections.json");
        d.saveAs(saved);
        Corrections read = assertRead(saved);
        assertEquals("skillset", read.instrument());
        assertEquals(MarkedReturns.skillset().version(), read.version());
        assertEquals(4, read.choices().size(), read.choices().toString());
        assertEquals("2", read.choice("returns.pdf#1", twice));
        assertEquals("", read.choice("returns.pdf#1", unclear), "n means no answer");
        assertEquals("2", read.choice("returns.pdf#2", twice), "the earlier correction is kept");
        assertEquals("3", read.choice("returns.pdf#2", unclear));
        List<String> rows = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(saved.toFile()).path("corrections")) {
            rows.add(c.path("sheet").asText() + " " + c.path("serial").asText() + " " + c.path("item").asText() + "=" + c.path("value").asText());
        }
        assertEquals(List.of("returns.pdf#1 000001 " + twice + "=2", "returns.pdf#1 000001 " + unclear + "=",
                "returns.pdf#2 000002 " + twice + "=2", "returns.pdf#2 000002 " + unclear + "=3"), rows, "in page order, with serials");
        assertTrue(page.locator("#status").textContent().contains("Saved 4 choices"));
    }

    @Test
    void savingBeforeDecidingEverythingSavesOnlyWhatIsDecided() throws IOException {
        Page page = open(review, 1280);
        page.locator("#item-2 button[data-value='5']").click();

        Download d = page.waitForDownload(() -> page.keyboard().press("Control+s"));
        Path saved = tmp.resolve("partial.json");
        d.saveAs(saved);
        Corrections read = assertRead(saved);
        assertEquals(2, read.choices().size(), read.choices().toString());
        assertEquals("5", read.choice("returns.pdf#1", unclear));
        assertEquals("2", read.choice("returns.pdf#2", twice));
    }

    @Test
    void aMultipleChoiceItemTakesSeveralValuesJoinedInTheSheetsOrderAndWordValuesGoByPlace() throws IOException {
        Page page = open(pulse, 1280);
        assertEquals("item-1", active(page));
        assertEquals("1 2 n", page.locator("#item-1 button").evaluateAll("bs => bs.map(b => b.dataset.key).join(' ')"),
                "chat and email are chosen by their places");

        page.keyboard().press("2");
        assertEquals("item-2", active(page), "a one-answer item moves on");
        page.keyboard().press("3");
        page.keyboard().press("1");
        assertEquals("item-2", active(page), "a multiple-choice item stays until you move on");
        assertEquals("Chosen: wiki;bot", page.locator("#item-2 .state").textContent(), "in the sheet's order, not the order pressed");
        page.keyboard().press("3");
        page.keyboard().press("1");
        assertEquals("Not decided yet", page.locator("#item-2 .state").textContent(), "turning every value off undecides");
        assertEquals("1 of 2 decided", counter(page));
        page.locator("#item-2 button[data-value='board']").click();
        page.locator("#item-2 button[data-value='bot']").click();

        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSite.SCREENSHOTS.resolve("review-pulse-1280.png")).setFullPage(true));
        Download d = page.waitForDownload(() -> page.locator("#save").click());
        Path saved = tmp.resolve("pulse.json");
        d.saveAs(saved);
        Corrections read = assertRead(saved);
        assertEquals("pulse", read.instrument());
        assertEquals("3", read.version());
        assertEquals(2, read.choices().size());
        assertEquals("email", read.choice("pulse.png#1", "channel"));
        assertEquals("board;bot", read.choice("pulse.png#1", "tools"));
    }

    @Test
    void theRespondentsNameIsShownAsTextAndRunsNothing() {
        Page page = open(review, 1280);

        assertEquals(NAME, page.locator("#item-1 .respondent").textContent());
        assertEquals(0, page.locator("main img[src='x']").count(), "the name's tag is not an element");
        assertEquals(true, page.evaluate("() => window.__pwned === undefined"));
        assertEquals(List.of(), Axe.violations(page), "accessible as axe sees it");
    }

    @Test
    void withNothingToReviewThePageSaysSo() {
        Page page = open(empty, 360);

        assertTrue(page.locator("#nothing").textContent().startsWith("Nothing to review"));
        assertEquals(0, page.locator("#save").count());
        assertEquals(List.of(), Axe.violations(page));
    }

    @Test
    void screenshotsAt360And1280FitTheScreenWithTouchSizedChoices() throws IOException {
        for (int width : new int[] {360, 1280}) {
            Page page = open(review, width);
            page.keyboard().press("3");
            Path shot = BrowserSite.SCREENSHOTS.resolve("review-" + width + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            assertTrue(Files.size(shot) > 10_000, shot.toString());
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSite.SCREENSHOTS.resolve("review-" + width + "-screen.png")));
            assertTrue((Integer) page.evaluate("() => document.documentElement.scrollWidth") <= width,
                    "nothing wider than the window at " + width + " px");
            double smallest = ((Number) page.evaluate("() => Math.min(...Array.from(document.querySelectorAll('button'))"
                    + ".map(b => b.getBoundingClientRect().height))")).doubleValue();
            assertTrue(smallest >= 44, "buttons at least 44 px tall: " + smallest);
            String outline = (String) page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
            assertEquals("solid", outline, "the focused item shows its focus");
            context.close();
            context = null;
        }
    }

    private static Corrections assertRead(Path saved) {
        try {
            return Corrections.read(saved);
        } catch (Corrections.Invalid e) {
            throw new AssertionError("the downloaded file is not a corrections file: " + e.getMessage(), e);
        }
    }
}
