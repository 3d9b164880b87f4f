package org.scorecardkit.tally.read;

import java.nio.file.Path;

/**
 * What stopped the reader's thread when it was not an exception of the readers' own (an Error such
 * as OutOfMemoryError), carried to the counting thread so that the run ends with one line naming
 * the file being read, instead of waiting for batches that will never come. Out of memory, the
 * message only says where; the OutOfMemoryError stays its cause, and the top-level handler adds
 * the advice it gives for every OutOfMemoryError.
 */
public final class ReadFailure extends RuntimeException {
    private ReadFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param file the file being read when it happened, or null before the first */
    public static ReadFailure of(Throwable cause, Path file) {
        return of(cause, file == null ? null : file.toString());
    }

    /** @param source the name of the source being read when it happened, or null before the first */
    public static ReadFailure of(Throwable cause, String source) {
        String where = source == null ? "the response files" : source;
        if (cause == null) {
            return new ReadFailure("the reader of " + where + " stopped without finishing", null);
        }
        if (cause instanceof OutOfMemoryError) {
            return new ReadFailure("ran out of memory reading " + where + " (" + oneLine(cause.getMessage()) + ")", cause);
        }
        return new ReadFailure("reading " + where + " failed: " + oneLine(cause.toString()), cause);
    }

    private static String oneLine(String s) {
        return s == null ? "no details" : s.replaceAll("\\s+", " ").strip();
    }
}
