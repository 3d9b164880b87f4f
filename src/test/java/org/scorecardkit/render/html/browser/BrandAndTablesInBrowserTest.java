package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Brand;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.render.html.HtmlSiteRenderer;

/**
 * The site as Chromium draws it: the organisation's colours reach the header and the buttons and its
 * logo shows on every page, the neutral look stays the default, and the format guide's tables keep
 * every word whole on a 360 px phone (they scroll sideways instead).
 */
class BrandAndTablesInBrowserTest {
    static final String PRIMARY = "#7a1f5c";
    static final String ACCENT = "#1a5e20";

    @TempDir
    static Path tmp;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Chromium.EXECUTABLE)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    static Path render(String folder, Brand brand) throws IOException {
        ContentLoader.Result loaded = ContentLoader.load(Path.of(folder));
        assertTrue(loaded.ok(), loaded.problems().toString());
        SiteContent content = loaded.content();
        Site s = content.site();
        if (brand != null) {
            s = new Site(s.title(), s.organisation(), s.description(), s.language(), s.baseUrl(), s.paper(), s.nav(),
                    s.order(), s.submission(), s.dateOrder(), brand);
        }
        Path out = tmp.resolve(folder.replace('/', '_') + (brand == null ? "" : "-brand"));
        new HtmlSiteRenderer().render(new SiteContent(s, content.instruments(), content.pages()), out);
        return out;
    }

    static Page open(Path site, String path, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
        Page page = context.newPage();
        page.navigate(site.resolve(path).toUri().toString());
        return page;
    }

    static String css(Page page, String selector, String property) {
        return (String) page.evalOnSelector(selector, "(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theBrandColoursReachTheHeaderAndButtonsAndTheLogoShowsOnEveryPage() throws IOException {
        Path site = render("src/test/resources/site12/audiences", new Brand(new Logo("logo.png", false, png()), PRIMARY, ACCENT));
        for (String path : List.of("index.html", "visit/index.html", "visit/about.html", "team/index.html", "print.html")) {
            Page page = open(site, path, 360);
            assertEquals("rgb(122, 31, 92)", css(page, ".site-header", "border-top-color"), path);
            assertEquals(120, ((Number) page.evalOnSelector(".site-header img.logo", "i => i.naturalWidth")).intValue(), path);
            assertEquals("Harbour Bakery", page.getAttribute(".site-header img.logo", "alt"), path);
            if (page.querySelector(".button, button") != null) {
                assertEquals("rgb(122, 31, 92)", css(page, ".button, button", "background-color"), path);
                assertEquals("rgb(255, 255, 255)", css(page, ".button, button", "color"), path);
            }
            page.context().close();
        }
        Page home = open(site, "index.html", 1280);
        assertEquals("rgb(26, 94, 32)", css(home, ".card-kind", "color"), "the accent marks the kind");
        home.context().close();
    }

    @Test
    void theNeutralLookIsTheDefault() throws IOException {
        Path site = render("src/test/resources/site12/audiences", null);
        Page page = open(site, "index.html", 1280);
        assertEquals("rgb(11, 92, 173)", css(page, ".button", "background-color"));
        assertTrue(page.querySelector(".site-header img") == null, "no logo without a brand logo");
        page.context().close();
    }

    @Test
    void theGuideTablesBreakNoWordAt360px() throws IOException {
        Path site = render("content", null);
        Page page = open(site, "write-your-own.html", 360);
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) page.evaluate("() => {"
                + "const out = []; let cells = 0;"
                + "for (const td of document.querySelectorAll('.prose td, .prose th')) {"
                + "  cells++;"
                + "  const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);"
                + "  for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                + "    for (const m of n.data.matchAll(/[^\\s\\-\\/|,.:;()]+/g)) {"
                + "      const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);"
                + "      const lines = new Set([...r.getClientRects()].map(x => Math.round(x.top)));"
                + "      if (lines.size > 1) out.push(m[0]);"
                + "    }"
                + "  }"
                + "}"
                + "if (cells < 50) out.push('only ' + cells + ' cells');"
                + "return out; }");
        assertEquals(List.of(), broken, "words split across lines in the guide's tables");
        assertTrue((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= 360"),
                "the page itself does not scroll sideways; only a table does");
        page.context().close();
    }
}
