package org.scorecardkit.collect.live;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.scorecardkit.render.Words;

/**
 * The sign-in page: GET shows one password field; POST (from this collector's own page only, and at most
 * {@link LoginLimiter#MAX_FAILURES} failures a minute per address) checks the token and, when it is
 * active, starts a session and sets its cookie (HttpOnly, SameSite=Strict, the whole site).
 */
final class LoginRoute {
    private final AdminAccess access;
    private final Words words;
    private final String language;
    private final AdminReplies replies;

    LoginRoute(AdminAccess access, Words words, String language, AdminReplies replies) {
        this.access = access;
        this.words = words;
        this.language = language;
        this.replies = replies;
    }

    void handle(Request request, Response response, Callback callback, boolean read) {
        if (read) {
            String next = next(Request.extractQueryParameters(request).getValue("next"));
            replies.html(response, callback, HttpStatus.OK_200, AdminPages.login(words, language, next, null));
        } else if (HttpMethod.POST.is(request.getMethod())) {
            post(request, response, callback);
        } else {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST");
            replies.text(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, words.get("live.not-found"));
        }
    }

    private void post(Request request, Response response, Callback callback) {
        if (!AdminAccess.sameOrigin(request)) {
            replies.text(response, callback, HttpStatus.FORBIDDEN_403, words.get("live.cross-origin"));
            return;
        }
        String address = Request.getRemoteAddr(request);
        if (access.limiter.blocked(address)) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(LoginLimiter.WINDOW.toSeconds()));
            replies.html(response, callback, HttpStatus.TOO_MANY_REQUESTS_429,
                    AdminPages.login(words, language, null, words.get("live.login.too-many")));
            return;
        }
        Fields form;
        try {
            form = FormFields.getFields(request, 10, 4096);
        } catch (RuntimeException e) {
            form = new Fields();
        }
        String token = form.getValue("token");
        String next = next(form.getValue("next"));
        String name = access.login(token);
        if (name == null) {
            access.limiter.failed(address);
            replies.html(response, callback, HttpStatus.UNAUTHORIZED_401,
                    AdminPages.login(words, language, next, words.get("live.login.wrong")));
            return;
        }
        String session = access.sessions.start(token.strip(), name);
        response.getHeaders().add(HttpHeader.SET_COOKIE, cookie(session, Sessions.LIFETIME.toSeconds(), request.isSecure()));
        Response.sendRedirect(request, response, callback, HttpStatus.SEE_OTHER_303, next == null ? "/admin/" : next, false);
    }

    /** The session cookie's header value; an empty value with max age 0 removes it. */
    static String cookie(String value, long maxAge, boolean secure) {
        return AdminAccess.COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /** Where to go once signed in: only an admin path of this collector, so the form cannot send anyone elsewhere. */
    static String next(String path) {
        if (path == null || path.length() > 500 || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x21 || c > 0x7e) || !AdminRoutes.ours(path.split("\\?", 2)[0])) {
            return null;
        }
        return path;
    }
}
