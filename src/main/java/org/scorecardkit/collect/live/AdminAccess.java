package org.scorecardkit.collect.live;

import java.net.URI;
import java.time.Clock;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.scorecardkit.collect.store.TokenStore;

/**
 * Says whether a request comes from an admin: it carries an active token as {@code Authorization: Bearer},
 * or the cookie of a session signed in with a token that is still active (checked again on every request,
 * so revoking a token shuts its sessions out at once). Also keeps the sign-ins and their rate limit.
 */
final class AdminAccess {
    static final String COOKIE = "scorecard_admin";

    /** What a request's credentials came to. */
    enum Outcome { ADMIN, NONE, WRONG }

    /** The verdict, with the admin's token name when admitted. */
    record Verdict(Outcome outcome, String name) {
        static final Verdict NONE = new Verdict(Outcome.NONE, null);
        static final Verdict WRONG = new Verdict(Outcome.WRONG, null);
    }

    private final TokenStore tokens;
    final Sessions sessions;
    final LoginLimiter limiter;

    AdminAccess(TokenStore tokens, Clock clock) {
        this.tokens = tokens;
        this.sessions = new Sessions(clock);
        this.limiter = new LoginLimiter(clock);
    }

    /** Whether admin pages are on at all: some token is active. */
    boolean on() {
        return tokens.any();
    }

    Verdict check(Request request) {
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth != null) {
            String token = auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
            String name = token.isEmpty() ? null : tokens.check(token);
            return name == null ? Verdict.WRONG : new Verdict(Outcome.ADMIN, name);
        }
        String id = sessionId(request);
        if (id == null) {
            return Verdict.NONE;
        }
        Sessions.Session s = sessions.get(id);
        if (s == null) {
            return Verdict.WRONG;
        }
        String name = tokens.check(s.token());
        if (name == null || !name.equals(s.name())) {
            sessions.end(id);
            return Verdict.WRONG;
        }
        return new Verdict(Outcome.ADMIN, name);
    }

    /** The name of the active token, or null; the store compares hashes, never the token's characters. */
    String login(String token) {
        return token == null || token.isBlank() || token.length() > 200 ? null : tokens.check(token.strip());
    }

    static String sessionId(Request request) {
        for (HttpCookie c : Request.getCookies(request)) {
            if (c.getName().equals(COOKIE)) {
                return c.getValue();
            }
        }
        return null;
    }

    /**
     * Whether a form post comes from this collector's own pages: its Origin (or, when a browser sends
     * none, its Referer) is the origin the request was addressed to. Nothing said means no.
     */
    static boolean sameOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null || origin.equals("null")) {
            origin = origin(request.getHeaders().get(HttpHeader.REFERER));
        }
        if (origin == null) {
            return false;
        }
        String own = request.getHttpURI().getScheme() + "://" + request.getHttpURI().getAuthority();
        return origin.equalsIgnoreCase(own);
    }

    private static String origin(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return null;
            }
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
