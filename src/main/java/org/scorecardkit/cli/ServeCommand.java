package org.scorecardkit.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.scorecardkit.build.Preview;
import org.scorecardkit.build.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scorecard serve}: a live preview on 127.0.0.1 that rebuilds and reloads on every change.
 * Its private work folder (in {@code java.io.tmpdir}, or the folder named by the system property
 * {@value #TEMP_ROOT}) is deleted on every way out: port taken, failure, interrupt, Ctrl-C or SIGTERM.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on 127.0.0.1; rebuilds and reloads the page when content or templates change.")
final class ServeCommand implements Callable<Integer> {
    static final String TEMP_ROOT = "scorecard.tmpdir";
    static final String WORK_PREFIX = "scorecard-preview-";

    @Mixin
    ContentOption contentOption;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "templates folder, compiled on the fly (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(templates)) {
            System.err.println("serve: templates folder " + templates + " not found; run it from the project folder or give --templates");
            return 1;
        }
        Session session = new Session(Files.createTempDirectory(tempRoot(), WORK_PREFIX));
        Thread hook = new Thread(session::close, "scorecard-serve-cleanup");
        Runtime.getRuntime().addShutdownHook(hook); // Ctrl-C and SIGTERM end the JVM without unwinding this thread
        try {
            return serve(session);
        } finally {
            session.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: the session is closed either way.
            }
        }
    }

    private int serve(Session session) throws IOException {
        Preview preview = session.preview(new Preview(contentOption.dir(), templates, session.work));
        PreviewServer server;
        try {
            server = session.server(new PreviewServer(preview, port, ServeCommand::report));
        } catch (BindException e) {
            System.err.println("serve: port " + port + " is in use; choose another with --port N (0 picks a free one)");
            return 1;
        }
        // A project of one's own has no templates/: only the source checkout offers them for editing.
        String edit = Report.shown(contentOption.dir()) + "/" + (java.nio.file.Files.isDirectory(templates) ? " or " + templates + "/" : "");
        System.out.println("Serving " + server.uri() + " — edit " + edit + " and open pages reload. Ctrl-C stops.");
        try {
            new CountDownLatch(1).await(); // until Ctrl-C, or an interrupt when the run ends another way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("Stopped.");
        return 0;
    }

    private static Path tempRoot() {
        return Path.of(System.getProperty(TEMP_ROOT, System.getProperty("java.io.tmpdir")));
    }

    private static void report(Preview.State state) {
        if (state.error() == null) {
            System.out.println("[build " + state.build() + "] " + state.summary());
        } else {
            System.err.println("[build " + state.build() + "] " + state.error());
        }
        System.out.flush();
    }

    /** What one serve holds, released once by whichever way out comes first: the server, the preview, the work folder. */
    private static final class Session {
        final Path work;
        private Preview preview;
        private PreviewServer server;
        private boolean closed;

        Session(Path work) {
            this.work = work;
        }

        synchronized Preview preview(Preview p) {
            preview = p;
            return p;
        }

        synchronized PreviewServer server(PreviewServer s) {
            server = s;
            return s;
        }

        synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (server != null) {
                server.close();
            }
            if (preview != null) {
                preview.close(); // waits for a build under way, so that it leaves nothing behind
            } else {
                Preview.deleteWorkFolder(work);
            }
        }
    }
}
