package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.Problem;
import org.scorecardkit.load.TestSite;
import org.scorecardkit.render.html.HtmlSiteRenderer;

/**
 * Case 6 of issue 8 in a real browser: content whose page, intro, item text, help, band text and
 * source carry script links in every spelling is refused by the loader, and rendered anyway (as a
 * path around validation would), clicking each of those links in Chromium runs nothing.
 */
class ScriptInjectionTest {
    /** Sets window.__pwned and opens a dialog, whichever the browser gets to run. */
    private static final String RUN = "window.__pwned=1;alert(1)";
    private static final List<String> ATTACKS = List.of(
            "JaVaScRiPt:" + RUN, "&#106;avascript:" + RUN, "javascript&colon;" + RUN, "j&#x09;avascript:" + RUN,
            "j&#10;avascript:" + RUN, "VBScript:" + RUN, "data:text/html,<script>parent.__pwned=1</script>");

    @TempDir
    static Path tmp;
    private static Browser browser;
    private static StaticServer server;
    private static List<Problem> problems;

    @RegisterExtension
    static final BeforeAllCallback CHROMIUM = ctx -> browser = Chromium.shared(ctx);

    private BrowserContext context;
    private Page page;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    /** Markdown with every attack as a link whose text names it: "attack-prefix-0", "attack-prefix-1", … */
    private static String links(String prefix) {
        StringBuilder md = new StringBuilder();
        for (int k = 0; k < ATTACKS.size(); k++) {
            md.append(" [attack-").append(prefix).append('-').append(k).append("](").append(ATTACKS.get(k)).append(')');
        }
        return md.toString().strip();
    }

    private static String yaml(String markdown) {
        return "'" + markdown.replace("'", "''") + "'";
    }

    @BeforeAll
    static void renderRefusedContentAnyway() throws IOException {
        TestSite site = TestSite.copyOfBase(tmp)
                .with("pages/about.md", "# About\n\n" + links("page") + "\n\n[attack-ref][r] ![attack-img](JaVaScRiPt:"
                        + RUN + ") <JaVaScRiPt:attack-auto>\n\n[r]: JaVaScRiPt:" + RUN + "\n")
                .with("site.yaml", "title: T\norganisation: O\nnav: [about]\nsubmission: {method: post, url: \"JaVaScRiPt:"
                        + RUN + "\"}\n")
                .with("instruments/one.yaml", Files.readString(TestSite.BASE.resolve("instruments/one.yaml"))
                        .replace("intro: |\n  Read [about this site](about.md) first.", "intro: " + yaml(links("intro")))
                        .replace("text: First statement.", "text: " + yaml("First " + links("item"))
                                + "\n    help: " + yaml(links("help")))
                        + "source: {title: Book, url: \"JaVaScRiPt:" + RUN + "\"}\n");
        ContentLoader.Result loaded = site.load();
        problems = loaded.problems();
        Path out = tmp.resolve("site");
        new HtmlSiteRenderer().render(loaded.content(), out);
        server = StaticServer.serve(out);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext();
        page = context.newPage();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.onPageError(errors::add);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void theLoaderRefusesEveryAttack() {
        long refused = problems.stream().filter(p -> p.message().endsWith("is not allowed")).count();
        long addresses = problems.stream().filter(p -> p.message().contains("must be a web address")).count();
        assertEquals(4 * ATTACKS.size() + 3, refused, problems.toString());
        assertEquals(2, addresses, problems.toString());
    }

    @Test
    void clickingTheLinksOfAPageRunsNothing() {
        List<String> texts = new ArrayList<>(names("page"));
        texts.addAll(List.of("attack-ref", "attack-img", "attack-auto"));
        clickEach("about.html", texts);
    }

    @Test
    void clickingTheLinksOfAnIntroItemTextAndHelpRunsNothing() {
        List<String> texts = new ArrayList<>(names("intro"));
        texts.addAll(names("item"));
        texts.addAll(names("help"));
        clickEach("one/index.html", texts);
        assertEquals("thanks.html", page.locator("form").getAttribute("action"));
        assertEquals(0, page.locator("footer.credit a").count(), "the refused source address is not a link");
    }

    private static List<String> names(String prefix) {
        return IntStream.range(0, ATTACKS.size()).mapToObj(k -> "attack-" + prefix + "-" + k).toList();
    }

    /**
     * Clicks the middle of each text where it is shown, then a control script link added to the page:
     * once the control has run, a link that ran script would have run too.
     */
    private void clickEach(String path, List<String> texts) {
        page.navigate(server.url(path));
        for (String text : texts) {
            Object at = page.evaluate(FIND_TEXT, text);
            assertTrue(at instanceof Map<?, ?>, text + " is shown on " + path);
            Map<?, ?> point = (Map<?, ?>) at;
            page.mouse().click(((Number) point.get("x")).doubleValue(), ((Number) point.get("y")).doubleValue());
        }
        page.evaluate("() => { const a = document.createElement('a'); a.id = 'control'; a.textContent = 'control';"
                + " a.href = 'javascript:window.__control=1'; document.body.append(a); }");
        page.locator("#control").click();
        page.waitForFunction("() => window.__control === 1");
        assertEquals(true, page.evaluate("() => window.__pwned === undefined"), "a link ran script on " + path);
        assertEquals(List.of(), dialogs, "dialogs opened on " + path);
        assertEquals(List.of(), errors, "script errors on " + path);
        assertTrue(page.url().endsWith(path), "still on the page: " + page.url());
        Object scriptLinks = page.locator("a[href]:not(#control), img[src], form[action]").evaluateAll("els => els.filter(e => "
                + "/^\\s*(javascript|vbscript|data):/i.test(e.getAttribute('href') || e.getAttribute('src') "
                + "|| e.getAttribute('action'))).length");
        assertEquals(0, ((Number) scriptLinks).intValue(), "script links on " + path);
    }

    /** The middle of the first place a text is shown, scrolled into view, in viewport coordinates; null when absent. */
    private static final String FIND_TEXT = """
            text => {
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const i = n.data.indexOf(text);
                if (i < 0) continue;
                n.parentElement.scrollIntoView({block: 'center'});
                const r = document.createRange();
                r.setStart(n, i);
                r.setEnd(n, i + text.length);
                const b = r.getBoundingClientRect();
                return {x: b.x + b.width / 2, y: b.y + b.height / 2};
              }
              return null;
            }""";
}
