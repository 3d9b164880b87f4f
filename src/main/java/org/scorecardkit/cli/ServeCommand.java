package org.scorecardkit.cli;

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

/** {@code scorecard serve}: a live preview on 127.0.0.1 that rebuilds and reloads on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on 127.0.0.1; rebuilds and reloads the page when content or templates change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ContentOption contentOption;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "templates folder, compiled on the fly (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(templates)) {
            System.err.println("serve: templates folder " + templates + " not found; run it from the project folder or give --templates");
            return 1;
        }
        Path work = Files.createTempDirectory("scorecard-preview-");
        Preview preview = new Preview(contentOption.dir, templates, work);
        PreviewServer server;
        try {
            server = new PreviewServer(preview, port, ServeCommand::report);
        } catch (BindException e) {
            System.err.println("serve: port " + port + " is in use; choose another with --port N (0 picks a free one)");
            return 1;
        }
        System.out.println("Serving " + server.uri() + " — edit " + contentOption.dir + "/ or " + templates
                + "/ and open pages reload. Ctrl-C stops.");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            preview.deleteWorkFolder();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    private static void report(Preview.State state) {
        if (state.error() == null) {
            System.out.println("[build " + state.build() + "] " + state.summary());
        } else {
            System.err.println("[build " + state.build() + "] " + state.error());
        }
        System.out.flush();
    }
}
