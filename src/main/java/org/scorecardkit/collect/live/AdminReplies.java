package org.scorecardkit.collect.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.scorecardkit.model.Brand;
import org.scorecardkit.render.Words;

/**
 * Writes the admin pages' answers: one line of plain text, a page, or the page's style sheet (with the
 * site's brand colours) and script; every answer with headers that keep it out of caches and frames and
 * let it run only its own script.
 */
final class AdminReplies {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final byte[] style;
    private final byte[] script;

    AdminReplies(Words words, Brand brand) {
        String primary = colour(brand == null ? null : brand.primary(), Brand.DEFAULT_PRIMARY);
        String accent = colour(brand == null ? null : brand.accent(), Brand.DEFAULT_ACCENT);
        this.style = (":root { --primary: " + primary + "; --accent: " + accent + "; }\n" + resource("live.css"))
                .getBytes(StandardCharsets.UTF_8);
        this.script = resource("live.js").getBytes(StandardCharsets.UTF_8);
    }

    static void secure(Response response) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "same-origin");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Content-Security-Policy", CSP);
    }

    void text(Response response, Callback callback, int status, String line) {
        send(response, callback, status, "text/plain; charset=utf-8", line + "\n");
    }

    void html(Response response, Callback callback, int status, String page) {
        send(response, callback, status, "text/html; charset=utf-8", page);
    }

    void asset(Request request, Response response, Callback callback, boolean css) {
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, css ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        response.write(true, java.nio.ByteBuffer.wrap(css ? style : script), callback);
    }

    private static void send(Response response, Callback callback, int status, String type, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        Content.Sink.write(response, true, body, callback);
    }

    private static String colour(String value, String fallback) {
        return value != null && COLOUR.matcher(value).matches() ? value : fallback;
    }

    private static String resource(String name) {
        try (InputStream in = AdminReplies.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the kit is missing its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
