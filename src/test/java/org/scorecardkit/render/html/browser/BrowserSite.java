package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.scorecardkit.TestFiles;
import org.scorecardkit.build.SiteBuild;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;

/**
 * The shared set-up of the browser tests, registered in each test class as
 * {@code @RegisterExtension static final BrowserSite SITE = BrowserSite.standardContent();}.
 *
 * <p>Before all tests of the class: copies the real {@code content/} into a temporary folder (applying
 * an edit when given, e.g. a submission endpoint in {@code site.yaml}), builds it with
 * {@link SiteBuild#run}, serves the site from 127.0.0.1 and takes the run's headless Chromium
 * ({@link Chromium}, launched once).
 * Before each test: a fresh browser context (own localStorage, downloads accepted) and page, with every
 * request recorded. After each test: fails when a request left localhost, a page threw an uncaught
 * script error or asked for a file the site doesn't have; then closes the test's contexts.
 */
final class BrowserSite implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Consumer<Path> editContent;
    private Path tmp;
    private Path content;
    private Path site;
    private SiteBuild.Result result;
    private ContentLoader.Result loaded;
    private StaticServer server;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<RequestLog> logs = new ArrayList<>();
    private Page page;
    private int missingBefore;

    private BrowserSite(Consumer<Path> editContent) {
        this.editContent = editContent;
    }

    /** The shipped content, unchanged. */
    static BrowserSite standardContent() {
        return new BrowserSite(dir -> { });
    }

    /** The shipped content, edited (in a copy) before the build. */
    static BrowserSite content(Consumer<Path> edit) {
        return new BrowserSite(edit);
    }

    @Override
    public void beforeAll(ExtensionContext ctx) throws IOException {
        tmp = Files.createTempDirectory("scorecard-browser-");
        content = TestFiles.copyTree(Path.of("content"), tmp.resolve("content"));
        editContent.accept(content);
        site = tmp.resolve("site");
        result = SiteBuild.run(content, site);
        assertTrue(result.built(), () -> "the content should build: " + result.loaded().problems());
        loaded = result.loaded();
        server = StaticServer.serve(site);
        browser = Chromium.shared(ctx);
    }

    @Override
    public void afterAll(ExtensionContext ctx) throws IOException {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            delete(tmp);
        }
    }

    @Override
    public void beforeEach(ExtensionContext ctx) {
        missingBefore = server.missing().size();
        page = newPage(new Browser.NewContextOptions());
    }

    @Override
    public void afterEach(ExtensionContext ctx) {
        List<String> problems = new ArrayList<>();
        for (RequestLog log : logs) {
            problems.addAll(log.problems());
        }
        List<String> missing = server.missing();
        for (String m : missing.subList(missingBefore, missing.size())) {
            problems.add("asked the site for a file it doesn't have: " + m);
        }
        for (BrowserContext c : contexts) {
            c.close();
        }
        contexts.clear();
        logs.clear();
        page = null;
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /**
     * A page in a new context of its own (own storage), with the defaults (1280×900 viewport, en-GB,
     * downloads accepted) under the options given; its requests are recorded and checked after the test.
     */
    Page newPage(Browser.NewContextOptions options) {
        if (options.viewportSize == null) {
            options.setViewportSize(1280, 900);
        }
        if (options.locale == null) {
            options.setLocale("en-GB");
        }
        options.setAcceptDownloads(true);
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        logs.add(RequestLog.attach(context));
        return context.newPage();
    }

    /** Every URL this test's pages asked for so far, in order. */
    List<String> requestedUrls() {
        return logs.stream().flatMap(l -> l.urls().stream()).toList();
    }

    /** The run's browser, for a context the test manages itself. */
    Browser browser() {
        return browser;
    }

    /** This test's page. */
    Page page() {
        return page;
    }

    /** Opens a site path (e.g. {@code "skillset/index.html"}) in this test's page and returns the page. */
    Page open(String path) {
        page.navigate(url(path));
        return page;
    }

    String url(String path) {
        return server.url(path);
    }

    Path siteDir() {
        return site;
    }

    Path contentDir() {
        return content;
    }

    /** Every HTML page the build wrote, as site paths, in the order written. */
    List<String> htmlPages() {
        return result.files().stream().filter(f -> f.endsWith(".html")).toList();
    }

    /**
     * The site files a page loads by reference, in order: its stylesheets ({@code <link rel=stylesheet>})
     * and scripts ({@code <script src>}), as site paths.
     */
    List<String> assetsOf(String pagePath) {
        try {
            Document doc = Jsoup.parse(site.resolve(pagePath).toFile(), "UTF-8");
            List<String> out = new ArrayList<>();
            for (Element e : doc.select("link[rel~=(?i)stylesheet][href], script[src]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                out.add(URI.create("http://site/" + pagePath).resolve(ref).getPath().substring(1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form pages: one per instrument that people answer. */
    List<String> formPages() {
        return loaded.content().instruments().stream().filter(i -> i.kind().responding())
                .map(i -> i.id() + "/index.html").toList();
    }

    /** The instrument as the build loaded it from the content. */
    Instrument instrument(String id) {
        return loaded.content().instrument(id);
    }

    /** A file name for a page's screenshot: {@code skillset/index.html} → {@code skillset}, {@code workshop.html} → {@code workshop}. */
    static String shortName(String path) {
        String p = path.endsWith("/index.html") ? path.substring(0, path.length() - "/index.html".length())
                : path.replaceAll("\\.html$", "");
        return p.replace('/', '-');
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
