package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.scorecardkit.TestFiles;
import org.scorecardkit.build.SiteBuild;
import org.scorecardkit.collect.CollectServer;
import org.scorecardkit.collect.Collector;
import org.scorecardkit.collect.ResponseEvents;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.SiteContent;

/**
 * The fixture {@code collect-site} as a company runs it: the built site on a static host (one 127.0.0.1 port, its
 * {@code base_url}) and the kit's collector on another over a real SQLite file, the forms posting across origins
 * to it as {@code submission: {collector: …}} says. Registered as {@code @RegisterExtension static final
 * CollectorSite SITE = new CollectorSite(minSeconds)}; each test's browser contexts are closed after it.
 */
final class CollectorSite implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    static final Path FIXTURE = Path.of("src/test/resources/collect-site");

    private final double minSeconds;
    private Path tmp;
    private StaticServer host;
    private CollectServer collector;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<RequestLog> logs = new ArrayList<>();

    CollectorSite(double minSeconds) {
        this.minSeconds = minSeconds;
    }

    @Override
    public void beforeAll(ExtensionContext ctx) throws IOException, SQLException {
        tmp = Files.createTempDirectory("scorecard-collect-site-");
        Path content = TestFiles.copyTree(FIXTURE, tmp.resolve("content"));
        Path site = Files.createDirectories(tmp.resolve("site"));
        host = StaticServer.serve(site);
        // The collector knows the site's address (its origin may post; a plain post is sent on to its thanks page),
        // and the site is built knowing the collector's.
        Path yaml = content.resolve("site.yaml");
        String written = Files.readString(yaml);
        Files.writeString(yaml, written.replace("https://survey.example.org/", host.url("")));
        collector = CollectServer.start(collectorFor(loaded(content), tmp));
        Files.writeString(yaml, Files.readString(yaml).replace("https://collect.example.org/", collectorUrl() + "/"));
        SiteBuild.Result built = SiteBuild.run(content, site);
        assertTrue(built.built(), () -> "the fixture should build: " + built.loaded().problems());
        browser = Chromium.shared(ctx);
    }

    private Collector collectorFor(SiteContent content, Path dir) throws SQLException {
        Database db = Database.open(dir.resolve("responses.db").toString(), dir);
        Collector.Settings settings = new Collector.Settings("127.0.0.1", 0, 0, minSeconds,
                CollectServer.origins(content.site().baseUrl()));
        return new Collector(content, db, settings, null, new ResponseEvents());
    }

    private static SiteContent loaded(Path content) {
        ContentLoader.Result r = ContentLoader.load(content);
        assertTrue(r.ok(), () -> "the fixture should load: " + r.problems());
        return r.content();
    }

    @Override
    public void afterEach(ExtensionContext ctx) {
        List<String> problems = new ArrayList<>();
        logs.forEach(l -> problems.addAll(l.problems()));
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        logs.clear();
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    @Override
    public void afterAll(ExtensionContext ctx) throws IOException {
        try {
            if (collector != null) {
                collector.close();
            }
        } finally {
            if (host != null) {
                host.close();
            }
            BrowserSite.delete(tmp);
        }
    }

    /** A page in a new context (own storage) with these options, 1280×900 and en-GB unless they say otherwise. */
    Page newPage(Browser.NewContextOptions options) {
        if (options.viewportSize == null) {
            options.setViewportSize(1280, 900);
        }
        options.setLocale("en-GB");
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        logs.add(RequestLog.attach(context));
        return context.newPage();
    }

    /** The static host's address of a site path, e.g. {@code nps/index.html}. */
    String url(String path) {
        return host.url(path);
    }

    /** The collector's address as the site was built with it, without a trailing slash. */
    String collectorUrl() {
        return "http://127.0.0.1:" + collector.port();
    }

    long count(String instrument) {
        return collector.collector().db().responses().count(instrument);
    }

    List<StoredResponse> stored(String instrument) {
        List<StoredResponse> all = new ArrayList<>();
        collector.collector().db().responses().forEach(instrument, null, all::add);
        return all;
    }
}
