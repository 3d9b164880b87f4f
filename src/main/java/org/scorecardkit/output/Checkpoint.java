package org.scorecardkit.output;

import java.io.IOException;

/**
 * Named points in writing an output, where a test run can stop the process or make it fail: with
 * {@code -Dscorecardkit.pause-at=POINT} the run prints "paused at POINT" to standard error and
 * waits to be killed; with {@code -Dscorecardkit.fail-at=POINT} it fails there as if the disk were
 * full. Without those properties a checkpoint does nothing.
 */
public final class Checkpoint {
    private static final String PAUSE = System.getProperty("scorecardkit.pause-at");
    private static final String FAIL = System.getProperty("scorecardkit.fail-at");

    private Checkpoint() {
    }

    /** Passes the named point: a no-op unless a test asked to pause or fail here. */
    public static void reach(String point) throws IOException {
        if (point.equals(FAIL)) {
            throw new IOException("No space left on device");
        }
        if (point.equals(PAUSE)) {
            System.err.println("paused at " + point);
            System.err.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted at " + point, e);
            }
        }
    }
}
