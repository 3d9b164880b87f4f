package org.scorecardkit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.TestSite;
import org.scorecardkit.load.UrlPolicy;

/**
 * The renderer's own defence (case 6 of issue 8): whatever Markdown reaches it, no href or src it
 * writes names a scheme outside the allow-list, and the link's text is kept.
 */
class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer(Set.of("index.html", "workshop.html", "one/index.html"));

    @TempDir
    Path tmp;

    private Document block(String md) {
        return Jsoup.parseBodyFragment(markdown.html(md, "one/index.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[attack](JaVaScRiPt:alert(1))", "[attack](javascript:alert(1))", "[attack](&#106;avascript:alert(1))",
        "[attack](&#x6A;avascript:alert(1))", "[attack](javascript&colon;alert(1))", "[attack](j&#x09;avascript:alert(1))",
        "[attack](j&#10;avascript:alert(1))", "[attack](%6Aavascript:alert(1))", "[attack](data:text/html,<script>alert(1)</script>)",
        "[attack](vbscript:msgbox(1))", "[attack](<JavaScript:alert(1)>)", "[attack](JavaScript:alert(1) \"title\")",
        "![attack](JaVaScRiPt:alert(1))", "![attack](data:image/svg+xml,<svg onload=alert(1)>)",
        "<JaVaScRiPt:attack(1)>", "[attack][r]\n\n[r]: JaVaScRiPt:alert(1)", "[attack]\n\n[attack]: vbscript:x",
        "![attack][r]\n\n[r]: data:image/png;base64,AAAA", "[attack](java\\script:alert(1))"})
    void aRefusedTargetLeavesTheTextAndNoLink(String md) {
        Document html = block(md);
        assertTrue(html.select("[href], [src]").isEmpty(), html.body().html());
        assertTrue(html.body().text().contains("attack"), html.body().html());
    }

    @Test
    void allowedLinksRenderAsBeforeAndSiteLinksStayRelativeToThePage() {
        Document html = block("[w](https://example.org/x) [W](HTTPS://example.org/) [m](mailto:care@example.org) "
                + "[f](#top) [p](workshop.md) <https://example.org/a> <care@example.org> ![i](https://example.org/i.png) "
                + "[r]\n\n[r]: workshop.md#part");
        List<String> targets = html.select("[href], [src]").stream()
                .map(e -> e.hasAttr("href") ? e.attr("href") : e.attr("src")).toList();
        assertEquals(List.of("https://example.org/x", "HTTPS://example.org/", "mailto:care@example.org", "#top",
                "../workshop.html", "https://example.org/a", "mailto:care@example.org", "https://example.org/i.png",
                "../workshop.html#part"), targets);
    }

    @Test
    void rawHtmlIsEscapedSoItsLinksAreText() {
        Document html = block("<a href=\"javascript:alert(1)\">x</a> <img src=x onerror=alert(1)>\n\n"
                + "<div onclick=\"alert(1)\">y</div>");
        assertTrue(html.select("a, img, div, [onclick], [onerror]").isEmpty(), html.body().html());
        assertTrue(html.body().text().contains("<a href=\"javascript:alert(1)\">x</a>"), html.body().html());
    }

    @Test
    void inlineMarkdownIsDefendedToo() throws IOException {
        StringBuilder out = new StringBuilder();
        markdown.inline("Rate [attack](JaVaScRiPt:alert(1))", "index.html").writeTo(new gg.jte.TemplateOutput() {
            @Override
            public void writeContent(String s) {
                out.append(s);
            }

            @Override
            public void writeContent(String s, int begin, int end) {
                out.append(s, begin, end);
            }
        });
        assertEquals("Rate attack", out.toString());
    }

    /** Content that failed validation, rendered anyway: the pages and the data island carry no refused target. */
    @Test
    void aSiteRenderedFromRefusedContentHasNoScriptLinks() throws IOException {
        TestSite site = TestSite.copyOfBase(tmp)
                .with("pages/about.md", "# About\n\n[attack](JaVaScRiPt:alert(1))\n")
                .with("site.yaml", "title: T\norganisation: O\nnav: [about]\nsubmission: {method: post, url: "
                        + "\"JavaScript:alert(1)\"}\n")
                .with("instruments/one.yaml", Files.readString(TestSite.BASE.resolve("instruments/one.yaml"))
                        .replace("[about this site](about.md)", "[attack](vbscript:x)")
                        .replace("text: First statement.", "text: \"First [attack](DATA:text/html,x)\"")
                        .replace("label: Low}", "label: Low, text: \"[attack](JavaScript:x)\"}")
                        + "source: {title: Book, url: \"javascript:alert(1)\"}\n");
        ContentLoader.Result loaded = site.load();
        assertEquals(6, loaded.problems().size(), loaded.problems().toString());
        Path out = tmp.resolve("site");
        new HtmlSiteRenderer().render(loaded.content(), out);
        for (String page : List.of("about.html", "one/index.html", "index.html")) {
            Document html = Jsoup.parse(Files.readString(out.resolve(page)));
            for (Element e : html.select("[href], [src], [action]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                assertTrue(UrlPolicy.allowed(target), page + ": " + e.outerHtml());
            }
            assertTrue(html.text().contains("attack") || page.equals("index.html"), page);
            String data = html.select("script[type=application/json]").html();
            assertTrue(!data.toLowerCase().contains("javascript:"), data);
            assertTrue(data.contains("attack") || !page.equals("one/index.html"), "the band text is in the data: " + data);
        }
        assertEquals("thanks.html", Jsoup.parse(Files.readString(out.resolve("one/index.html"))).selectFirst("form").attr("action"));
    }
}
