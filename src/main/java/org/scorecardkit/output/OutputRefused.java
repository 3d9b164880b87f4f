package org.scorecardkit.output;

import java.io.IOException;

/**
 * A refusal to write an output, given before any work: the folder holds files the kit did not
 * write, the path is a link, a file stands where a folder goes, or the other way round. Its message
 * is one line that says how to fix it; it is an answer to the user, not a failure to debug.
 */
public final class OutputRefused extends IOException {
    public OutputRefused(String message) {
        super(message);
    }
}
