package org.scorecardkit.collect;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.scorecardkit.collect.live.AdminRoutes;

/**
 * A running collector: Jetty on the settings' address and port with, in this order, the admin pages
 * ({@code /admin/}, {@code /live/}, {@code /export/}), the responses endpoint, and the built site when one
 * is served; {@link #close} stops taking requests, lets those under way finish, then closes the database.
 */
public final class CollectServer implements AutoCloseable {
    /** How long a stop waits for the posts under way to be answered (their rows on disk). */
    private static final long STOP_WAIT_MS = 10_000;

    private final Collector collector;
    private final Server server;
    private final ServerConnector connector;
    private boolean closed;

    private CollectServer(Collector collector, Server server, ServerConnector connector) {
        this.collector = collector;
        this.server = server;
        this.connector = connector;
    }

    /**
     * Builds the handlers and starts listening. The collector's database is the server's from here on:
     * {@link #close} closes it, and so does a failed start.
     *
     * @throws IOException when the address cannot be listened on; a port in use has a {@link java.net.BindException} as its cause
     */
    public static CollectServer start(Collector collector) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("collect");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(collector.settings().bind());
        connector.setPort(collector.settings().port());
        server.addConnector(connector);
        types(server.getMimeTypes());
        server.setHandler(new GracefulHandler(handlers(collector)));
        server.setErrorHandler(quietErrors());
        server.setStopTimeout(STOP_WAIT_MS);
        CollectServer running = new CollectServer(collector, server, connector);
        try {
            server.start();
        } catch (Exception e) {
            running.close();
            throw e instanceof IOException io ? io : new IOException("the collector could not start: " + e.getMessage(), e);
        }
        return running;
    }

    /** The admin pages first (they leave every other path alone), then the endpoint, then the site. */
    private static Handler handlers(Collector collector) {
        Handler.Sequence all = new Handler.Sequence(new AdminRoutes(collector), new ResponsesEndpoint(collector));
        if (collector.site() != null) {
            all.addHandler(site(collector.site()));
        }
        return all;
    }

    /** The built site: its files, index.html for a folder, never a listing. */
    private static ResourceHandler site(Path folder) {
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.root().newResource(folder.toAbsolutePath()));
        files.setDirAllowed(false);
        files.setWelcomeFiles(List.of("index.html"));
        files.setEtags(true);
        return files;
    }

    /** The types of the files a build writes, text in UTF-8 (the site handler takes the server's: it sets its own at start). */
    private static void types(MimeTypes.Mutable types) {
        types.addMimeMapping("html", "text/html;charset=utf-8");
        types.addMimeMapping("css", "text/css;charset=utf-8");
        types.addMimeMapping("js", "text/javascript;charset=utf-8");
        types.addMimeMapping("csv", "text/csv;charset=utf-8");
        types.addMimeMapping("txt", "text/plain;charset=utf-8");
        types.addMimeMapping("json", "application/json");
        types.addMimeMapping("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /** Jetty's own error answers (a malformed request, an unknown path): the status and its reason, no stack trace. */
    private static ErrorHandler quietErrors() {
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        errors.setDefaultResponseMimeType("text/plain");
        return errors;
    }

    /** The origins allowed to post besides the collector's own, for the settings: site.yaml's base_url's, if it has one. */
    public static Set<String> origins(String baseUrl) {
        return Origins.ofBaseUrl(baseUrl);
    }

    /** The port listened on (the one picked when the settings said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The collector's address, e.g. http://127.0.0.1:8080/. */
    public URI uri() {
        String host = collector.settings().bind();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    public Collector collector() {
        return collector;
    }

    /** The same as {@link #close}. */
    public void stop() {
        close();
    }

    /** Stops taking requests, waits for those under way (their rows on disk), then closes the database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("collect: stopping the server: " + e.getMessage());
        } finally {
            collector.db().close();
        }
    }
}
