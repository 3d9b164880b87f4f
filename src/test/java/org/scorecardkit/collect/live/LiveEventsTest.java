package org.scorecardkit.collect.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.TallyFixtures;

/**
 * The live page's event stream over real HTTP: it opens with the current figures, pushes new ones when a
 * response is stored (recounted at most twice a second however many arrive), sends heartbeats, lets go of a
 * client that went away, and holds a bounded number of streams.
 */
class LiveEventsTest {
    @TempDir
    Path dir;
    LiveFixture live;

    @AfterEach
    void stop() throws Exception {
        live.close();
    }

    private HttpRequest events(String token, String id) {
        return live.get("/live/" + id + "/events").header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(2)).build();
    }

    @Test
    void aStoredResponseIsPushedWithTheNewFigures() throws Exception {
        live = new LiveFixture(dir);
        String token = live.tokens.create("ops");
        live.answer("nps", Map.of("recommend", "10"));
        try (SseReader stream = new SseReader(live.http, events(token, "nps"))) {
            assertEquals(200, stream.response.statusCode());
            assertTrue(stream.response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            JsonNode first = stream.figures(10);
            assertEquals(1, first.path("n").asLong());
            assertEquals("+100", first.path("text").path("nps.score").asText());

            live.answer("nps", Map.of("recommend", "3"));
            JsonNode next = stream.figures(10);
            assertEquals(2, next.path("n").asLong());
            assertEquals("2", next.path("text").path("n").asText());
            assertEquals("0", next.path("text").path("nps.score").asText());
            assertEquals("1 (50.0%)", next.path("text").path("nps.detractors").asText());
            assertEquals(0.5, next.path("bars").path("nps.promoters").asDouble());
            assertEquals("1 (50.0%)", next.path("text").path(LiveFigures.answer("recommend", "3")).asText());
            assertEquals("0 (0.0%)", next.path("text").path(LiveFigures.answer("recommend", "5")).asText());
        }
    }

    @Test
    void aBurstOfResponsesIsRecountedAtMostTwiceASecond() throws Exception {
        live = new LiveFixture(dir);
        String token = live.tokens.create("ops");
        try (SseReader stream = new SseReader(live.http, events(token, "trio"))) {
            assertEquals(0, stream.figures(10).path("n").asLong());
            int talliesBefore = live.tallies.size();
            long start = System.nanoTime();
            for (int i = 0; i < 60; i++) {
                live.answer("trio", Map.of("a", "1", "b", "2", "c", String.valueOf(1 + i % 5)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int events = stream.figuresUntil(60, 10);
            // One more after the burst: every recount the burst caused has been pushed before this one.
            live.answer("trio", Map.of("a", "1", "b", "1", "c", "1"));
            events += stream.figuresUntil(61, 10);
            // During the burst one recount at once and one per half second, one after it, one for the last:
            // never one per response.
            assertTrue(events <= 3 + 2 * seconds, events + " events in " + seconds + " s for 61 responses");
            List<Long> times = List.copyOf(live.tallies.subList(talliesBefore, live.tallies.size()));
            for (int i = 0; i + 2 < times.size(); i++) {
                long gap = times.get(i + 2) - times.get(i);
                assertTrue(gap >= 900_000_000L, "three recounts within " + gap / 1e6 + " ms");
            }
        }
    }

    @Test
    void theScoreOfASelfAssessmentAndTheCoverageOfAChecklistArePushed() throws Exception {
        live = new LiveFixture(dir);
        String token = live.tokens.create("ops");
        live.answer("trio", Map.of("a", "5", "b", "5", "c", "5"));
        live.answer("trio", Map.of("a", "1", "b", "2", "c", "1"));
        try (SseReader stream = new SseReader(live.http, events(token, "trio"))) {
            JsonNode f = stream.figures(10);
            assertEquals("9.50", f.path("text").path("score.mean").asText());
            assertEquals("1 (50.0%)", f.path("text").path(LiveFigures.band("High")).asText());
            assertEquals("1 (50.0%)", f.path("text").path(LiveFigures.band("Low")).asText());
            assertEquals("0 (0.0%)", f.path("text").path(LiveFigures.band("Middle")).asText());
        }
        live.answer("mini", Map.of("p", "yes", "q", "partly", "r", "no"));
        try (SseReader stream = new SseReader(live.http, events(token, "mini"))) {
            JsonNode f = stream.figures(10);
            assertEquals("75.0%", f.path("text").path(LiveFigures.section("s1")).asText(), f.toString());
            assertEquals("0.0%", f.path("text").path(LiveFigures.section("s2")).asText());
            assertEquals(0.75, f.path("bars").path(LiveFigures.section("s1")).asDouble());
        }
    }

    @Test
    void heartbeatsKeepTheStreamAliveAndAGoneClientIsLetGo() throws Exception {
        live = new LiveFixture(dir, TallyFixtures.content(), 200);
        String token = live.tokens.create("ops");
        try (Socket socket = new Socket("127.0.0.1", live.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /live/nps/events HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(in.readLine().contains(" 200 "));
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.equals(": heartbeat"));
            assertEquals(": heartbeat", line);
            assertEquals(1, live.routes.openStreams());
        }
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (live.routes.openStreams() > 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(0, live.routes.openStreams(), "the stream of a closed connection is let go within a few heartbeats");
    }

    @Test
    void theNumberOfOpenStreamsIsBounded() throws Exception {
        live = new LiveFixture(dir);
        String token = live.tokens.create("ops");
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < LiveStreams.MAX_STREAMS; i++) {
                open.add(openStream(token));
                assertTrue(status(open.get(i)).contains(" 200 "), "stream " + i);
            }
            try (Socket extra = openStream(token)) {
                assertTrue(status(extra).contains(" 503 "));
            }
            assertEquals(LiveStreams.MAX_STREAMS, live.routes.openStreams());
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    @Test
    void theStreamNeedsATokenAndAKnownInstrument() throws Exception {
        live = new LiveFixture(dir);
        String token = live.tokens.create("ops");
        assertEquals(401, live.send(live.get("/live/nps/events").header("Accept", "text/event-stream")).statusCode());
        assertEquals(404, live.send(live.get("/live/nope/events").header("Authorization", "Bearer " + token)).statusCode());
    }

    private Socket openStream(String token) throws Exception {
        Socket s = new Socket("127.0.0.1", live.port);
        s.setSoTimeout(10_000);
        s.getOutputStream().write(("GET /live/nps/events HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    private static String status(Socket s) throws Exception {
        StringBuilder line = new StringBuilder();
        for (int c = s.getInputStream().read(); c != -1 && c != '\n'; c = s.getInputStream().read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
