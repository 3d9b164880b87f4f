package org.scorecardkit.tally.read;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads response files on a thread of its own, ahead of whoever counts the rows, through a bounded
 * pool of batches: the reader fills a free batch, queues it, and takes another, so reading runs
 * while the content is still loading or the previous batch is being counted, and memory stays
 * bounded by the pool however large the files: in number of batches, and in bytes when long cells
 * make batches grow. Produces the batches in file order, or the failure that stopped the reader.
 */
public final class ReadAhead implements AutoCloseable {
    /**
     * At most this many batches exist, filled or free: about 10 MB of standard batches. Enough to read
     * ahead while the content loads; more only fills the tally's fixed 160 MB heap (wide skillset rows
     * ran at half speed with 256).
     */
    static final int POOL = 32;
    /** At most this many bytes beyond standard-sized batches wait to be counted: long cells cannot fill the heap. */
    static final long EXCESS_IN_FLIGHT = 32L << 20;
    /** How often a waiting counter checks that the reader is still alive. */
    private static final long CHECK_MILLIS = 200;

    // One more place than batches, so that the end marker always fits.
    private final BlockingQueue<CellBatch> full = new ArrayBlockingQueue<>(POOL + 1);
    private final BlockingQueue<CellBatch> free = new ArrayBlockingQueue<>(POOL);
    private final Object weighing = new Object();
    private final Thread thread;
    private final Consumer<CellBatch> afterRead;
    private final long excessBound;
    private int created;
    private long excessInFlight;
    private volatile boolean stopped;
    private volatile Throwable failure;
    private volatile String reading;

    /** A finished reading: put on the queue after the last batch. */
    private static final CellBatch DONE = new CellBatch();

    /** @param afterRead work done on the reader's thread on every batch, in order, before it is queued */
    public ReadAhead(List<Path> files, int firstIndex, Consumer<CellBatch> afterRead) {
        this(EXCESS_IN_FLIGHT, ResponseSource.files(files, null), firstIndex, afterRead);
    }

    /** Reads these sources, in order. */
    public static ReadAhead of(List<ResponseSource> sources, int firstIndex, Consumer<CellBatch> afterRead) {
        return new ReadAhead(EXCESS_IN_FLIGHT, sources, firstIndex, afterRead);
    }

    /** @param excessBound the bytes beyond standard-sized batches that may wait to be counted */
    ReadAhead(List<Path> files, int firstIndex, Consumer<CellBatch> afterRead, long excessBound) {
        this(excessBound, ResponseSource.files(files, null), firstIndex, afterRead);
    }

    private ReadAhead(long excessBound, List<ResponseSource> files, int firstIndex, Consumer<CellBatch> afterRead) {
        this.afterRead = afterRead;
        this.excessBound = excessBound;
        thread = new Thread(() -> run(files, firstIndex), "tally-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads every file; whatever stops the reader, an Error included, is kept for the counting thread and ends the run. */
    private void run(List<ResponseSource> files, int firstIndex) {
        try {
            CellBatch b = fresh();
            for (int i = 0; i < files.size(); i++) {
                reading = files.get(i).name();
                b = files.get(i).read(firstIndex + i, b, this::handOver);
            }
        } catch (Stopped e) {
            return;
        } catch (Throwable e) {
            // Kept as it is: under OutOfMemoryError, building a message here could fail again.
            failure = e;
        }
        // Never throws: the queue has room for every batch and the marker; next() also watches the thread.
        full.offer(DONE);
    }

    /** Queues a full batch and gives the reader an empty one: a recycled one, a new one while the pool allows, or waits. */
    private CellBatch handOver(CellBatch batch) {
        try {
            weigh(batch);
            afterRead.accept(batch);
            full.put(batch);
            return fresh();
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** Waits while the batches grown by long cells that wait to be counted hold too much already; one always passes. */
    private void weigh(CellBatch batch) throws InterruptedException {
        long excess = batch.excess();
        batch.weighed = excess;
        if (excess <= 0) {
            return;
        }
        synchronized (weighing) {
            while (excessInFlight > 0 && excessInFlight + excess > excessBound) {
                if (stopped) {
                    throw new Stopped();
                }
                weighing.wait();
            }
            excessInFlight += excess;
        }
    }

    private CellBatch fresh() {
        if (stopped) {
            throw new Stopped();
        }
        CellBatch b = free.poll();
        if (b != null) {
            return b;
        }
        if (created < POOL) {
            created++;
            return new CellBatch();
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /**
     * The next batch in file order, or null after the last; rethrows what stopped the reader (an
     * Error as a {@link ReadFailure}). Never waits on a reader that is no longer running.
     */
    public CellBatch next() throws InterruptedException {
        CellBatch b = full.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
        while (b == null) {
            if (!thread.isAlive()) {
                // The reader may have queued its last batches just before it ended.
                b = full.poll();
                if (b == null) {
                    throw failed();
                }
                break;
            }
            b = full.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
        if (b == DONE) {
            if (failure != null) {
                throw failed();
            }
            return null;
        }
        return b;
    }

    private RuntimeException failed() {
        Throwable e = failure;
        if (e instanceof RuntimeException r) {
            return r;
        }
        return ReadFailure.of(e, reading);
    }

    /** Whether the counting thread lags behind the reader: two or more batches wait for it. */
    public boolean lagging() {
        return full.size() >= 2;
    }

    /** Gives a counted batch back for the reader to fill again, shrunk to standard size if a long cell made it grow. */
    public void recycle(CellBatch b) {
        if (b.weighed > 0) {
            b.shrink();
            synchronized (weighing) {
                excessInFlight -= b.weighed;
                weighing.notifyAll();
            }
            b.weighed = 0;
        }
        free.offer(b);
    }

    /** Stops the reader, e.g. when the content turned out invalid or the counting failed; it ends soon after. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }

    /** The bytes beyond standard size that the batches queued or being counted hold. */
    long excessInFlight() {
        synchronized (weighing) {
            return excessInFlight;
        }
    }

    Thread.State readerState() {
        return thread.getState();
    }

    /** Waits at most {@code millis} for the reader's thread to end; whether it has. */
    boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(Math.max(1, millis));
        return !thread.isAlive();
    }

    /** Unwinds the reader thread when the tally stops early. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
