package org.scorecardkit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.collect.store.Database;

/** {@code scorecard collect} and {@code collect token} through the CLI, in-process, on a real SQLite file. */
class CollectCommandTest {
    static final Pattern COLLECTING = Pattern.compile("Collecting on (http://127\\.0\\.0\\.1:\\d+/)");
    static final String CONTENT = CollectorFixture.CONTENT.toString();

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("responses.db").toString();
    }

    @Test
    void aTokenIsPrintedOnceListedWithoutItselfAndRevoked() throws Exception {
        assertEquals(0, Main.run("collect", "token", "create", "laptop", "--db", db()), console.err());
        List<String> made = console.out().lines().toList();
        String token = made.get(0);
        assertEquals(2, made.size(), console.out());
        assertTrue(made.get(1).contains("cannot be shown again"), made.get(1));
        try (Database d = Database.open(db(), tmp)) {
            assertEquals("laptop", d.tokens().check(token));
        }

        console.reset();
        assertEquals(0, Main.run("collect", "token", "list", "--db", db()));
        assertTrue(console.out().lines().anyMatch(l -> l.startsWith("laptop ") && l.endsWith("active")), console.out());
        assertFalse(console.out().contains(token), "the list never shows a token");

        console.reset();
        assertEquals(0, Main.run("collect", "token", "revoke", "laptop", "--db", db()), console.err());
        assertEquals(0, Main.run("collect", "token", "list", "--db", db()));
        assertTrue(console.out().lines().anyMatch(l -> l.startsWith("laptop ") && l.contains("revoked 20")), console.out());
        try (Database d = Database.open(db(), tmp)) {
            assertNull(d.tokens().check(token), "a revoked token opens nothing");
        }
    }

    @Test
    void revokingNoSuchTokenIsOneLineAndExitOne() {
        assertEquals(1, Main.run("collect", "token", "revoke", "nobody", "--db", db()));
        assertEquals(List.of("collect token: no active token named \"nobody\"; see scorecard collect token list"),
                console.err().lines().toList());
    }

    @Test
    void aSecondActiveTokenOfOneNameIsRefusedInOneLine() {
        assertEquals(0, Main.run("collect", "token", "create", "laptop", "--db", db()));
        console.reset();
        assertEquals(1, Main.run("collect", "token", "create", "laptop", "--db", db()));
        assertEquals(1, console.err().lines().count(), console.err());
        assertTrue(console.err().startsWith("collect token: "), console.err());
        assertEquals("", console.out());
    }

    @Test
    void invalidContentListsItsProblemsAndOpensNoDatabase() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/instruments"));
        Files.writeString(tmp.resolve("content/site.yaml"), "title: Broken\n");
        Files.writeString(content.resolve("bad.yaml"), "id: bad\nversion: 1\ntitle: Bad\nkind: nonsense\nitems: []\n");

        assertEquals(1, Main.run("collect", "--content", tmp.resolve("content").toString(), "--db", db(), "--port", "0"));
        assertTrue(console.err().contains("bad.yaml"), console.err());
        assertTrue(console.err().lines().anyMatch(l -> l.matches("\\d+ problems? in .*")), console.err());
        assertFalse(Files.exists(tmp.resolve("responses.db")));
    }

    @Test
    void aTakenPortIsOneLineAndExitOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(1, Main.run("collect", "--port", String.valueOf(port), "--content", CONTENT, "--db", db()));
            assertEquals(List.of("collect: port " + port + " on 127.0.0.1 is in use (or not ours to take); choose another with"
                    + " --port N (0 picks a free one)"), console.err().lines().toList());
        }
    }

    @Test
    void badOptionsAndAddressesAreOneLineEach() throws Exception {
        assertEquals(2, Main.run("collect", "--rate-limit", "-1", "--content", CONTENT, "--db", db()));
        console.reset();
        assertEquals(1, Main.run("collect", "--site", tmp.toString(), "--content", CONTENT, "--db", db(), "--port", "0"));
        assertEquals(1, console.err().lines().count(), console.err());
        assertTrue(console.err().contains("scorecard build --out"), console.err());
        console.reset();
        assertEquals(1, Main.run("collect", "token", "list", "--db", "mysql://db.example/x"));
        assertEquals(1, console.err().lines().count(), console.err());
        assertTrue(console.err().startsWith("collect token: "), console.err());
    }

    @Test
    void collectStoresPostsUntilInterruptedThenClosesTheDatabase() throws Exception {
        AtomicInteger code = new AtomicInteger(-1);
        Thread run = new Thread(() -> code.set(Main.run("collect", "--port", "0", "--content", CONTENT, "--db", db())), "collect");
        run.start();
        URI uri = awaitCollecting(run);
        assertTrue(console.out().contains("token create NAME"), "no token yet: the admin pages are off, and it says so");

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("responses/trio"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":2,\"a\":5,\"_id\":\"cli-1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());

        run.interrupt();
        run.join(60_000);
        assertEquals(0, code.get(), console.err());
        assertTrue(console.out().contains("Stopped."), console.out());
        try (Database d = Database.open(db(), tmp)) {
            assertEquals(1, d.responses().count("trio"));
        }
    }

    private URI awaitCollecting(Thread run) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end && run.isAlive()) {
            Matcher m = COLLECTING.matcher(console.out());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not collecting; out: " + console.out() + " err: " + console.err());
    }
}
