package org.scorecardkit.collect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.scorecardkit.collect.store.ResponseStore.Outcome;

/**
 * The one thread that writes a SQLite file: it drains a queue of writes and commits them in batches
 * (group commit), so a thousand posts a second cost a few dozen full syncs, not a thousand; each
 * write's future completes only after the COMMIT holding it returned.
 */
final class SqliteWriter implements AutoCloseable {
    /** The most writes one transaction holds. */
    static final int BATCH = 2000;
    /** The most writes waiting: past it a poster waits for room (a flood slows down, memory stays bounded). */
    static final int QUEUED = 20_000;
    private static final Job STOP = new Job(null, null, null, null, null);

    /** A response to store with its answers as JSON, or (no response) a discarded post to count. */
    private record Job(StoredResponse response, String answers, String instrument, String why, CompletableFuture<Outcome> done) {
    }

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>(QUEUED);
    // Posters share the read side; close takes the write side, so nothing is queued after STOP.
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement select;
    private final PreparedStatement discard;
    private final Statement control;
    private final Thread thread;
    // Completing a future runs what waits on it (the endpoint writes its HTTP answer): on threads of
    // their own, so the writer goes on to the next batch meanwhile.
    private final ExecutorService answers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "scorecard-sqlite-answers");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    SqliteWriter(Connection connection) throws SQLException {
        this.connection = connection;
        // BEGIN and COMMIT are sent by hand: with autocommit off the driver would begin the next
        // transaction at once and, IMMEDIATE, hold the write lock while idle, locking out token writes.
        connection.setAutoCommit(true);
        this.control = connection.createStatement();
        this.insert = connection.prepareStatement(ResponseRows.INSERT_COLUMNS + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (instrument, submission) DO NOTHING");
        this.select = connection.prepareStatement(ResponseRows.SELECT_EXISTING);
        this.discard = connection.prepareStatement(ResponseRows.DISCARD);
        this.thread = new Thread(this::run, "scorecard-sqlite-writer");
        thread.start();
    }

    /** Queues a response; the future completes once it is committed (or with why it was not). */
    CompletableFuture<Outcome> store(StoredResponse response) {
        // The JSON is made in the poster's thread: the one writer thread does only the SQL.
        return submit(new Job(response, ResponseRows.json(response.answers()), null, null, new CompletableFuture<>()));
    }

    /** Queues one more discarded post of an instrument; the future completes once it is committed. */
    CompletableFuture<Outcome> discard(String instrument, String why) {
        return submit(new Job(null, null, instrument, why, new CompletableFuture<>()));
    }

    private CompletableFuture<Outcome> submit(Job job) {
        gate.readLock().lock();
        try {
            if (closed) {
                job.done().completeExceptionally(new IllegalStateException("the database is closed"));
            } else {
                queue.put(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.done().completeExceptionally(e);
        } finally {
            gate.readLock().unlock();
        }
        return job.done();
    }

    private void run() {
        List<Job> batch = new ArrayList<>(BATCH);
        boolean stop = false;
        while (!stop) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                // Only close stops the writer; an interrupt from elsewhere must not drop queued writes.
                continue;
            }
            queue.drainTo(batch, BATCH - 1);
            stop = batch.removeIf(job -> job == STOP);
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
        }
    }

    /** Writes the batch in one transaction; when that fails, each write alone, so one bad write fails only itself. */
    private void write(List<Job> batch) {
        Outcome[] outcomes = new Outcome[batch.size()];
        try {
            // IMMEDIATE: the write lock is taken (or waited for, busy_timeout) before the first write.
            control.execute("BEGIN IMMEDIATE");
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = apply(batch.get(i));
            }
            control.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(e);
            } else {
                batch.forEach(job -> write(List.of(job)));
            }
            return;
        }
        complete(List.copyOf(batch), outcomes);
    }

    /** Completes a committed batch's futures, each on one of the answering threads in turn. */
    private void complete(List<Job> jobs, Outcome[] outcomes) {
        int half = jobs.size() / 2;
        answers.execute(() -> completeRange(jobs, outcomes, 0, half));
        answers.execute(() -> completeRange(jobs, outcomes, half, jobs.size()));
    }

    private static void completeRange(List<Job> jobs, Outcome[] outcomes, int from, int to) {
        for (int i = from; i < to; i++) {
            jobs.get(i).done().complete(outcomes[i]);
        }
    }

    private Outcome apply(Job job) throws SQLException {
        if (job.response() == null) {
            discard.setString(1, job.instrument());
            discard.setString(2, job.why());
            discard.executeUpdate();
            return null;
        }
        ResponseRows.bind(insert, job.response(), job.answers());
        return insert.executeUpdate() == 1 ? Outcome.STORED : ResponseRows.existing(select, job.response());
    }

    private void rollback() {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // The failure that led here is what the waiting posts are told.
        }
    }

    /** Writes everything queued, stops the thread and closes the connection. */
    @Override
    public void close() throws SQLException {
        gate.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            gate.writeLock().unlock();
        }
        boolean interrupted = false;
        while (!queue.offer(STOP)) {
            // Full: the writer is draining it; wait for room rather than drop the stop.
            Thread.onSpinWait();
        }
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        answers.shutdown();
        try {
            // The answers of the last batches: their rows are committed, their clients must hear so.
            if (!answers.awaitTermination(10, TimeUnit.SECONDS)) {
                answers.shutdownNow();
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        connection.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
