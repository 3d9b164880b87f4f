package org.scorecardkit.collect.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The open live pages' event streams, by instrument: told of every stored response, it recomputes that
 * instrument's figures at most once per {@link #MIN_GAP_MILLIS} however many arrive, on its own thread
 * (the endpoint never waits for a tally), and pushes them to every stream of the instrument; it sends each
 * stream a heartbeat, and holds at most {@link #MAX_STREAMS} streams.
 */
final class LiveStreams implements AutoCloseable {
    static final int MAX_STREAMS = 64;
    static final long MIN_GAP_MILLIS = 500;

    /** The streams of one instrument, and whether a recount is already on its way. */
    private static final class Feed {
        final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();
        final AtomicBoolean due = new AtomicBoolean();
        volatile long lastRun;
    }

    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Function<String, String> figures;
    private final ScheduledExecutorService worker;
    private final long heartbeatMillis;

    /** @param figures the current figures of an instrument as the event's JSON (runs on the worker thread) */
    LiveStreams(Function<String, String> figures, long heartbeatMillis) {
        this.figures = figures;
        this.heartbeatMillis = heartbeatMillis;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scorecard-live");
            t.setDaemon(true);
            return t;
        });
        worker.scheduleWithFixedDelay(this::heartbeat, heartbeatMillis, heartbeatMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes a new stream and sends it the opening, then (from the worker, so no older figures can follow
     * newer ones) the current figures; false when {@link #MAX_STREAMS} are open (the stream is not taken).
     */
    boolean add(LiveStream stream) {
        if (open.incrementAndGet() > MAX_STREAMS) {
            open.decrementAndGet();
            return false;
        }
        feeds.compute(stream.instrument(), (k, feed) -> {
            Feed f = feed == null ? new Feed() : feed;
            f.streams.add(stream);
            return f;
        });
        stream.open(3000);
        try {
            worker.execute(() -> {
                try {
                    stream.figures(figures.apply(stream.instrument()));
                } catch (RuntimeException e) {
                    stream.close();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            stream.close();
        }
        return true;
    }

    /** Forgets a stream that ended. */
    void remove(LiveStream stream) {
        feeds.computeIfPresent(stream.instrument(), (k, feed) -> {
            if (feed.streams.remove(stream)) {
                open.decrementAndGet();
            }
            return feed.streams.isEmpty() ? null : feed;
        });
    }

    /** A response of this instrument was stored: schedules one recount unless one is already due. */
    void stored(String instrument) {
        Feed feed = feeds.get(instrument);
        if (feed == null || !feed.due.compareAndSet(false, true)) {
            return;
        }
        long wait = Math.max(0, feed.lastRun + MIN_GAP_MILLIS - System.currentTimeMillis());
        try {
            worker.schedule(() -> recount(instrument, feed), wait, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            feed.due.set(false);
        }
    }

    private void recount(String instrument, Feed feed) {
        feed.lastRun = System.currentTimeMillis();
        // Cleared before counting: a response stored while this tally runs schedules the next one.
        feed.due.set(false);
        if (feed.streams.isEmpty()) {
            return;
        }
        String json;
        try {
            json = figures.apply(instrument);
        } catch (RuntimeException e) {
            return; // The pages keep the last figures; the next stored response tries again.
        }
        feed.streams.forEach(s -> s.figures(json));
    }

    private void heartbeat() {
        long now = System.nanoTime();
        long stuck = TimeUnit.MILLISECONDS.toNanos(4 * heartbeatMillis);
        feeds.values().forEach(feed -> feed.streams.forEach(s -> s.heartbeat(now, stuck)));
    }

    /** How many streams are open, all instruments together. */
    int open() {
        return open.get();
    }

    /** Ends every open stream (the collector is stopping). */
    void endAll() {
        feeds.values().forEach(feed -> List.copyOf(feed.streams).forEach(LiveStream::close));
    }

    /** Ends every stream and the worker. */
    @Override
    public void close() {
        worker.shutdownNow();
        endAll();
        feeds.clear();
    }
}
