package org.scorecardkit.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;

/**
 * DNS rebinding against the preview: a request whose {@code Host} is another site's name gets 403
 * and none of the site; requests addressed to the loopback names get the page.
 */
class PreviewHostCheckTest {
    @TempDir
    static Path tmp;
    static PreviewServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        Path content = TestFiles.copyTree(SiteBuildTest.BASIC, tmp.resolve("content"));
        Path templates = TestFiles.copyTree(Path.of("templates"), tmp.resolve("templates"));
        server = new PreviewServer(new Preview(content, templates, tmp.resolve("work")), 0, state -> { });
        port = server.uri().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The raw response to a GET with exactly this Host line (null: none), as a browser after rebinding would send it. */
    static String get(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String request = "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void assertRefused(String response) {
        assertTrue(response.startsWith("HTTP/1.1 403 "), response);
        assertTrue(response.contains("This preview answers only requests addressed to http://localhost:" + port + "/"), response);
        assertFalse(response.contains("Welcome to the fixture") || response.contains("\"build\""), response);
    }

    @Test
    void anotherSitesNameGetsForbiddenAndNoContent() throws IOException {
        assertRefused(get("/", "evil.example"));
        assertRefused(get("/", "evil.example:" + port));
        assertRefused(get("/__scorecard/state", "evil.example:" + port));
        assertRefused(get("/pulse/", "127.0.0.1.evil.example:" + port));
    }

    @Test
    void aMissingHostOrALoopbackNameOnAnotherPortIsRefusedToo() throws IOException {
        assertRefused(get("/", null));
        assertRefused(get("/", "localhost:" + (port == 65535 ? 1 : port + 1)));
        assertRefused(get("/", "localhost"));
    }

    @Test
    void theLoopbackNamesWithThePortGetThePage() throws IOException {
        for (String host : new String[] {"localhost:" + port, "LocalHost:" + port, "127.0.0.1:" + port, "[::1]:" + port}) {
            String response = get("/", host);
            assertTrue(response.startsWith("HTTP/1.1 200 "), host + ": " + response);
            assertTrue(response.contains("Welcome to the fixture"), host + ": " + response);
        }
    }

    @Test
    void theBoundAddressCountsAsLoopbackAndPortEightyMayBeLeftOut() throws IOException {
        PreviewHostCheck onV6 = new PreviewHostCheck(new InetSocketAddress(InetAddress.getByName("::1"), 8000));
        assertTrue(onV6.allows("[0:0:0:0:0:0:0:1]:8000"), "the bound address as Java writes it");
        assertTrue(onV6.allows("[::1]:8000"));
        assertTrue(onV6.allows("127.0.0.1:8000"));
        assertFalse(onV6.allows("127.0.0.1"), "without the port");
        PreviewHostCheck on80 = new PreviewHostCheck(new InetSocketAddress(InetAddress.getLoopbackAddress(), 80));
        assertTrue(on80.allows("localhost"));
        assertTrue(on80.allows("localhost:80"));
        assertFalse(on80.allows("localhost.:80"));
        assertFalse(on80.allows("evil.example"));
    }
}
