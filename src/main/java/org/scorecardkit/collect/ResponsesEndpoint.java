package org.scorecardkit.collect;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.scorecardkit.collect.store.ResponseStore;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.check.Reason;
import org.scorecardkit.tally.check.RecordCheck;

/**
 * {@code POST /responses/<instrument id>}: takes one form post, checks it with the tally's own checker and
 * stores it once per submission id, answering 201/303 (stored), 200 (stored before), 400/404/409/413/415
 * (refused), 403 (an origin not allowed), 429 (past the rate limit); also answers the CORS preflight and
 * serves the collector's own thanks page at {@code /responses/<id>/thanks}. Other paths fall through.
 */
final class ResponsesEndpoint extends Handler.Abstract {
    static final String PREFIX = "/responses/";
    static final String THANKS = "/thanks";

    private final Collector collector;
    private final ResponseStore store;
    private final Targets targets;
    private final Origins origins;
    private final RateLimiter limiter;

    ResponsesEndpoint(Collector collector) {
        this.collector = collector;
        this.store = collector.db().responses();
        this.targets = new Targets(collector);
        this.origins = new Origins(collector.settings().origins());
        this.limiter = new RateLimiter(collector.settings().rateLimit());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PREFIX)) {
            return false;
        }
        Reply reply = new Reply(request, response, callback);
        String rest = path.substring(PREFIX.length());
        Targets.Target target = targets.get(rest.endsWith(THANKS) ? rest.substring(0, rest.length() - THANKS.length()) : rest);
        try {
            route(request, reply, rest, target);
        } catch (Refusal r) {
            if (request.getMethod().equals("POST")) {
                // Refused before (or while) its body was read: Jetty cannot keep the connection once the handler
                // leaves a body unread, and closing it after a committed answer lets the client send its next
                // request into a closing socket. Saying so in the answer makes the client open a new one.
                reply.response().getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            }
            refuse(reply, r, target);
        } catch (IOException | RuntimeException e) {
            fail(reply, e);
        }
        return true;
    }

    private void route(Request request, Reply reply, String rest, Targets.Target target) throws Refusal, IOException {
        String method = request.getMethod();
        if (rest.endsWith(THANKS) && target != null && (method.equals("GET") || method.equals("HEAD"))) {
            reply.html(200, target.pages().thanks(target.instrument().title()));
        } else if (rest.contains("/")) {
            throw new Refusal(404, null, "collect.error.unknown-instrument", rest);
        } else if (method.equals("OPTIONS")) {
            preflight(request, reply);
        } else if (method.equals("POST")) {
            post(request, reply, rest, target);
        } else {
            reply.response().getHeaders().put(HttpHeader.ALLOW, "POST, OPTIONS");
            throw new Refusal(405, null, "collect.error.method");
        }
    }

    /** The CORS preflight of a post from another origin: allowed for base_url's origin only. */
    private void preflight(Request request, Reply reply) throws Refusal {
        if (allowedOrigin(request, reply) == null) {
            reply.response().getHeaders().put(HttpHeader.ALLOW, "POST, OPTIONS"); // not a preflight: no origin asks
            reply.empty(204);
            return;
        }
        reply.response().getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "POST");
        reply.response().getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Accept");
        reply.response().getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, 600);
        reply.empty(204);
    }

    /**
     * The request's Origin when it may post, with the CORS headers that let its page read the answer set;
     * null when it has none. Every answer to an origin's post carries them, refusals too, so the page's
     * script can show why.
     *
     * @throws Refusal 403 for an origin that may not post
     */
    private String allowedOrigin(Request request, Reply reply) throws Refusal {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        reply.response().getHeaders().put(HttpHeader.VARY, "Origin");
        if (!origins.allows(origin, request)) {
            throw new Refusal(403, null, "collect.error.origin", origin);
        }
        if (origin != null) {
            reply.response().getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        return origin;
    }

    private void post(Request request, Reply reply, String id, Targets.Target target) throws Refusal, IOException {
        allowedOrigin(request, reply);
        long wait = limiter.admit(client(request));
        if (wait > 0) {
            reply.response().getHeaders().put(HttpHeader.RETRY_AFTER, wait);
            throw new Refusal(429, null, "collect.error.rate", wait);
        }
        if (target == null) {
            throw new Refusal(404, null, "collect.error.unknown-instrument", id);
        }
        PostBody body = PostBody.read(request);
        String submission = body.submission() != null ? body.submission() : UUID.randomUUID().toString();
        String trap = body.gotcha() ? "spam-trap"
                : body.elapsed() != null && body.elapsed() < collector.settings().minSeconds() ? "too-fast" : null;
        if (trap != null) {
            // Answered as if stored, so that a robot learns nothing from the answer.
            store.discarded(target.id(), trap);
            success(reply, target, submission, true);
            return;
        }
        RecordCheck.Checked checked = target.check().check("POST " + PREFIX + target.id(), body.fields().entrySet(), body.raw());
        if (!checked.clean()) {
            List<Reply.Error> errors = errors(checked.problems(), target.pages());
            reply.errors(400, errors, target.pages(), target.form());
            return;
        }
        Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // A customer's form asks no date: the day it arrived is its date, so --by month and quarter count it.
        String date = checked.date() != null ? checked.date()
                : java.time.LocalDate.ofInstant(received, java.time.ZoneId.systemDefault()).toString();
        StoredResponse response = new StoredResponse(0, target.id(), target.instrument().version(), submission,
                received, checked.respondent(), checked.group(), date, checked.answers());
        store.store(response).whenComplete((outcome, failure) -> stored(reply, target, submission, outcome, failure));
    }

    /**
     * The checker's problems as a respondent reads them: "no answers" follows from the answers listed before it,
     * so it is said only when nothing else is, and then in the collector's words, not a tally's.
     */
    private static List<Reply.Error> errors(List<Problem> problems, Pages pages) {
        if (problems.size() == 1 && problems.get(0).reason() == Reason.NO_ANSWERS) {
            return List.of(new Reply.Error(null, pages.words().get("collect.error.no-answers")));
        }
        return problems.stream().filter(p -> p.reason() != Reason.NO_ANSWERS)
                .map(p -> new Reply.Error(p.column().isEmpty() ? null : p.column(), p.message())).toList();
    }

    /**
     * The address a post is counted under: the peer's, or, when the peer is this machine (a reverse proxy in
     * front of the collector), the client the proxy names last in X-Forwarded-For, which is the one it added
     * itself; otherwise every respondent behind the proxy would share one limit.
     */
    static String client(Request request) {
        String peer = Request.getRemoteAddr(request);
        String forwarded = request.getHeaders().get(HttpHeader.X_FORWARDED_FOR);
        boolean local = peer.startsWith("127.") || peer.equals("::1") || peer.equals("[::1]") || peer.equals("0:0:0:0:0:0:0:1");
        if (!local || forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return last.isEmpty() ? peer : last;
    }

    /** Answers once the store has: the row is on disk (or was before) by the time the client hears so. */
    private void stored(Reply reply, Targets.Target target, String submission, ResponseStore.Outcome outcome, Throwable failure) {
        try {
            if (failure != null) {
                fail(reply, failure);
            } else if (outcome == ResponseStore.Outcome.CONFLICT) {
                refuse(reply, new Refusal(409, PostBody.ID, "collect.error.conflict", submission), target);
            } else {
                // The event first: the row is committed, and whoever hears the answer may count on the event.
                if (outcome == ResponseStore.Outcome.STORED) {
                    tell(target.id());
                }
                success(reply, target, submission, outcome == ResponseStore.Outcome.STORED);
            }
        } catch (RuntimeException e) {
            fail(reply, e);
        }
    }

    /** Tells the live pages; a listener's failure is logged and does not turn a stored answer into an error. */
    private void tell(String instrument) {
        try {
            collector.events().stored(instrument);
        } catch (RuntimeException e) {
            System.err.println("collect: a listener of stored responses failed: " + e);
        }
    }

    private void success(Reply reply, Targets.Target target, String submission, boolean stored) {
        if (!reply.json()) {
            reply.seeOther(target.thanks());
        } else if (stored) {
            reply.object(201, Map.of("id", submission, "stored", true));
        } else {
            reply.object(200, Map.of("id", submission, "stored", false, "already", true));
        }
    }

    private void refuse(Reply reply, Refusal r, Targets.Target target) {
        Pages pages = target != null ? target.pages() : targets.pages();
        String message = pages.words().get(r.key(), r.args());
        reply.errors(r.status(), List.of(new Reply.Error(r.field(), message)), pages, target == null ? null : target.form());
    }

    /** An unexpected failure: one line to stderr, once, and one line to the client, never a stack trace. */
    private void fail(Reply reply, Throwable failure) {
        Throwable root = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        System.err.println("collect: a post failed: " + (root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage().strip().replaceAll("\\s*\\R\\s*", " / ")));
        if (reply.response().isCommitted()) {
            reply.abort(failure); // too late for an answer: the connection is closed instead
            return;
        }
        reply.errors(500, List.of(new Reply.Error(null, targets.pages().words().get("collect.error.failed"))), targets.pages(), null);
    }
}
