package org.scorecardkit.collect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SiteContent;

/**
 * What the collector tests share: the fixture content (trio, pulse, a poster and an unpublished draft,
 * hosted at https://survey.example.org/), a collector started on a free loopback port over a real
 * database, and posts to it over real HTTP.
 */
final class CollectorFixture {
    static final Path CONTENT = Path.of("src/test/resources/collect/content");
    static final String SITE_ORIGIN = "https://survey.example.org";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";
    private static SiteContent content;

    private final HttpClient http = HttpClient.newHttpClient(); // follows no redirect: the tests read the 303s
    private final CollectServer server;

    private CollectorFixture(CollectServer server) {
        this.server = server;
    }

    static synchronized SiteContent content() {
        if (content == null) {
            ContentLoader.Result r = ContentLoader.load(CONTENT);
            if (!r.ok()) {
                throw new IllegalStateException("the collector fixture content is invalid: " + r.problems());
            }
            content = r.content();
        }
        return content;
    }

    /** The fixture content as if site.yaml said no base_url. */
    static SiteContent withoutBaseUrl() {
        Site s = content().site();
        return new SiteContent(new Site(s.title(), s.organisation(), s.description(), s.language(), null, s.paper(), s.nav(),
                s.order(), s.submission(), s.dateOrder(), s.brand()), content().instruments(), content().pages());
    }

    /** A collector over the database at this address, on a free port of 127.0.0.1. */
    static CollectorFixture start(String database, int rateLimit, double minSeconds) throws IOException, SQLException {
        return start(content(), database, rateLimit, minSeconds, null);
    }

    static CollectorFixture start(SiteContent content, String database, int rateLimit, double minSeconds, Path site)
            throws IOException, SQLException {
        Database db = Database.open(database, Path.of("").toAbsolutePath());
        Collector.Settings settings = new Collector.Settings("127.0.0.1", 0, rateLimit, minSeconds,
                CollectServer.origins(content.site().baseUrl()));
        return new CollectorFixture(CollectServer.start(new Collector(content, db, settings, site, new ResponseEvents())));
    }

    CollectServer server() {
        return server;
    }

    Collector collector() {
        return server.collector();
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    /** The collector's own origin, as a page it serves would send it. */
    String ownOrigin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Posts a body to /responses/ID with these headers (name, value, …). */
    HttpResponse<String> post(String id, String type, String body, String... headers) throws IOException, InterruptedException {
        return send(request("responses/" + id, headers).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts as the page's script does: JSON answers asked for, from the site's origin. */
    HttpResponse<String> script(String id, String type, String body) throws IOException, InterruptedException {
        return post(id, type, body, "Accept", JSON, "Origin", SITE_ORIGIN);
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    long count(String instrument) {
        return collector().db().responses().count(instrument);
    }

    List<StoredResponse> stored(String instrument) {
        List<StoredResponse> all = new ArrayList<>();
        collector().db().responses().forEach(instrument, null, all::add);
        return all;
    }

    void close() {
        server.close();
    }
}
