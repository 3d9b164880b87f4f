package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.TestFiles;

/**
 * Rating scales of 4, 5, 7 and 11 points (the fixture site scales12) in Chromium at 320, 360, 414 and
 * 1280 px: one row when each point gets 26 px, else two balanced rows; every point at least 44 px tall and
 * 26 px wide; nothing wider than the window; the end labels below the points, the first starting at the
 * first point and the last ending at the last point. Screenshots go to target/screenshots/scales12-*.
 */
class ScaleLayoutTest {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.content(ScaleLayoutTest::useFixture);

    private static final List<Integer> WIDTHS = List.of(320, 360, 414, 1280);
    private static final String FORMS = "four,five,seven,eleven";
    /** Per scale: the rows of points (their counts by top), the smallest point, the page width and the end labels' boxes. */
    private static final String MEASURE = "() => [...document.querySelectorAll('.scale')].map(s => {"
            + " const p = [...s.querySelectorAll('.points label')].map(l => l.getBoundingClientRect());"
            + " const tops = [...new Set(p.map(r => Math.round(r.top)))];"
            + " const e = [...s.querySelectorAll('.end')].map(x => x.getBoundingClientRect());"
            + " return {id: s.closest('.q').id, n: p.length, rows: tops.map(t => p.filter(r => Math.round(r.top) === t).length),"
            + "  minW: Math.min(...p.map(r => r.width)), minH: Math.min(...p.map(r => r.height)), bottom: Math.max(...p.map(r => r.bottom)),"
            + "  first: p[0].left, last: p[p.length - 1].right, page: document.documentElement.scrollWidth,"
            + "  lo: e.length ? [e[0].left, e[0].top, s.querySelectorAll('.end')[0].textContent] : null,"
            + "  hi: e.length ? [e[1].right, e[1].top, s.querySelectorAll('.end')[1].textContent] : null}; })";

    private static void useFixture(Path content) {
        try {
            for (String dir : List.of("instruments", "pages")) {   // the shipped pages link to the shipped instruments
                try (Stream<Path> old = Files.list(content.resolve(dir))) {
                    for (Path f : old.toList()) {
                        Files.delete(f);
                    }
                }
            }
            Path fixture = Path.of("src/test/resources/scales12");
            Files.copy(fixture.resolve("site.yaml"), content.resolve("site.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            TestFiles.copyTree(fixture.resolve("instruments"), content.resolve("instruments"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> measure(Page page) {
        return (List<Map<String, Object>>) page.evaluate(MEASURE);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void everyScaleIsOneRowWhenItFitsElseBalancedRowsWithTheEndLabelsUnderTheEndPoints() throws IOException {
        Files.createDirectories(BrowserSite.SCREENSHOTS);
        Page page = SITE.page();
        List<String> wrong = new ArrayList<>();
        int scales = 0;
        for (int width : WIDTHS) {
            page.setViewportSize(width, 800);
            for (String form : FORMS.split(",")) {
                page.navigate(SITE.url(form + "/index.html"));
                page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSite.SCREENSHOTS.resolve("scales12-" + form + "-" + width + ".png")).setFullPage(true));
                for (Map<String, Object> s : measure(page)) {
                    scales++;
                    String at = form + " " + s.get("id") + " at " + width + " px: ";
                    List<Integer> rows = ((List<Object>) s.get("rows")).stream().map(r -> ((Number) r).intValue()).toList();
                    int n = ((Number) s.get("n")).intValue();
                    // 26 px a point plus the page's and the item's padding: one row is owed when it fits.
                    boolean fits = n * 26 + 56 <= width;
                    if (fits ? rows.size() != 1 : rows.size() != 2 || Math.abs(rows.get(0) - rows.get(1)) > 1 || rows.get(0) < rows.get(1)) {
                        wrong.add(at + "rows " + rows + (fits ? ", owed one row" : ", owed two balanced rows, the longer first"));
                    }
                    if (num(s.get("minH")) < 44 || num(s.get("minW")) < 26) {
                        wrong.add(at + "a point of " + s.get("minW") + "×" + s.get("minH") + " px, under 26×44");
                    }
                    if (num(s.get("page")) > width) {
                        wrong.add(at + "the page is " + s.get("page") + " px wide");
                    }
                    List<Object> lo = (List<Object>) s.get("lo");
                    List<Object> hi = (List<Object>) s.get("hi");
                    if (lo == null || hi == null) {
                        wrong.add(at + "no end labels");
                        continue;
                    }
                    if (!lo.get(2).toString().isEmpty() && Math.abs(num(lo.get(0)) - num(s.get("first"))) > 2) {
                        wrong.add(at + "\"" + lo.get(2) + "\" starts at " + lo.get(0) + ", the first point at " + s.get("first"));
                    }
                    if (Math.abs(num(hi.get(0)) - num(s.get("last"))) > 2) {
                        wrong.add(at + "\"" + hi.get(2) + "\" ends at " + hi.get(0) + ", the last point at " + s.get("last"));
                    }
                    if (num(lo.get(1)) < num(s.get("bottom")) - 0.5 || num(hi.get(1)) < num(s.get("bottom")) - 0.5) {
                        wrong.add(at + "an end label starts above the points' bottom " + s.get("bottom"));
                    }
                }
            }
        }

        assertEquals(WIDTHS.size() * 5, scales, "every scale of the fixture was measured at every width");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theElevenPointScaleIsOneRowAt360AndSixAndFiveAt320() {
        Page page = SITE.page();
        page.setViewportSize(360, 800);
        page.navigate(SITE.url("eleven/index.html"));
        assertEquals(List.of(11), measure(page).get(0).get("rows"));
        page.setViewportSize(320, 800);
        assertEquals(List.of(6, 5), measure(page).get(0).get("rows"));
    }

    @Test
    void thePointsStayRadiosThatArrowKeysMoveThrough() {
        Page page = SITE.open("seven/index.html");
        page.locator("#q-visit label:has(input[value=\"3\"])").click();
        page.keyboard().press("ArrowRight");

        assertEquals("4", page.evaluate("() => document.activeElement.value"));
        assertEquals("4", page.evaluate("() => document.querySelector('[name=visit]:checked').value"));
        assertEquals("radio", page.evaluate("() => document.activeElement.type"));
    }
}
