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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site folder over HTTP on 127.0.0.1 (any free port), as a static host would: a folder
 * URL gives its {@code index.html}, every file has its content type with UTF-8 for text, a missing file
 * is a 404. Pages see a real origin, so localStorage and fetch behave as on a real host.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<String> missing = new CopyOnWriteArrayList<>();

    private StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static StaticServer serve(Path root) {
        try {
            return new StaticServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a site path such as {@code skillset/index.html} ({@code ""} for the root). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Paths that were asked for and don't exist (the browser's own favicon probe left out). */
    List<String> missing() {
        return List.copyOf(missing);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "a static host takes GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = root.resolve(raw.substring(1)).normalize();
            if (file.startsWith(root) && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                if (!raw.equals("/favicon.ico")) {
                    missing.add(raw);
                }
                send(exchange, 404, "text/plain; charset=utf-8", ("no such file: " + raw).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            byte[] body = Files.readAllBytes(file);
            if (method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
