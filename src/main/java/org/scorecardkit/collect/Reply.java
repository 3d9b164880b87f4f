package org.scorecardkit.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes the endpoint's answer to one request in the form its client takes: JSON for the page's script
 * (it sends {@code Accept: application/json}) and for JSON bodies, a small HTML page for a browser's plain
 * form post, one line of text for anything else (curl). Every answer is {@code Cache-Control: no-store}.
 */
final class Reply {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One reason a post was not taken: the field it is about (null for the whole post) and a sentence. */
    record Error(String field, String message) {
    }

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final boolean json;

    Reply(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        this.json = PostBody.isJson(request) || (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json"));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
    }

    /** Whether the client takes JSON answers. */
    boolean json() {
        return json;
    }

    Response response() {
        return response;
    }

    /** A JSON object, e.g. {@code {"id": …, "stored": true}}. */
    void object(int status, Map<String, Object> body) {
        send(status, "application/json; charset=utf-8", write(body));
    }

    /** 303 to where a browser goes next. */
    void seeOther(String location) {
        response.getHeaders().put(HttpHeader.LOCATION, location);
        send(303, null, "");
    }

    /** Every reason a post was refused: {@code {"errors":[{"field":…,"message":…}]}}, the error page, or lines of text. */
    void errors(int status, List<Error> errors, Pages pages, String back) {
        if (json) {
            List<Map<String, Object>> list = errors.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("field", e.field());
                m.put("message", e.message());
                return m;
            }).toList();
            object(status, Map.of("errors", list));
        } else if (browser()) {
            html(status, pages.errors(errors, back));
        } else {
            StringBuilder text = new StringBuilder();
            errors.forEach(e -> text.append(e.field() == null ? "" : e.field() + ": ").append(e.message()).append('\n'));
            send(status, "text/plain; charset=utf-8", text.toString());
        }
    }

    /** A page of the collector's own; its only style is inline, and it runs no script. */
    void html(int status, String page) {
        response.getHeaders().put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        send(status, "text/html; charset=utf-8", page);
    }

    /** An answer with no body, e.g. the preflight's 204. */
    void empty(int status) {
        send(status, null, "");
    }

    /** Ends the exchange without an answer, for a failure after the answer began. */
    void abort(Throwable failure) {
        callback.failed(failure);
    }

    private boolean browser() {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    private void send(int status, String type, String body) {
        response.setStatus(status);
        if (type != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be written as JSON", e);
        }
    }
}
