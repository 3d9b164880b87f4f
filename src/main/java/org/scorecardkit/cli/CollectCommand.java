package org.scorecardkit.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.scorecardkit.collect.CollectServer;
import org.scorecardkit.collect.Collector;
import org.scorecardkit.collect.ResponseEvents;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.load.ContentLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scorecard collect}: receives the site's form posts at {@code /responses/<id>}, checks each as the
 * tally would and stores it in a database, until Ctrl-C; {@code collect token …} manages the admin tokens.
 */
@Command(name = "collect", mixinStandardHelpOptions = true, subcommands = CollectTokenCommand.class,
        description = "Receive the site's form posts and store them in a database (a SQLite file, or PostgreSQL).")
final class CollectCommand implements Callable<Integer> {
    @Mixin
    ContentOption contentOption;

    @Mixin
    DbOption dbOption;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every address, e.g. behind a proxy elsewhere)")
    String bind;

    @Option(names = "--site", paramLabel = "DIR",
            description = "also serve this built site (from scorecard build), so one command runs the whole survey site")
    Path site;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "30",
            description = "posts allowed per minute from one client address (default: ${DEFAULT-VALUE}; 0 for no limit)")
    int rateLimit;

    @Option(names = "--min-seconds", paramLabel = "S", defaultValue = "2",
            description = "a form sent sooner than this after its page opened is counted as spam, not stored (default: ${DEFAULT-VALUE})")
    double minSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        checkOptions();
        ContentLoader.Result loaded = ContentLoader.load(contentOption.dir());
        if (!loaded.ok()) {
            Report.problems(loaded, contentOption.dir(), false);
            return 1;
        }
        Report.warnings(loaded, contentOption.dir());
        if (site != null && !Files.isRegularFile(site.resolve("index.html"))) {
            System.err.println("collect: " + site + " holds no built site (no index.html); build it with: scorecard build --out " + site);
            return 1;
        }
        Database db = dbOption.open("collect");
        if (db == null) {
            return 1;
        }
        Collector.Settings settings = new Collector.Settings(bind, port, rateLimit, minSeconds,
                CollectServer.origins(loaded.content().site().baseUrl()));
        return serve(new Collector(loaded.content(), db, settings, site, new ResponseEvents()));
    }

    private void checkOptions() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        if (rateLimit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate-limit must be 0 (no limit) or more, not " + rateLimit);
        }
        if (!(minSeconds >= 0) || Double.isInfinite(minSeconds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-seconds must be 0 or more seconds, not " + minSeconds);
        }
    }

    private int serve(Collector collector) {
        CollectServer server;
        try {
            server = CollectServer.start(collector); // closes the database itself when it cannot start
        } catch (IOException e) {
            System.err.println(isBind(e) ? "collect: port " + port + " on " + bind
                    + " is in use (or not ours to take); choose another with --port N (0 picks a free one)"
                    : "collect: cannot listen on " + bind + ":" + port + ": " + Failure.describe(e));
            return 1;
        }
        Thread hook = new Thread(server::close, "scorecard-collect-stop");
        Runtime.getRuntime().addShutdownHook(hook); // Ctrl-C and SIGTERM: answer the posts under way, then close the database
        try {
            System.out.println("Collecting on " + server.uri() + " into " + collector.db().shown() + ": forms post to "
                    + server.uri().resolve("responses/") + "<id>" + (site == null ? "" : ", and the site in " + site + " is served")
                    + ". Ctrl-C stops.");
            if (collector.content().site().baseUrl() == null) {
                System.out.println("site.yaml sets no base_url: only pages served by the collector itself may post here;"
                        + " set base_url to the site's address to take its forms' posts.");
            }
            if (!collector.db().tokens().any()) {
                System.out.println("Admin pages (live results, export) are off until a token is made: scorecard collect token create NAME");
            }
            System.out.flush();
            new CountDownLatch(1).await(); // until Ctrl-C, or an interrupt when the run ends another way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: the server is closed either way.
            }
        }
        System.out.println("Stopped.");
        return 0;
    }

    private static boolean isBind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The {@code --db} option of collect and its token commands. */
    static final class DbOption {
        @Option(names = "--db", paramLabel = "URL", defaultValue = Database.DEFAULT,
                description = "the database: a SQLite file (default: ${DEFAULT-VALUE}, in the current folder), "
                        + "postgresql://user@host/db or a JDBC URL")
        String address;

        /** Opens the database, or prints one line saying why it cannot be and returns null. */
        Database open(String verb) {
            try {
                return Database.open(address, Path.of("").toAbsolutePath());
            } catch (IllegalArgumentException e) {
                System.err.println(verb + ": " + e.getMessage());
                return null;
            } catch (SQLException e) {
                // The store's message names the database (without its password) and what went wrong.
                System.err.println(verb + ": " + String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\R\\s*", " / "));
                return null;
            }
        }
    }
}
