package org.scorecardkit.collect.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who gets into the admin pages, over real HTTP: nobody while no token is made (404 saying how to make one),
 * a bearer token or a signed-in session while its token is active, and nobody the moment it is revoked;
 * sign-in only from the collector's own page, and only ten failures a minute per address.
 */
class AdminAccessTest {
    @TempDir
    Path dir;
    LiveFixture live;

    @BeforeEach
    void start() {
        live = new LiveFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        live.close();
    }

    @Test
    void withNoTokenEveryAdminPathIs404SayingHowToMakeOne() {
        for (String path : List.of("/live/nps", "/live/nps/events", "/export/nps.csv", "/admin/", "/admin/login", "/admin/live.js")) {
            HttpResponse<String> r = live.send(live.get(path).header("Accept", "text/html"));
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("scorecard collect token create NAME"), path + ": " + r.body());
            assertEquals(1, r.body().strip().lines().count(), r.body());
        }
        HttpResponse<String> post = live.send(loginPost("anything", live.origin()));
        assertEquals(404, post.statusCode());
        // A token that was made and revoked leaves them off again.
        live.tokens.create("ops");
        live.tokens.revoke("ops");
        assertEquals(404, live.send(live.get("/live/nps")).statusCode());
    }

    @Test
    void otherPathsAreLeftToTheNextHandler() {
        live.tokens.create("ops");
        for (String path : List.of("/responses/nps", "/", "/nps/", "/administrator", "/lively", "/exports/x")) {
            HttpResponse<String> r = live.send(live.get(path));
            assertEquals("next", r.body(), path);
        }
    }

    @Test
    void missingAndWrongTokensGet401OrTheSignInPage() {
        String token = live.tokens.create("ops");
        HttpResponse<String> missing = live.send(live.get("/live/nps").header("Accept", "application/json"));
        assertEquals(401, missing.statusCode());
        assertTrue(missing.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), missing.headers().toString());

        HttpResponse<String> wrong = live.send(live.get("/live/nps").header("Authorization", "Bearer " + token + "x"));
        assertEquals(401, wrong.statusCode());
        assertEquals(401, live.send(live.get("/export/nps.csv").header("Authorization", "Basic " + token)).statusCode());
        assertEquals(401, live.send(live.get("/live/nps").header("Authorization", "Bearer ")).statusCode());

        HttpResponse<String> browser = live.send(live.get("/live/nps?x=1").header("Accept", "text/html,application/xhtml+xml"));
        assertEquals(303, browser.statusCode());
        assertEquals("/admin/login?next=" + URLEncoder.encode("/live/nps?x=1", StandardCharsets.UTF_8),
                path(browser.headers().firstValue("Location").orElseThrow()));
    }

    @Test
    void aBearerTokenWorksUntilItIsRevoked() {
        String token = live.tokens.create("ops");
        HttpResponse<String> ok = live.send(live.get("/live/nps").header("Authorization", "Bearer " + token));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("Would you recommend us?"));
        assertEquals("no-store", ok.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(ok.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

        live.tokens.create("other");
        assertTrue(live.tokens.revoke("ops"));
        assertEquals(401, live.send(live.get("/live/nps").header("Authorization", "Bearer " + token)).statusCode());
    }

    @Test
    void signingInSetsASessionCookieThatWorksUntilTheTokenIsRevoked() {
        String token = live.tokens.create("ops");
        HttpResponse<String> form = live.send(live.get("/admin/login?next=%2Flive%2Fnps"));
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("type=\"password\""), form.body());
        assertTrue(form.body().contains("name=\"next\" value=\"/live/nps\""), form.body());

        HttpResponse<String> in = live.send(loginPost(token, live.origin(), "next", "/live/nps"));
        assertEquals(303, in.statusCode(), in.body());
        assertEquals("/live/nps", path(in.headers().firstValue("Location").orElseThrow()));
        String setCookie = in.headers().firstValue("Set-Cookie").orElseThrow();
        for (String part : List.of("HttpOnly", "SameSite=Strict", "Path=/")) {
            assertTrue(setCookie.contains(part), setCookie);
        }
        String cookie = setCookie.split(";", 2)[0];
        assertFalse(cookie.contains(token), "the cookie carries a session id, not the token");

        HttpResponse<String> page = live.send(live.get("/live/nps").header("Cookie", cookie));
        assertEquals(200, page.statusCode());
        HttpResponse<String> index = live.send(live.get("/admin/").header("Cookie", cookie));
        assertTrue(index.body().contains("Signed in as ops"), index.body());

        live.tokens.create("spare");
        live.tokens.revoke("ops");
        assertEquals(401, live.send(live.get("/live/nps").header("Cookie", cookie)).statusCode());
        HttpResponse<String> browser = live.send(live.get("/live/nps").header("Cookie", cookie).header("Accept", "text/html"));
        assertEquals(303, browser.statusCode());
    }

    @Test
    void signingOutEndsTheSession() {
        String token = live.tokens.create("ops");
        String cookie = signIn(token);
        assertEquals(200, live.send(live.get("/admin/").header("Cookie", cookie)).statusCode());
        HttpResponse<String> out = live.send(HttpRequest.newBuilder(live.uri("/admin/logout")).header("Cookie", cookie)
                .header("Origin", live.origin()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().firstValue("Set-Cookie").orElse("").contains("Max-Age=0"));
        assertEquals(401, live.send(live.get("/admin/").header("Cookie", cookie)).statusCode());
    }

    @Test
    void signInFromAnotherOriginOrWithNoOriginIsRefused() {
        String token = live.tokens.create("ops");
        for (String origin : new String[] {"http://evil.example", "http://127.0.0.1:1", "null"}) {
            HttpResponse<String> r = live.send(loginPost(token, origin));
            assertEquals(403, r.statusCode(), origin);
            assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), origin);
        }
        HttpResponse<String> none = live.send(loginPost(token, null));
        assertEquals(403, none.statusCode());
        HttpResponse<String> referred = live.send(loginPost(token, null).header("Referer", live.origin() + "/admin/login"));
        assertEquals(303, referred.statusCode(), "a same-origin Referer stands in for a missing Origin");
    }

    @Test
    void anUnsafeNextGoesToTheAdminIndex() {
        String token = live.tokens.create("ops");
        for (String next : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "/elsewhere")) {
            HttpResponse<String> in = live.send(loginPost(token, live.origin(), "next", next));
            assertEquals(303, in.statusCode(), next);
            assertEquals("/admin/", path(in.headers().firstValue("Location").orElseThrow()), next);
        }
    }

    @Test
    void tenFailedSignInsAMinuteThenEvenTheRightTokenWaits() {
        String token = live.tokens.create("ops");
        for (int i = 0; i < LoginLimiter.MAX_FAILURES; i++) {
            HttpResponse<String> wrong = live.send(loginPost("guess" + i, live.origin()));
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.body().contains("not an active admin token"), wrong.body());
        }
        HttpResponse<String> blocked = live.send(loginPost(token, live.origin()));
        assertEquals(429, blocked.statusCode());
        assertEquals("60", blocked.headers().firstValue("Retry-After").orElse(""));
        assertTrue(blocked.headers().firstValue("Set-Cookie").isEmpty());
        // The bearer token is not a sign-in: it still works.
        assertEquals(200, live.send(live.get("/admin/").header("Authorization", "Bearer " + token)).statusCode());
    }

    @Test
    void aMadeUpSessionCookieIsRefused() {
        live.tokens.create("ops");
        assertEquals(401, live.send(live.get("/admin/").header("Cookie", AdminAccess.COOKIE + "=made-up")).statusCode());
    }

    @Test
    void anUnknownInstrumentIs404() {
        String token = live.tokens.create("ops");
        for (String path : List.of("/live/nope", "/live/nope/events", "/export/nope.csv", "/export/nps.txt", "/live/", "/admin/nothing")) {
            HttpResponse<String> r = live.send(live.get(path).header("Authorization", "Bearer " + token));
            assertEquals(404, r.statusCode(), path);
        }
    }

    private String signIn(String token) {
        HttpResponse<String> in = live.send(loginPost(token, live.origin()));
        assertEquals(303, in.statusCode(), in.body());
        return in.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private HttpRequest.Builder loginPost(String token, String origin, String... more) {
        StringBuilder body = new StringBuilder("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.append('&').append(more[i]).append('=').append(URLEncoder.encode(more[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(live.uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        return origin == null ? b : b.header("Origin", origin);
    }

    private String path(String location) {
        return location.startsWith(live.origin()) ? location.substring(live.origin().length()) : location;
    }
}
