package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;

/** {@code scorecard serve} leaves no work folder behind, however it ends: port taken, interrupted, SIGTERM. */
class ServeCommandTest {
    static final Path BASIC = Path.of("src/test/resources/sites/basic");
    static final Pattern SERVING = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/)");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;
    Path tempRoot;

    @BeforeEach
    void ownTempRoot() throws IOException {
        tempRoot = Files.createDirectory(tmp.resolve("tmp"));
        System.setProperty(ServeCommand.TEMP_ROOT, tempRoot.toString());
    }

    @AfterEach
    void clearTempRoot() {
        System.clearProperty(ServeCommand.TEMP_ROOT);
    }

    List<Path> left() throws IOException {
        try (Stream<Path> files = Files.list(tempRoot)) {
            return files.toList();
        }
    }

    @Test
    void aTakenPortExitsOneWithOneLineAndLeavesNoWorkFolder() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            int code = Main.run("serve", "--port", String.valueOf(port), "--content", BASIC.toString());

            assertEquals(1, code);
            assertEquals("serve: port " + port + " is in use; choose another with --port N (0 picks a free one)"
                    + System.lineSeparator(), console.err());
            assertEquals(List.of(), left());
        }
    }

    @Test
    void anInterruptStopsServingAndDeletesTheWorkFolder() throws Exception {
        AtomicInteger code = new AtomicInteger(-1);
        Thread serve = new Thread(() -> code.set(Main.run("serve", "--port", "0", "--content", BASIC.toString())), "serve");
        serve.start();
        URI uri = awaitServing(serve);
        assertEquals(1, left().size(), "the work folder while serving");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Welcome to the fixture"), page.body());

        serve.interrupt();
        serve.join(60_000);

        assertEquals(0, code.get(), console.err());
        assertEquals(List.of(), left());
    }

    @Test
    void anotherThreadsFailureEndsServeWithOneLineAndDeletesTheWorkFolder() throws Exception {
        AtomicInteger code = new AtomicInteger(-1);
        Thread serve = new Thread(() -> code.set(Main.run("serve", "--port", "0", "--content", BASIC.toString())), "serve");
        serve.start();
        awaitServing(serve);
        assertEquals(1, left().size(), "the work folder while serving");

        Thread failing = new Thread(() -> {
            throw new IllegalStateException("a worker of the run died");
        });
        failing.start(); // the run's handler is the default one while serve runs
        serve.join(60_000);

        assertEquals(1, code.get(), console.err());
        assertEquals(List.of(), left());
        assertEquals(1, console.err().lines().filter(l -> l.startsWith("scorecard: ")).count(), console.err());
        assertTrue(console.err().contains("scorecard: IllegalStateException: a worker of the run died" + RunGuard.HINT), console.err());
    }

    @Test
    void sigtermDeletesTheWorkFolder() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ServeCommand.TEMP_ROOT + "=" + tempRoot, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--content", BASIC.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !SERVING.matcher(line).find()) {
                // the first build's line comes before it
            }
            assertTrue(line != null, "serve ended before serving");
            assertEquals(1, left().size(), "the work folder while serving");

            p.destroy(); // SIGTERM

            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve did not end on SIGTERM");
            assertEquals(List.of(), left());
        } finally {
            p.destroyForcibly();
        }
    }

    /** The address serve prints once it serves; fails when the serving thread ends first or after 120 s. */
    URI awaitServing(Thread serve) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end && serve.isAlive()) {
            Matcher m = SERVING.matcher(console.out());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not serving; out: " + console.out() + " err: " + console.err());
    }
}
