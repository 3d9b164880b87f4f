package org.scorecardkit.tally.read;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reads response files on a thread of its own, ahead of whoever counts the rows, through a bounded
 * pool of batches: the reader fills a free batch, queues it, and takes another, so reading runs
 * while the content is still loading or the previous batch is being counted, and memory stays
 * bounded by the pool however large the files. Produces the batches in file order.
 */
public final class ReadAhead implements AutoCloseable {
    /** At most this many batches exist, filled or free: a few tens of megabytes at most. */
    static final int POOL = 256;

    private final BlockingQueue<CellBatch> full = new ArrayBlockingQueue<>(POOL + 1);
    private final BlockingQueue<CellBatch> free = new ArrayBlockingQueue<>(POOL);
    private final Thread thread;
    private final Consumer<CellBatch> afterRead;
    private int created;
    private volatile boolean stopped;
    private volatile RuntimeException failure;

    /** A finished reading: put on the queue after the last batch. */
    private static final CellBatch DONE = new CellBatch();

    /** @param afterRead work done on the reader's thread on every batch, in order, before it is queued */
    public ReadAhead(List<Path> files, int firstIndex, Consumer<CellBatch> afterRead) {
        this.afterRead = afterRead;
        thread = new Thread(() -> run(files, firstIndex), "tally-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(List<Path> files, int firstIndex) {
        try {
            ResponseFiles.read(files, firstIndex, fresh(), this::handOver);
        } catch (Stopped e) {
            return;
        } catch (RuntimeException e) {
            failure = e;
        }
        full.add(DONE);
    }

    /** Queues a full batch and gives the reader an empty one: a recycled one, a new one while the pool allows, or waits. */
    private CellBatch handOver(CellBatch batch) {
        try {
            afterRead.accept(batch);
            full.put(batch);
            return fresh();
        } catch (InterruptedException e) {
            throw new Stopped();
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

    /** The next batch in file order, or null after the last; rethrows what stopped the reader. */
    public CellBatch next() throws InterruptedException {
        CellBatch b = full.take();
        if (b == DONE) {
            if (failure != null) {
                throw failure;
            }
            return null;
        }
        return b;
    }

    /** Whether the counting thread lags behind the reader: two or more batches wait for it. */
    public boolean lagging() {
        return full.size() >= 2;
    }

    /** Gives a counted batch back for the reader to fill again. */
    public void recycle(CellBatch b) {
        free.offer(b);
    }

    /** Stops the reader, e.g. when the content turned out invalid. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }

    /** Unwinds the reader thread when the tally stops early. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
