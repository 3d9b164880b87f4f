package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever stops the reader's thread ends the run with one line, never a wait for batches that will
 * not come; a reader the counting side gave up on ends too; long cells cannot fill the heap.
 */
class ReadAheadFailureTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path small() {
        return file(dir, "answers.csv", "respondent,group,date,recommend,reason\nr1,,,9,\nr2,,,3,\n");
    }

    /** Counts the batches the way the tally does, recycling each; returns how many rows came. */
    private static int drain(ReadAhead ahead) throws InterruptedException {
        int rows = 0;
        for (CellBatch b = ahead.next(); b != null; b = ahead.next()) {
            rows += b.kind() == CellBatch.Kind.HEADER ? 0 : b.rows();
            ahead.recycle(b);
        }
        return rows;
    }

    private static Consumer<CellBatch> failingWith(Throwable t) {
        return b -> {
            if (b.kind() != CellBatch.Kind.HEADER) {
                sneaky(t);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void outOfMemoryInTheReaderEndsTheRunWithOneLineNamingTheFile() {
        Path csv = small();
        try (ReadAhead ahead = new ReadAhead(List.of(csv), 0, failingWith(new OutOfMemoryError("Java heap space")))) {
            ReadFailure e = assertTimeoutPreemptively(BOUND, () -> assertThrows(ReadFailure.class, () -> drain(ahead)));

            // The advice is the top-level handler's, the same for every OutOfMemoryError (see RunGuardTest).
            assertEquals("ran out of memory reading " + csv + " (Java heap space)", e.getMessage());
            assertTrue(e.getCause() instanceof OutOfMemoryError);
        }
    }

    @Test
    void anyErrorInTheReaderEndsTheRunAsOneLine() {
        Path csv = small();
        try (ReadAhead ahead = new ReadAhead(List.of(csv), 0, failingWith(new StackOverflowError("deep\n  at x")))) {
            ReadFailure e = assertTimeoutPreemptively(BOUND, () -> assertThrows(ReadFailure.class, () -> drain(ahead)));

            assertEquals("reading " + csv + " failed: java.lang.StackOverflowError: deep at x", e.getMessage());
        }
    }

    @Test
    void aRuntimeExceptionInTheReaderReachesTheCallerAsItIs() {
        IllegalStateException thrown = new IllegalStateException("bad batch");
        try (ReadAhead ahead = new ReadAhead(List.of(small()), 0, failingWith(thrown))) {
            IllegalStateException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(IllegalStateException.class, () -> drain(ahead)));

            assertSame(thrown, e);
        }
    }

    /** The consumer gives up (close) while the reader is inside its work: the reader ends, and next() does not wait on it. */
    @Test
    void aClosedReaderEndsAndNextDoesNotWaitForIt() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        Consumer<CellBatch> stuck = b -> {
            inside.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ReadAhead ahead = new ReadAhead(List.of(small()), 0, stuck);
        inside.await();

        ahead.close();

        assertTrue(ahead.awaitEnd(BOUND.toMillis()), "the reader ended after close()");
        ReadFailure e = assertTimeoutPreemptively(BOUND, () -> assertThrows(ReadFailure.class, ahead::next));
        assertEquals("the reader of " + dir.resolve("answers.csv") + " stopped without finishing", e.getMessage());
    }

    /** More batches than the pool holds and nobody counting: the reader waits for a free batch, and close() ends that wait. */
    @Test
    void aReaderWaitingForAFreeBatchEndsWhenClosed() throws Exception {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        for (int i = 0; i < (ReadAhead.POOL + 20) * 2048; i++) {
            csv.append(i).append(",,,5,\n");
        }
        ReadAhead ahead = new ReadAhead(List.of(file(dir, "many.csv", csv.toString())), 0, b -> { });
        waitUntilBlocked(ahead);   // in free.take(): the pool holds the reader before the end of the file

        ahead.close();

        assertTrue(ahead.awaitEnd(BOUND.toMillis()), "the reader ended after close()");
    }

    private static void waitUntilBlocked(ReadAhead ahead) throws InterruptedException {
        long until = System.nanoTime() + BOUND.toNanos();
        while (ahead.readerState() != Thread.State.WAITING && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(Thread.State.WAITING, ahead.readerState(), "the reader waits");
    }

    /**
     * Rows with a 400,000-character cell each make every batch grow: with nothing counted, the
     * reader stops once the grown batches hold the bound, not when the pool of batches runs out.
     */
    @Test
    void batchesGrownByLongCellsAreBoundedInBytes() throws Exception {
        String longText = "x".repeat(400_000);
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        for (int i = 0; i < 30; i++) {
            csv.append('r').append(i).append(",,,").append(i % 11).append(',').append(longText).append('\n');
        }
        long bound = 4L << 20;
        try (ReadAhead ahead = new ReadAhead(List.of(file(dir, "long.csv", csv.toString())), 0, b -> { }, bound)) {
            waitUntilBlocked(ahead);

            assertTrue(ahead.excessInFlight() <= bound, ahead.excessInFlight() + " bytes in flight");
            assertTrue(ahead.excessInFlight() >= bound / 2, "the batches waiting are the grown ones");
            assertEquals(30, assertTimeoutPreemptively(BOUND, () -> drain(ahead)), "every row came once counted");
            assertEquals(0, ahead.excessInFlight(), "recycling gave every grown batch back");
        }
    }

    /** A recycled grown batch is shrunk back: the pool holds no long cell once it is counted. */
    @Test
    void aRecycledGrownBatchIsShrunk() {
        CellBatch b = new CellBatch().reset(CellBatch.Kind.ROWS, new ResponseFile(0, dir, "x", Format.CSV, ','));
        b.startRow(1, null);
        b.cell("y".repeat(1_000_000));
        assertTrue(b.excess() >= 2_000_000 - 2 * 65_536, "the buffer grew");

        b.shrink();

        assertEquals(0, b.excess());
        assertEquals(0, b.rows());
        assertNull(b.attachment());
    }
}
