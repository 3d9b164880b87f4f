package org.scorecardkit.collect.live;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;
import org.scorecardkit.collect.Collector;
import org.scorecardkit.collect.ResponseEvents;
import org.scorecardkit.collect.store.ResponseStore;
import org.scorecardkit.collect.store.TokenStore;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.render.Words;
import org.scorecardkit.tally.DatabaseTally;
import org.scorecardkit.tally.stats.Summary;

/**
 * The collector's admin pages, behind a token: {@code /admin/login}, {@code /live/<id>} (figures and charts
 * updating as answers arrive, by server-sent events) and {@code /export/<id>.csv|.jsonl|.xlsx}. With no token
 * made, they are off (404), never open.
 */
public final class AdminRoutes extends Handler.Abstract implements Graceful {
    static final String STYLE = "/admin/live.css";
    static final String SCRIPT = "/admin/live.js";
    static final long HEARTBEAT_MILLIS = 15_000;

    private final SiteContent content;
    private final ResponseStore responses;
    private final ResponseEvents events;
    private final Function<Instrument, Summary.Numbers> tally;
    private final long heartbeatMillis;
    private final AdminAccess access;
    private final Words words;
    private final String language;
    private final AdminReplies replies;
    private volatile LiveStreams streams;
    private Runnable unlisten;
    private volatile boolean shutdown;

    public AdminRoutes(Collector collector) {
        this(collector.content(), collector.db().tokens(), collector.db().responses(), collector.events(),
                instrument -> DatabaseTally.run(instrument, collector.db(), null, null, 1,
                        collector.content().site().dateOrder(), problem -> { }).summary().whole(),
                HEARTBEAT_MILLIS, Clock.systemUTC());
    }

    /** @param tally the numbers of every response stored of an instrument, tallied where they are */
    AdminRoutes(SiteContent content, TokenStore tokens, ResponseStore responses, ResponseEvents events,
                Function<Instrument, Summary.Numbers> tally, long heartbeatMillis, Clock clock) {
        this.content = content;
        this.responses = responses;
        this.events = events;
        this.tally = tally;
        this.heartbeatMillis = heartbeatMillis;
        this.access = new AdminAccess(tokens, clock);
        this.language = content.site().language() == null ? "en" : content.site().language();
        this.words = Words.of(language);
        this.replies = new AdminReplies(words, content.site().brand());
    }

    @Override
    protected void doStart() throws Exception {
        streams = new LiveStreams(id -> figures(content.instrument(id)).json(), heartbeatMillis);
        LiveStreams s = streams;
        unlisten = events.listen(s::stored);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        if (unlisten != null) {
            unlisten.run();
        }
        if (streams != null) {
            streams.close();
        }
        super.doStop();
    }

    /**
     * The collector is stopping: ends the open live streams now, so the graceful stop does not wait for
     * pages that never finish by themselves (their browsers reconnect once it is back).
     */
    @Override
    public java.util.concurrent.CompletableFuture<Void> shutdown() {
        shutdown = true;
        LiveStreams s = streams;
        if (s != null) {
            s.endAll();
        }
        return java.util.concurrent.CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    /** Handles /admin/, /live/ and /export/ paths; anything else is left to the next handler (returns false). */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!ours(path)) {
            return false;
        }
        AdminReplies.secure(response);
        if (!access.on()) {
            replies.text(response, callback, HttpStatus.NOT_FOUND_404, words.get("live.off"));
            return true;
        }
        String method = request.getMethod();
        boolean read = HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method);
        if (path.equals(STYLE) || path.equals(SCRIPT)) {
            replies.asset(request, response, callback, path.equals(STYLE));
            return true;
        }
        if (path.equals("/admin/login")) {
            login(request, response, callback, read);
            return true;
        }
        AdminAccess.Verdict who = access.check(request);
        if (who.outcome() != AdminAccess.Outcome.ADMIN) {
            refuse(request, response, callback, path);
            return true;
        }
        if (path.equals("/admin/logout") && HttpMethod.POST.is(method)) {
            logout(request, response, callback);
        } else if (!read) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            replies.text(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, words.get("live.not-found"));
        } else if (path.equals("/admin") || path.equals("/admin/")) {
            replies.html(response, callback, HttpStatus.OK_200, AdminPages.index(words, language, who.name(),
                    content.instruments().stream().filter(i -> i.kind().responding()).toList(), i -> responses.count(i.id())));
        } else if (path.startsWith("/live/")) {
            live(request, response, callback, path.substring("/live/".length()));
        } else if (path.startsWith("/export/")) {
            new ExportRoute(responses, words, replies).handle(request, response, callback,
                    instrument(path.substring("/export/".length()), true));
        } else {
            replies.text(response, callback, HttpStatus.NOT_FOUND_404, words.get("live.not-found"));
        }
        return true;
    }

    static boolean ours(String path) {
        return path != null && (path.equals("/admin") || path.startsWith("/admin/") || path.equals("/live")
                || path.startsWith("/live/") || path.equals("/export") || path.startsWith("/export/"));
    }

    /** /live/ID is the page, /live/ID/events its stream. */
    private void live(Request request, Response response, Callback callback, String rest) {
        boolean stream = rest.endsWith("/events");
        String id = decode(stream ? rest.substring(0, rest.length() - "/events".length()) : rest);
        Instrument instrument = id == null ? null : instrument(id, false);
        if (instrument == null) {
            replies.text(response, callback, HttpStatus.NOT_FOUND_404, words.get("live.unknown-instrument", id == null ? rest : id));
        } else if (stream) {
            stream(request, response, callback, instrument);
        } else {
            Summary.Numbers numbers = tally.apply(instrument);
            replies.html(response, callback, HttpStatus.OK_200,
                    LivePage.render(instrument, numbers, LiveFigures.of(instrument, numbers, words), words, language));
        }
    }

    private void stream(Request request, Response response, Callback callback, Instrument instrument) {
        LiveStreams s = streams;
        LiveStream[] made = new LiveStream[1];
        made[0] = new LiveStream(instrument.id(), response, callback, () -> s.remove(made[0]));
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put("X-Accel-Buffering", "no");
        // The heartbeat keeps a live page's connection busy; an idle timeout must not end it in between.
        request.addIdleTimeoutListener(timeout -> false);
        request.addFailureListener(failure -> made[0].close());
        if (shutdown || !s.add(made[0])) {
            replies.text(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, words.get("live.too-many-streams"));
        }
    }

    /** The instrument people answer of this id (an export's file name: ID.EXT), or null. */
    private Instrument instrument(String id, boolean file) {
        Instrument i = content.instrument(id);
        if (i == null && file) {
            String decoded = decode(id);
            int dot = decoded == null ? -1 : decoded.lastIndexOf('.');
            i = dot < 0 ? null : content.instrument(decoded.substring(0, dot));
        }
        return i != null && i.kind().responding() ? i : null;
    }

    LiveFigures figures(Instrument instrument) {
        return LiveFigures.of(instrument, tally.apply(instrument), words);
    }

    private void login(Request request, Response response, Callback callback, boolean read) throws Exception {
        new LoginRoute(access, words, language, replies).handle(request, response, callback, read);
    }

    private void logout(Request request, Response response, Callback callback) {
        if (!AdminAccess.sameOrigin(request)) {
            replies.text(response, callback, HttpStatus.FORBIDDEN_403, words.get("live.cross-origin"));
            return;
        }
        access.sessions.end(AdminAccess.sessionId(request));
        response.getHeaders().add(HttpHeader.SET_COOKIE, LoginRoute.cookie("", 0, request.isSecure()));
        Response.sendRedirect(request, response, callback, HttpStatus.SEE_OTHER_303, "/admin/login", false);
    }

    /** No admin: a browser asking for a page goes to the sign-in page, anything else gets 401. */
    private void refuse(Request request, Response response, Callback callback, String path) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        boolean browser = HttpMethod.GET.is(request.getMethod()) && accept != null && accept.contains("text/html")
                && request.getHeaders().get(HttpHeader.AUTHORIZATION) == null;
        if (browser) {
            String next = request.getHttpURI().getPathQuery();
            Response.sendRedirect(request, response, callback, HttpStatus.SEE_OTHER_303,
                    "/admin/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), false);
            return;
        }
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"scorecard collect\"");
        replies.text(response, callback, HttpStatus.UNAUTHORIZED_401, words.get("live.unauthorized"));
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** How many live streams are open (tests). */
    int openStreams() {
        return streams == null ? 0 : streams.open();
    }
}
