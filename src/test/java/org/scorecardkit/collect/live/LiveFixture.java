package org.scorecardkit.collect.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.scorecardkit.collect.ResponseEvents;
import org.scorecardkit.collect.store.ResponseStore;
import org.scorecardkit.collect.store.StoredResponse;
import org.scorecardkit.collect.store.TokenStore;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.stats.Summary;

/**
 * The admin routes on a real Jetty server on a free loopback port, in front of a handler that answers
 * "next" (so a path the routes leave alone shows), with in-memory token and response stores, and the
 * figures tallied by the file tally from the stored responses written as a CSV file.
 */
final class LiveFixture implements AutoCloseable {
    final SiteContent content;
    final MemoryTokens tokens = new MemoryTokens();
    final MemoryResponses responses = new MemoryResponses();
    final ResponseEvents events = new ResponseEvents();
    final AdminRoutes routes;
    final Server server = new Server();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Path dir;
    final int port;
    /** When the figures were tallied (System.nanoTime), in order. */
    final List<Long> tallies = java.util.Collections.synchronizedList(new ArrayList<>());

    LiveFixture(Path dir) {
        this(dir, TallyFixtures.content(), AdminRoutes.HEARTBEAT_MILLIS);
    }

    LiveFixture(Path dir, SiteContent content, long heartbeatMillis) {
        this.dir = dir;
        this.content = content;
        routes = new AdminRoutes(content, tokens, responses, events, this::tally, heartbeatMillis, Clock.systemUTC());
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Sequence(routes, new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) {
                response.setStatus(HttpStatus.OK_200);
                Content.Sink.write(response, true, "next", callback);
                return true;
            }
        }));
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        port = connector.getLocalPort();
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    URI uri(String path) {
        return URI.create(origin() + path);
    }

    HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET();
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stores a response of the instrument with these answers and tells the live pages, as the endpoint does. */
    void answer(String instrument, Map<String, String> answers) {
        Instrument i = content.instrument(instrument);
        responses.store(new StoredResponse(0, instrument, i.version(), "s" + responses.next.incrementAndGet(),
                Instant.now(), null, null, null, answers)).join();
        events.stored(instrument);
    }

    /** The file tally of the stored responses: what DatabaseTally gives for the same rows. */
    private Summary.Numbers tally(Instrument instrument) {
        tallies.add(System.nanoTime());
        StringBuilder csv = new StringBuilder("respondent,group,date");
        for (String c : instrument.columns()) {
            csv.append(',').append(c);
        }
        csv.append('\n');
        responses.forEach(instrument.id(), null, r -> {
            csv.append(r.submission()).append(",,");
            for (String c : instrument.columns()) {
                csv.append(',').append(quote(r.answers().getOrDefault(c, "")));
            }
            csv.append('\n');
        });
        try {
            Path file = Files.createTempFile(dir, instrument.id(), ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            Summary.Numbers n = Tally.run(instrument, new Tally.Options(List.of(file), null, List.of()), p -> { }).summary().whole();
            Files.delete(file);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        return s.matches("[^\",\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Admin tokens in memory, kept as SHA-256 hashes like the real store. */
    static final class MemoryTokens implements TokenStore {
        private final Map<String, String> activeByHash = new ConcurrentHashMap<>();
        private final Map<String, Token> byName = new TreeMap<>();

        @Override
        public synchronized String create(String name) {
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            String token = HexFormat.of().formatHex(b);
            activeByHash.put(hash(token), name);
            byName.put(name, new Token(name, Instant.now(), null));
            return token;
        }

        @Override
        public synchronized List<Token> list() {
            return new ArrayList<>(byName.values());
        }

        @Override
        public synchronized boolean revoke(String name) {
            boolean any = activeByHash.values().removeIf(name::equals);
            byName.computeIfPresent(name, (k, t) -> new Token(k, t.created(), Instant.now()));
            return any;
        }

        @Override
        public String check(String token) {
            return token == null || token.isBlank() ? null : activeByHash.get(hash(token));
        }

        @Override
        public boolean any() {
            return !activeByHash.isEmpty();
        }

        private static String hash(String token) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Responses in memory, stored once per submission id, read back in id order. */
    static final class MemoryResponses implements ResponseStore {
        final AtomicLong next = new AtomicLong();
        private final List<StoredResponse> rows = new ArrayList<>();

        @Override
        public synchronized CompletableFuture<Outcome> store(StoredResponse r) {
            if (rows.stream().anyMatch(s -> s.instrument().equals(r.instrument()) && s.submission().equals(r.submission()))) {
                return CompletableFuture.completedFuture(Outcome.ALREADY_STORED);
            }
            rows.add(new StoredResponse(rows.size() + 1, r.instrument(), r.version(), r.submission(), r.received(),
                    r.respondent(), r.group(), r.date(), r.answers()));
            return CompletableFuture.completedFuture(Outcome.STORED);
        }

        @Override
        public void discarded(String instrument, String why) {
        }

        @Override
        public Map<String, Long> discarded(String instrument) {
            return Map.of();
        }

        @Override
        public synchronized long count(String instrument) {
            return rows.stream().filter(r -> r.instrument().equals(instrument)).count();
        }

        @Override
        public void forEach(String instrument, Instant since, Consumer<StoredResponse> each) {
            List<StoredResponse> copy;
            synchronized (this) {
                copy = List.copyOf(rows);
            }
            copy.stream().filter(r -> r.instrument().equals(instrument))
                    .filter(r -> since == null || !r.received().isBefore(since)).forEach(each);
        }
    }
}
