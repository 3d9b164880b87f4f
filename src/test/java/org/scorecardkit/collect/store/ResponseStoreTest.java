package org.scorecardkit.collect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scorecardkit.collect.store.ResponseStore.Outcome;

/** Storing responses exactly once per submission id, under concurrency, and reading them back, in both dialects. */
class ResponseStoreTest {
    @TempDir
    Path folder;

    private static StoredResponse response(String submission, Instant received, Map<String, String> answers) {
        return new StoredResponse(0, "wellbeing", "2", submission, received, "r-" + submission, "north", "2026-12-01", answers);
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void aStoredResponseIsCountedAndReadBackAsItWasStored(Database.Dialect dialect) throws Exception {
        Instant received = Instant.parse("2026-12-01T10:15:30.123Z");
        try (Database db = Databases.open(dialect, folder)) {
            StoredResponse sent = response("s1", received, Map.of("q1", "4"));
            assertEquals(Outcome.STORED, db.responses().store(sent).get());
            assertEquals(1, db.responses().count("wellbeing"));
            assertEquals(0, db.responses().count("other"));
            List<StoredResponse> back = all(db.responses(), "wellbeing", null);
            assertEquals(1, back.size());
            StoredResponse r = back.get(0);
            assertTrue(r.id() > 0);
            assertEquals(new StoredResponse(r.id(), "wellbeing", "2", "s1", received, "r-s1", "north", "2026-12-01", Map.of("q1", "4")), r);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void theSameSubmissionAgainStoresNothingAndOtherAnswersUnderItAreAConflict(Database.Dialect dialect) throws Exception {
        try (Database db = Databases.open(dialect, folder)) {
            ResponseStore store = db.responses();
            assertEquals(Outcome.STORED, store.store(response("s1", Instant.now(), Map.of("q1", "4", "q2", "1"))).get());
            // A retry: a later time, the same answers (in another order).
            assertEquals(Outcome.ALREADY_STORED, store.store(response("s1", Instant.now().plusSeconds(5), Map.of("q2", "1", "q1", "4"))).get());
            assertEquals(Outcome.CONFLICT, store.store(response("s1", Instant.now(), Map.of("q1", "5", "q2", "1"))).get());
            StoredResponse otherGroup = new StoredResponse(0, "wellbeing", "2", "s1", Instant.now(), "r-s1", "south", "2026-12-01", Map.of("q1", "4", "q2", "1"));
            assertEquals(Outcome.CONFLICT, store.store(otherGroup).get());
            StoredResponse otherRespondent = new StoredResponse(0, "wellbeing", "2", "s1", Instant.now(), null, "north", "2026-12-01", Map.of("q1", "4", "q2", "1"));
            assertEquals(Outcome.CONFLICT, store.store(otherRespondent).get());
            assertEquals(1, store.count("wellbeing"));
            assertEquals(Map.of("q1", "4", "q2", "1"), all(store, "wellbeing", null).get(0).answers());
            // The same submission id under another instrument is another submission.
            StoredResponse elsewhere = new StoredResponse(0, "stress", "1", "s1", Instant.now(), null, null, null, Map.of("q1", "1"));
            assertEquals(Outcome.STORED, store.store(elsewhere).get());
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void manyThreadsStoringAtOnceAreAllStoredExactlyOnce(Database.Dialect dialect) throws Exception {
        int threads = 50;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Database db = Databases.open(dialect, folder)) {
            List<Future<List<Outcome>>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    List<Outcome> outcomes = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        // Every tenth post is sent twice, as a client's retry would.
                        StoredResponse r = response(thread + "-" + i, Instant.now(), Map.of("q1", String.valueOf(i % 5)));
                        outcomes.add(db.responses().store(r).get());
                        if (i % 10 == 0) {
                            outcomes.add(db.responses().store(r).get());
                        }
                    }
                    return outcomes;
                }));
            }
            int stored = 0;
            int again = 0;
            for (Future<List<Outcome>> f : work) {
                for (Outcome o : f.get(60, TimeUnit.SECONDS)) {
                    stored += o == Outcome.STORED ? 1 : 0;
                    again += o == Outcome.ALREADY_STORED ? 1 : 0;
                }
            }
            assertEquals(threads * each, stored);
            assertEquals(threads * each / 10, again);
            assertEquals(threads * each, db.responses().count("wellbeing"));
            Set<String> submissions = new HashSet<>();
            all(db.responses(), "wellbeing", null).forEach(r -> submissions.add(r.submission()));
            assertEquals(threads * each, submissions.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void responsesAreReadInIdOrderFromTheSinceTimeOn(Database.Dialect dialect) throws Exception {
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        try (Database db = Databases.open(dialect, folder)) {
            // Stored out of time order: the id order is the storing order, whatever the times.
            for (String s : List.of("c:2", "a:0", "d:3", "b:1")) {
                Instant received = t0.plusSeconds(3600L * Integer.parseInt(s.substring(2)));
                db.responses().store(response(s.substring(0, 1), received, Map.of("q1", "1"))).get();
            }
            db.responses().store(new StoredResponse(0, "other", "1", "x", t0.plusSeconds(99_999), null, null, null, Map.of())).get();
            assertEquals(List.of("c", "a", "d", "b"), submissions(db.responses(), null));
            assertEquals(List.of("c", "d", "b"), submissions(db.responses(), t0.plusSeconds(3600)));
            assertEquals(List.of(), submissions(db.responses(), t0.plusSeconds(4 * 3600)));
            List<Long> ids = all(db.responses(), "wellbeing", null).stream().map(StoredResponse::id).toList();
            assertEquals(ids.stream().sorted().toList(), ids);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void discardedPostsAreCountedByInstrumentAndWhy(Database.Dialect dialect) throws Exception {
        try (Database db = Databases.open(dialect, folder)) {
            for (int i = 0; i < 3; i++) {
                db.responses().discarded("wellbeing", "spam-trap");
            }
            db.responses().discarded("wellbeing", "too-fast");
            db.responses().discarded("stress", "too-fast");
            assertEquals(Map.of("spam-trap", 3L, "too-fast", 1L), db.responses().discarded("wellbeing"));
            assertEquals(Map.of("too-fast", 1L), db.responses().discarded("stress"));
            assertEquals(Map.of(), db.responses().discarded("nothing"));
            assertEquals(0, db.responses().count("wellbeing"));
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Dialect.class)
    void closingWritesEveryQueuedResponseFirstAndRefusesLaterOnes(Database.Dialect dialect) throws Exception {
        String address = Databases.address(dialect, folder);
        List<CompletableFuture<Outcome>> pending = new ArrayList<>();
        Database db = Database.open(address, folder);
        for (int i = 0; i < 500; i++) {
            pending.add(db.responses().store(response("q" + i, Instant.now(), Map.of("q1", "2"))));
        }
        db.close();
        for (CompletableFuture<Outcome> f : pending) {
            assertEquals(Outcome.STORED, f.getNow(null));
        }
        ExecutionException late = assertThrows(ExecutionException.class,
                () -> db.responses().store(response("late", Instant.now(), Map.of())).get(5, TimeUnit.SECONDS));
        assertTrue(late.getCause() instanceof RuntimeException || late.getCause() instanceof java.sql.SQLException, late.toString());
        try (Database again = Database.open(address, folder)) {
            assertEquals(500, again.responses().count("wellbeing"));
        }
    }

    private static List<String> submissions(ResponseStore store, Instant since) {
        return all(store, "wellbeing", since).stream().map(StoredResponse::submission).toList();
    }

    private static List<StoredResponse> all(ResponseStore store, String instrument, Instant since) {
        List<StoredResponse> rows = new ArrayList<>();
        store.forEach(instrument, since, rows::add);
        return rows;
    }
}
