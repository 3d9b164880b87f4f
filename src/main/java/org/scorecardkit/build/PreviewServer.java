package org.scorecardkit.build;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Serves a {@link Preview} on 127.0.0.1: the built files, plus a small script in every HTML page
 * that reloads it after each rebuild and shows the build's error on the page while there is one.
 * Only requests addressed to a loopback name are answered ({@link PreviewHostCheck}).
 */
public final class PreviewServer implements AutoCloseable {
    static final String RELOAD_SCRIPT = "/__scorecard/reload.js";
    static final String STATE = "/__scorecard/state";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "pdf", "application/pdf", "csv", "text/csv; charset=utf-8",
            "txt", "text/plain; charset=utf-8");

    private final Preview preview;
    private final HttpServer server;
    private final PreviewHostCheck hosts;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scorecard-watch");
        t.setDaemon(true);
        return t;
    });

    /**
     * Takes the port (0 picks a free one; a port in use fails here, before any build), builds once,
     * then serves and rebuilds on every change.
     */
    public PreviewServer(Preview preview, int port, Consumer<Preview.State> onBuild) throws IOException {
        this.preview = preview;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        hosts = new PreviewHostCheck(server.getAddress());
        try {
            preview.refresh();
            onBuild.accept(preview.state());
        } catch (IOException | RuntimeException | Error e) {
            server.stop(0);
            throw e;
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        watcher.scheduleWithFixedDelay(() -> watch(onBuild), 300, 300, TimeUnit.MILLISECONDS);
    }

    private void watch(Consumer<Preview.State> onBuild) {
        try {
            if (preview.refresh()) {
                onBuild.accept(preview.state());
            }
        } catch (IOException | RuntimeException e) {
            onBuild.accept(new Preview.State(preview.state().build(), e.toString(), null));
        } catch (Error e) {
            // A scheduled task's Error would only cancel the watching, silently; the thread's handler ends the run instead.
            Thread self = Thread.currentThread();
            self.getUncaughtExceptionHandler().uncaughtException(self, e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!hosts.allows(ex.getRequestHeaders().getFirst("Host"))) {
                // A page on another site that rebinds its name to 127.0.0.1 must not read the preview.
                send(ex, 403, "txt", ("This preview answers only requests addressed to " + hosts.example()
                        + "; open it at that address.\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path.equals(STATE)) {
                Preview.State s = preview.state();
                send(ex, 200, "json", ("{\"build\":" + s.build() + ",\"error\":" + jsonString(s.error()) + "}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(RELOAD_SCRIPT)) {
                send(ex, 200, "js", reloadScript());
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                send(ex, 404, "html", page("Not found", "<p>No page at " + escape(path) + ".</p>"));
            } else if (file.toString().endsWith(".html")) {
                send(ex, 200, "html", withReload(Files.readString(file)).getBytes(StandardCharsets.UTF_8));
            } else {
                String name = file.getFileName().toString();
                send(ex, 200, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file));
            }
        }
    }

    /** The file a URL path names inside the site (a folder means its index.html), or null. */
    private Path resolve(String path) {
        Path site = preview.site().toAbsolutePath().normalize();
        Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private byte[] page(String title, String body) {
        return withReload("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main>" + body + "</main></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static String withReload(String html) {
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\"></script>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    private static byte[] reloadScript() throws IOException {
        try (var in = PreviewServer.class.getResourceAsStream("/org/scorecardkit/preview/reload.js")) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(type, "application/octet-stream"));
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static String jsonString(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Stops serving and watching, and waits (boundedly) for a rebuild under way to give up. */
    @Override
    public void close() {
        watcher.shutdownNow();
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
        try {
            watcher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
