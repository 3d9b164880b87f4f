package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weight budget (a form page's HTML plus the CSS and JS it loads ≤ 32 KB: 30 KB until issue 12 added the brand, the trainers link and the script's words for translation) measured twice: from the
 * files the page references and from what Chromium actually fetched; and no page referencing another host.
 */
class PageBudgetTest {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.standardContent();

    static final int BUDGET = 32_768;
    private static final Pattern CSS_URL = Pattern.compile("(?i)(?:url\\(\\s*['\"]?|@import\\s+['\"])\\s*([^'\")\\s]+)");

    @Test
    void everyFormPageWithItsCssAndJsStaysWithin32Kb() throws IOException {
        Map<String, String> report = new LinkedHashMap<>();
        Map<String, Long> over = new LinkedHashMap<>();
        for (String path : SITE.formPages()) {
            Path html = SITE.siteDir().resolve(path);
            List<String> assets = SITE.assetsOf(path);
            assertTrue(assets.contains("assets/scorecard.js") && assets.stream().anyMatch(a -> a.endsWith(".css")),
                    path + " loads a stylesheet and scorecard.js: " + assets);
            long total = Files.size(html);
            StringBuilder line = new StringBuilder("html " + Files.size(html));
            for (String a : assets) {
                long size = Files.size(SITE.siteDir().resolve(a));
                total += size;
                line.append(" + ").append(a).append(' ').append(size);
            }
            report.put(path, line + " = " + total);
            if (total > BUDGET) {
                over.put(path, total);
            }
        }
        System.out.println("page weights: " + report);

        assertTrue(over.isEmpty(), "over the " + BUDGET + " byte budget: " + over + "\n" + report);
    }

    @Test
    void whatChromiumFetchesForAFormPageIsExactlyThePageCssAndJsBytes() throws IOException {
        for (String path : SITE.formPages()) {
            Page page = SITE.newPage(new com.microsoft.playwright.Browser.NewContextOptions());
            List<Response> responses = new ArrayList<>();
            page.onResponse(responses::add);
            page.navigate(SITE.url(path));
            page.waitForFunction("() => document.getElementById('response-form').noValidate");   // the script has run

            Map<String, Integer> fetched = new LinkedHashMap<>();
            for (Response r : responses) {
                fetched.put(URI.create(r.url()).getPath(), r.body().length);
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("/" + path, (int) Files.size(SITE.siteDir().resolve(path)));
            for (String a : SITE.assetsOf(path)) {
                expected.put("/" + a, (int) Files.size(SITE.siteDir().resolve(a)));
            }
            assertEquals(expected, fetched, path + ": the files and byte counts Chromium fetched");
            assertTrue(SITE.requestedUrls().containsAll(List.of(SITE.url(path), SITE.url("assets/scorecard.js"))),
                    "the request log that guards 'no request leaves localhost' saw the page load: " + SITE.requestedUrls());
            int total = fetched.values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(total <= BUDGET, path + " loads " + total + " bytes, over " + BUDGET);
        }
    }

    @Test
    void theRequestGuardCatchesARequestToAnotherHost() {
        BrowserContext context = SITE.browser().newContext();
        try {
            context.route("https://cdn.example.org/**", Route::abort);   // seen by the guard, never sent
            RequestLog log = RequestLog.attach(context);
            Page page = context.newPage();
            page.navigate(SITE.url("index.html"));
            page.setContent("<img src=\"https://cdn.example.org/logo.png\" alt=\"\">");

            assertEquals(List.of("request left localhost: https://cdn.example.org/logo.png"), log.problems(),
                    "what the after-test check would fail with");
        } finally {
            context.close();
        }
    }

    @Test
    void noPageReferencesAnotherHost() throws IOException {
        List<String> foreign = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (String path : SITE.htmlPages()) {
            Document doc = Jsoup.parse(SITE.siteDir().resolve(path).toFile(), "UTF-8");
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    List<String> urls = switch (a.getKey().toLowerCase()) {
                        case "src", "href", "action", "formaction", "poster", "data", "xlink:href", "background", "cite" -> List.of(a.getValue());
                        case "srcset" -> List.of(a.getValue().split("\\s*,\\s*")).stream().map(s -> s.trim().split("\\s+")[0]).toList();
                        case "style" -> cssUrls(a.getValue());
                        default -> List.of();
                    };
                    for (String u : urls) {
                        checked.add(a.getKey());
                        boolean creditLink = e.tagName().equals("a") && a.getKey().equals("href") && e.closest(".credit") != null;
                        if (isForeign(u) && !creditLink) {
                            foreign.add(path + ": <" + e.tagName() + " " + a.getKey() + "=\"" + u + "\">");
                        }
                    }
                }
            }
            for (Element style : doc.select("style")) {
                cssUrls(style.data()).stream().filter(PageBudgetTest::isForeign).forEach(u -> foreign.add(path + ": <style> " + u));
            }
        }
        try (var files = Files.walk(SITE.siteDir())) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                cssUrls(Files.readString(css)).stream().filter(PageBudgetTest::isForeign)
                        .forEach(u -> foreign.add(SITE.siteDir().relativize(css) + ": " + u));
            }
        }

        assertTrue(checked.containsAll(Set.of("href", "src")), "links and scripts were looked at: " + checked);
        assertEquals(List.of(), foreign, "references to other hosts");
    }

    static List<String> cssUrls(String css) {
        List<String> out = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** An absolute or protocol-relative URL to a host other than this machine. */
    static boolean isForeign(String url) {
        String u = url.trim().toLowerCase();
        if (u.startsWith("//")) {
            u = "http:" + u;
        }
        return (u.startsWith("http://") || u.startsWith("https://")) && !RequestLog.local(u);
    }
}
