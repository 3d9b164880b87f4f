package org.scorecardkit.collect.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a server-sent event stream with java.net.http, line by line, on the client's own threads: each
 * read waits for the next line with a timeout (never a sleep), and fails the test when none comes.
 */
final class SseReader implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String END = "\u0000end";

    final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> reading;

    SseReader(HttpClient client, HttpRequest request) throws Exception {
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        reading = CompletableFuture.runAsync(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // The stream ended or was closed by the test.
            }
            lines.add(END);
        });
    }

    /** The next line, waiting at most {@code seconds}. */
    String line(int seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no line of the event stream within " + seconds + " s");
        }
        if (line == END) {
            throw new AssertionError("the event stream ended");
        }
        return line;
    }

    /** The data of the next "figures" event, as JSON. */
    JsonNode figures(int seconds) throws Exception {
        boolean named = false;
        while (true) {
            String line = line(seconds);
            if (line.equals("event: figures")) {
                named = true;
            } else if (named && line.startsWith("data: ")) {
                return JSON.readTree(line.substring("data: ".length()));
            }
        }
    }

    /** Figures events until one counts {@code n}; returns how many it took. */
    int figuresUntil(long n, int seconds) throws Exception {
        int events = 0;
        while (true) {
            events++;
            if (figures(seconds).path("n").asLong() == n) {
                return events;
            }
        }
    }

    @Override
    public void close() {
        reading.cancel(true);
        response.body().close();
    }
}
