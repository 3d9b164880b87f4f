package org.scorecardkit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What guards the endpoint, over real HTTP against a collector on a real SQLite file: the honeypot and the
 * minimum time on the page (answered as a success, stored nowhere, counted), the rate limit (429 with
 * Retry-After; 0 turns it off), and the origins allowed to post (CORS preflight and the server's own check).
 * The same tests run against PostgreSQL in {@link PostGuardsPostgresTest}.
 */
class PostGuardsTest {
    static final String GOOD = "{\"version\":2,\"a\":3,\"_id\":\"%s\"%s}";

    @TempDir
    Path tmp;
    CollectorFixture collector;

    String database() {
        return tmp.resolve("responses.db").toString();
    }

    CollectorFixture start(int rateLimit, double minSeconds) throws Exception {
        collector = CollectorFixture.start(database(), rateLimit, minSeconds);
        return collector;
    }

    @AfterEach
    void stop() {
        if (collector != null) {
            collector.close();
        }
    }

    static String good(String id, String more) {
        return GOOD.formatted(id, more);
    }

    @Test
    void aFilledHoneypotGetsTheSuccessAnswerAndIsCountedNotStored() throws Exception {
        start(0, 2);

        HttpResponse<String> json = collector.script("trio", CollectorFixture.JSON, good("bot-1", ",\"_gotcha\":\"http://spam\""));
        HttpResponse<String> form = collector.post("trio", CollectorFixture.FORM, "version=2&a=3&_gotcha=buy+now");

        assertEquals(201, json.statusCode(), json.body());
        assertEquals(Map.of("id", "bot-1", "stored", true), ResponsesEndpointTest.JSON.readValue(json.body(), Map.class));
        assertEquals(303, form.statusCode());
        assertEquals("https://survey.example.org/trio/thanks.html", form.headers().firstValue("Location").orElse(null));
        assertEquals(0, collector.count("trio"));
        assertEquals(Map.of("spam-trap", 2L), collector.collector().db().responses().discarded("trio"));
    }

    @Test
    void aFormSentFasterThanMinSecondsGetsTheSuccessAnswerAndIsCountedNotStored() throws Exception {
        start(0, 2);

        HttpResponse<String> fast = collector.script("trio", CollectorFixture.JSON, good("fast", ",\"_elapsed\":\"1.5\""));
        HttpResponse<String> slow = collector.script("trio", CollectorFixture.JSON, good("slow", ",\"_elapsed\":\"2.25\""));
        HttpResponse<String> bad = collector.script("trio", CollectorFixture.JSON, good("bad", ",\"_elapsed\":\"soon\""));

        assertEquals(List.of(201, 201, 400), List.of(fast.statusCode(), slow.statusCode(), bad.statusCode()));
        assertEquals(fast.body().replace("fast", "slow"), slow.body(), "a robot cannot tell the answers apart");
        assertEquals(List.of("slow"), collector.stored("trio").stream().map(r -> r.submission()).toList());
        assertEquals(Map.of("too-fast", 1L), collector.collector().db().responses().discarded("trio"));
    }

    @Test
    void postsPastTheRateLimitAre429WithRetryAfter() throws Exception {
        start(3, 0);

        for (int i = 0; i < 3; i++) {
            assertEquals(201, collector.script("trio", CollectorFixture.JSON, good("r" + i, "")).statusCode());
        }
        HttpResponse<String> over = collector.script("trio", CollectorFixture.JSON, good("r3", ""));

        assertEquals(429, over.statusCode(), over.body());
        long retry = Long.parseLong(over.headers().firstValue("Retry-After").orElse("-1"));
        assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
        assertEquals(3, collector.count("trio"));
    }

    @Test
    void behindALocalProxyEachForwardedClientHasItsOwnLimit() throws Exception {
        start(1, 0);

        int first = collector.post("trio", CollectorFixture.JSON, good("p1", ""), "X-Forwarded-For", "203.0.113.9, 198.51.100.1").statusCode();
        int other = collector.post("trio", CollectorFixture.JSON, good("p2", ""), "X-Forwarded-For", "198.51.100.2").statusCode();
        int again = collector.post("trio", CollectorFixture.JSON, good("p3", ""), "X-Forwarded-For", "10.1.1.1, 198.51.100.1").statusCode();

        assertEquals(List.of(201, 201, 429), List.of(first, other, again), "counted by the address the proxy added last");
        assertEquals(2, collector.count("trio"));
    }

    @Test
    void aRateLimitOfZeroTakesEveryPost() throws Exception {
        start(0, 0);

        for (int i = 0; i < 40; i++) { // more than the default 30 a minute
            assertEquals(201, collector.script("trio", CollectorFixture.JSON, good("z" + i, "")).statusCode(), "post " + i);
        }
        assertEquals(40, collector.count("trio"));
    }

    @Test
    void thePreflightAllowsTheSitesOriginOnly() throws Exception {
        start(0, 0);

        HttpResponse<String> site = preflight(CollectorFixture.SITE_ORIGIN);
        HttpResponse<String> other = preflight("https://evil.example");

        assertEquals(204, site.statusCode(), site.body());
        assertEquals(CollectorFixture.SITE_ORIGIN, site.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("POST", site.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
        assertEquals("Content-Type, Accept", site.headers().firstValue("Access-Control-Allow-Headers").orElse(null));
        assertEquals(403, other.statusCode());
        assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent(), other.headers().toString());
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return collector.send(collector.request("responses/trio", "Origin", origin, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type,accept").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void postsFromTheSiteTheCollectorItselfAndNoOriginAreTakenOthersAre403() throws Exception {
        start(0, 0);

        HttpResponse<String> site = collector.post("trio", CollectorFixture.JSON, good("o1", ""), "Origin", CollectorFixture.SITE_ORIGIN);
        HttpResponse<String> own = collector.post("trio", CollectorFixture.JSON, good("o2", ""), "Origin", collector.ownOrigin());
        HttpResponse<String> none = collector.post("trio", CollectorFixture.JSON, good("o3", ""));
        HttpResponse<String> other = collector.post("trio", CollectorFixture.FORM, "version=2&a=3", "Origin", "https://evil.example");
        HttpResponse<String> file = collector.post("trio", CollectorFixture.FORM, "version=2&a=3", "Origin", "null");

        assertEquals(List.of(201, 201, 201, 403, 403), List.of(site.statusCode(), own.statusCode(), none.statusCode(),
                other.statusCode(), file.statusCode()));
        assertEquals(CollectorFixture.SITE_ORIGIN, site.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals(1, other.body().strip().lines().count(), other.body());
        assertTrue(other.body().contains("https://evil.example"), other.body());
        assertEquals(3, collector.count("trio"));
    }
}
