package org.scorecardkit.collect.store;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The collector's responses in its database: stores checked responses durably and exactly once per
 * submission id, counts what was discarded (spam trap, sent too fast), and reads them back in id order.
 */
public interface ResponseStore {
    /** What storing a response did. */
    enum Outcome {
        /** Written and on disk (committed with a full sync). */
        STORED,
        /** A response with this instrument and submission id was stored before, with the same answers: nothing written. */
        ALREADY_STORED,
        /** The submission id was stored before with other answers: nothing written. */
        CONFLICT
    }

    /**
     * Stores a response; the future completes only once the row is durable (or with the failure).
     * The response's id is ignored.
     */
    CompletableFuture<Outcome> store(StoredResponse response);

    /** Counts one post that was answered as a success but stored nowhere, by why (e.g. "spam-trap", "too-fast"). */
    void discarded(String instrument, String why);

    /** The discarded posts of an instrument counted so far, by why. */
    Map<String, Long> discarded(String instrument);

    /** How many responses of an instrument are stored. */
    long count(String instrument);

    /**
     * Every stored response of an instrument, in id order, received at or after {@code since} (null: all),
     * streamed: memory does not grow with the rows.
     */
    void forEach(String instrument, Instant since, Consumer<StoredResponse> each);
}
