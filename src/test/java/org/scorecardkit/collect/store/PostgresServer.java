package org.scorecardkit.collect.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: the one named by {@code SCORECARD_TEST_POSTGRES} (an admin JDBC
 * URL), else one started once per test JVM from Debian's binaries in a temporary folder (trust auth on
 * 127.0.0.1, a free port), stopped and removed when the JVM ends; it hands out fresh empty databases.
 */
public final class PostgresServer {
    private static final String MISSING = "PostgreSQL server not found: run ./run-tests, which finds or installs it"
            + " (the tests start their own server from $SCORECARD_PG_BIN, else /usr/lib/postgresql/*/bin)";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String admin;

    private PostgresServer() {
    }

    /** The JDBC URL (user included, no password) of a freshly created empty database, its name made from {@code database}. */
    public static String jdbcUrl(String database) {
        String name = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        String adminUrl = admin();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + adminUrl + ": " + e.getMessage(), e);
        }
        return withDatabase(adminUrl, name);
    }

    /** The admin URL with its database replaced: {@code jdbc:postgresql://host:port/DB?params}. */
    static String withDatabase(String adminUrl, String name) {
        int hostStart = adminUrl.indexOf("//") + 2;
        int slash = adminUrl.indexOf('/', hostStart);
        int query = adminUrl.indexOf('?', hostStart);
        String hostPart = adminUrl.substring(0, slash < 0 ? (query < 0 ? adminUrl.length() : query) : slash);
        return hostPart + "/" + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static synchronized String admin() {
        if (admin == null) {
            String given = System.getenv("SCORECARD_TEST_POSTGRES");
            admin = given != null && !given.isBlank() ? given.strip() : start();
        }
        return admin;
    }

    private static String start() {
        Path bin = binaries();
        try {
            Path folder = Files.createTempDirectory("scorecard-pg");
            Path data = folder.resolve("data");
            Path log = folder.resolve("server.log");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                // initdb refuses root: the server runs as the postgres user, in a folder it owns.
                run(List.of("chown", "postgres", folder.toString()));
            }
            int port = freePort();
            run(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--locale=C", "--no-sync"));
            run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "30",
                    "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + folder + " -c max_connections=200", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, bin, data, folder), "postgres-stop"));
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("starting the test PostgreSQL server: " + e.getMessage(), e);
        }
    }

    private static Path binaries() {
        // ./run-tests exports the folder it found; an explicit choice is used as given, never second-guessed.
        String given = System.getenv("SCORECARD_PG_BIN");
        if (given != null && !given.isBlank()) {
            Path bin = Path.of(given.strip());
            if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
                throw new IllegalStateException(MISSING + ": SCORECARD_PG_BIN=" + bin + " has no initdb and pg_ctl");
            }
            return bin;
        }
        Path lib = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(MISSING);
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresServer::major))
                    .orElseThrow(() -> new IllegalStateException(MISSING));
        } catch (IOException e) {
            throw new IllegalStateException(MISSING, e);
        }
    }

    private static int major(Path bin) {
        String version = bin.getParent().getFileName().toString();
        return version.matches("\\d+") ? Integer.parseInt(version) : 0;
    }

    private static List<String> as(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop(boolean root, Path bin, Path data, Path folder) {
        try {
            run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
        } catch (IOException e) {
            System.err.println("stopping the test PostgreSQL server: " + e.getMessage());
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("removing " + folder + ": " + e.getMessage());
        }
    }
}
