package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Kind;

/**
 * How the pages look: full-page screenshots of every page and result view at 360 and 1280 px wide
 * (written to target/screenshots for review), nothing wider than a 360 px phone, choices big enough
 * to tap, and what prints on paper.
 */
class LayoutAndPrintTest {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.standardContent();

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;
    /** The elements reaching past the window's right edge that no scrolling or clipping box holds in. */
    private static final String STICKING_OUT = "w => { const held = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)"
            + " if (getComputedStyle(p).overflowX !== 'visible') return true; return false; };"
            + " return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 0.5 && !held(e)).slice(0, 8)"
            + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/ +/g, '.') : '')"
            + " + ' right=' + Math.round(e.getBoundingClientRect().right)); }";

    /**
     * Opens each view at the width given and hands it on with its name: every built page, then each
     * form's result view (the sample answers restored from storage at that width, then submitted).
     */
    private static void forEachView(int width, BiConsumer<String, Page> check) {
        Page page = SITE.page();
        page.setViewportSize(width, 800);
        for (String path : SITE.htmlPages()) {
            page.navigate(SITE.url(path));
            check.accept(BrowserSite.shortName(path), page);
        }
        for (String path : SITE.formPages()) {
            String id = path.substring(0, path.indexOf('/'));
            page.navigate(SITE.url(path));
            FormPage form = new FormPage(page);
            form.restore(SITE.instrument(id), FormPage.sampleAnswers(SITE.instrument(id)), "Ann Example", "Team A");
            form.submitForResult();
            check.accept(id + "-result", page);
        }
    }

    private static int pngWidth(Path png) throws IOException {
        byte[] b = Files.readAllBytes(png);
        assertEquals("PNG", new String(b, 1, 3, StandardCharsets.US_ASCII), png + " is a PNG");
        return ((b[16] & 0xff) << 24) | ((b[17] & 0xff) << 16) | ((b[18] & 0xff) << 8) | (b[19] & 0xff);
    }

    @Test
    void screenshotsOfEveryPageAndResultAt360And1280AreWrittenForReview() throws IOException {
        Files.createDirectories(BrowserSite.SCREENSHOTS);
        List<Path> written = new ArrayList<>();
        for (int width : List.of(PHONE, DESKTOP)) {
            forEachView(width, (name, page) -> {
                Path file = BrowserSite.SCREENSHOTS.resolve(name + "-" + width + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                written.add(file);
            });
        }

        assertEquals(2 * (SITE.htmlPages().size() + SITE.formPages().size()), written.size());
        for (Path file : written) {
            int expected = file.getFileName().toString().endsWith("-360.png") ? PHONE : DESKTOP;
            assertEquals(expected, pngWidth(file), file + ": a full-page shot as wide as the window (nothing sticks out)");
        }
    }

    @Test
    void at360PxNoPageOrResultScrollsSideways() {
        Map<String, String> wide = new LinkedHashMap<>();
        forEachView(PHONE, (name, page) -> {
            int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (scrollWidth > PHONE) {
                wide.put(name, scrollWidth + " px wide; sticking out: " + page.evaluate(STICKING_OUT, PHONE));
            }
        });

        assertTrue(wide.isEmpty(), "pages wider than " + PHONE + " px: " + wide);
    }

    @Test
    void at360PxEveryRadioAndCheckboxLabelIsAtLeast44By44AndEveryScalePoint26By44() {
        Page page = SITE.page();
        page.setViewportSize(PHONE, 800);
        Map<String, List<String>> small = new LinkedHashMap<>();
        int labels = 0;
        for (String path : SITE.formPages()) {
            page.navigate(SITE.url(path));
            @SuppressWarnings("unchecked")
            List<String> tooSmall = (List<String>) page.evaluate("() => [...document.querySelectorAll('label')]"
                    + ".filter(l => l.querySelector('input[type=radio], input[type=checkbox]'))"
                    + ".map(l => [l, l.getBoundingClientRect()]).filter(([l, r]) => r.width < (l.closest('.points') ? 26 : 44) || r.height < 44)"
                    + ".map(([l, r]) => l.closest('.q').id.slice(2) + '=' + l.querySelector('input').value + ' ' + r.width.toFixed(1) + 'x' + r.height.toFixed(1))");
            labels += ((Number) page.evaluate("() => document.querySelectorAll('label input[type=radio], label input[type=checkbox]').length")).intValue();
            if (!tooSmall.isEmpty()) {
                small.put(path, tooSmall);
            }
        }

        assertEquals(12 * 5 + 7 * 5 + 34 * 3 + 14 * 3 + 11 + 2, labels, "every choice of the six forms was measured");
        assertTrue(small.isEmpty(), "labels smaller than 44×44 px (a scale's points 26×44, to keep 0–10 in one row) at 360 px wide: " + small);
    }

    @Test
    void theHoneypotFieldIsNeitherSeenNorReachedByTab() {
        Page page = SITE.open("skillset/index.html");   // a participants' page: the date comes just before the honeypot
        String first = SITE.instrument("skillset").answeredItems().get(0).id();

        assertTrue((Boolean) page.evaluate("() => { const r = document.querySelector('[name=_gotcha]').getBoundingClientRect();"
                + " return r.width === 0 || r.height === 0 || r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth; }")
                || !page.locator("[name=_gotcha]").isVisible(), "the honeypot is hidden by CSS (not displayed, or off the page)");
        assertEquals("true", page.locator("p.hp").getAttribute("aria-hidden"));
        page.locator("#f-date").focus();
        for (int i = 0; i < 4 && !first.equals(page.evaluate("() => document.activeElement.name")); i++) {
            page.keyboard().press("Tab");   // the date field's own parts, then on
            assertFalse("_gotcha".equals(page.evaluate("() => document.activeElement.name")), "Tab never lands on the honeypot");
        }
        assertEquals(first, page.evaluate("() => document.activeElement.name"), "Tab goes from the date to the first question");
    }

    @Test
    void printingAResultShowsOnlyTheScorecardOnOnePage() {
        Map<String, String> failures = new LinkedHashMap<>();
        for (String path : SITE.formPages()) {
            String id = path.substring(0, path.indexOf('/'));
            Page page = SITE.open(path);
            FormPage form = new FormPage(page);
            form.restore(SITE.instrument(id), FormPage.sampleAnswers(SITE.instrument(id)), "Ann Example", "Team A");
            form.submitForResult();
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

            List<String> wrong = new ArrayList<>();
            for (String hidden : List.of("#response-form", ".site-header", ".site-footer", ".instrument-header", ".credit")) {
                if (anyVisible(page, hidden)) {
                    wrong.add(hidden + " prints");
                }
            }
            if (anyVisible(page, "button")) {
                wrong.add("buttons print: " + page.locator("button:visible").allTextContents());
            }
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) page.evaluate("() => { const out = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                    + " for (let n; (n = w.nextNode());) { const e = n.parentElement; if (!n.textContent.trim() || e.closest('#result, script, style, noscript')) continue;"
                    + "  const r = e.getClientRects(); if (r.length && r[0].width > 0 && getComputedStyle(e).visibility !== 'hidden')"
                    + "   out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': ' + n.textContent.trim().slice(0, 40)); }"
                    + " return out.slice(0, 10); }");
            if (!outside.isEmpty()) {
                wrong.add("text outside the result prints: " + outside);
            }
            Instrument instrument = SITE.instrument(id);
            // A customer's result is the thank-you alone (issue 12); a participant's, the scorecard.
            List<String> printed = new ArrayList<>(instrument.delivery().forCustomers() ? List.of("#result-title", "#result .thanks")
                    : List.of("#result-title", "#result .who", "#result .score"));
            if (!instrument.scoring().bands().isEmpty() && !instrument.delivery().forCustomers()) {
                printed.add("#result .band");
            }
            if (instrument.kind() == Kind.SELF_ASSESSMENT || instrument.kind() == Kind.CHECKLIST) {
                printed.add("#result svg.chart");
            }
            for (String shown : printed) {
                if (!page.locator(shown).first().isVisible()) {
                    wrong.add(shown + " doesn't print");
                }
            }
            int pages = pdfPages(page.pdf(new Page.PdfOptions().setFormat("A4")));
            if (pages != 1) {
                wrong.add("prints on " + pages + " A4 pages, not 1");
            }
            if (!wrong.isEmpty()) {
                failures.put(id, String.join("; ", wrong));
            }
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }

        assertTrue(failures.isEmpty(), "printing a result: " + failures);
    }

    @Test
    void printingAFormShowsEveryItemUnsplitWithoutTheSiteHeader() {
        Map<String, String> failures = new LinkedHashMap<>();
        for (String path : SITE.formPages()) {
            Page page = SITE.open(path);
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

            List<String> wrong = new ArrayList<>();
            Locator items = page.locator("#response-form .q");
            for (int i = 0; i < items.count(); i++) {
                if (!items.nth(i).isVisible()) {
                    wrong.add(items.nth(i).getAttribute("id") + " doesn't print");
                }
            }
            if (anyVisible(page, ".site-header")) {
                wrong.add("the site header prints");
            }
            if (anyVisible(page, "button")) {
                wrong.add("buttons print: " + page.locator("button:visible").allTextContents());
            }
            @SuppressWarnings("unchecked")
            List<String> split = (List<String>) page.evaluate("() => [...document.querySelectorAll('#response-form .q')]"
                    + ".filter(e => !['avoid', 'avoid-page'].includes(getComputedStyle(e).breakInside)).map(e => e.id)");
            if (!split.isEmpty()) {
                wrong.add("items may split across pages (break-inside not avoid): " + split);
            }
            if (!wrong.isEmpty()) {
                failures.put(path, String.join("; ", wrong));
            }
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }

        assertTrue(failures.isEmpty(), "printing a form: " + failures);
    }

    private static boolean anyVisible(Page page, String selector) {
        Locator all = page.locator(selector);
        for (int i = 0; i < all.count(); i++) {
            if (all.nth(i).isVisible()) {
                return true;
            }
        }
        return false;
    }

    /** The number of pages of a PDF (its /Type /Page objects). */
    static int pdfPages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        assertFalse(n == 0, "the PDF has countable pages");
        return n;
    }
}
