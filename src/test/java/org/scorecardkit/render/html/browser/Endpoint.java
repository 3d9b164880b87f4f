package org.scorecardkit.render.html.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Formspree-like endpoint on 127.0.0.1 that records every POST it gets and answers with the status
 * set (200 unless told otherwise), allowing any origin, as a cross-origin form service does. A preflight
 * OPTIONS is answered too and recorded apart. JSON is answered when asked for, else a small HTML page
 * (what a browser shows after a native POST).
 */
final class Endpoint implements AutoCloseable {
    /** One POST as received: the path, content type, raw body and its url-decoded fields in order. */
    record Post(String path, String contentType, String accept, String body, Map<String, List<String>> fields) {
        /** The one value of a field; fails when the field is absent or repeated. */
        String one(String name) {
            List<String> values = fields.get(name);
            if (values == null || values.size() != 1) {
                throw new AssertionError("field " + name + " should be sent once, was " + values + " in " + body);
            }
            return values.get(0);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    private final List<String> preflights = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int status = 200;

    private Endpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static Endpoint start() {
        try {
            return new Endpoint();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL to post to. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/submit";
    }

    /** Sets the status of the next answers, e.g. 500 for a failing service. */
    void answerWith(int status) {
        this.status = status;
    }

    /** Forgets what was received and answers 200 again. */
    void reset() {
        posts.clear();
        preflights.clear();
        status = 200;
    }

    /** The next POST received, waiting up to the time given; fails when none arrives. */
    Post next(Duration wait) {
        try {
            Post p = posts.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (p == null) {
                throw new AssertionError("the endpoint received no POST within " + wait.toMillis() + " ms");
            }
            return p;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether any POST is waiting to be read (after a pause that would have let one arrive). */
    List<Post> drain() {
        List<Post> out = new ArrayList<>();
        posts.drainTo(out);
        return out;
    }

    List<String> preflights() {
        return List.copyOf(preflights);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            headers.set("Access-Control-Allow-Origin", "*");
            String method = exchange.getRequestMethod();
            if (method.equals("OPTIONS")) {
                preflights.add(exchange.getRequestURI().getPath());
                headers.set("Access-Control-Allow-Methods", "POST, OPTIONS");
                headers.set("Access-Control-Allow-Headers", "Accept, Content-Type");
                headers.set("Access-Control-Max-Age", "600");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            if (!method.equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            posts.add(new Post(exchange.getRequestURI().getPath(), type, accept, body, decode(body)));
            int code = status;
            boolean json = accept != null && accept.contains("application/json");
            byte[] out = (json
                    ? (code < 400 ? "{\"ok\":true}" : "{\"error\":\"the service failed\"}")
                    : "<!DOCTYPE html><html lang=\"en\"><title>Received</title><h1>" + (code < 400 ? "Received" : "Failed") + "</h1></html>")
                    .getBytes(StandardCharsets.UTF_8);
            headers.set("Content-Type", json ? "application/json" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(code, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        }
    }

    /** application/x-www-form-urlencoded into fields in order, repeated names kept as lists. */
    static Map<String, List<String>> decode(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
