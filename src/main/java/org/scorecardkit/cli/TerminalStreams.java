package org.scorecardkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * For the duration of one run, replaces {@code System.out} and {@code System.err} with UTF-8
 * streams that pass through a {@link ControlCharacterFilter}: every verb prints through them, so
 * no text, whoever wrote it, can drive the terminal. Closing puts the original streams back.
 */
final class TerminalStreams implements AutoCloseable {
    private final PrintStream originalOut;
    private final PrintStream originalErr;
    private final ControlCharacterFilter out;
    private final ControlCharacterFilter err;

    private TerminalStreams() {
        originalOut = System.out;
        originalErr = System.err;
        out = new ControlCharacterFilter(originalOut);
        err = new ControlCharacterFilter(originalErr);
    }

    /** Installs the filtered streams; they auto-flush like the JVM's own. */
    static TerminalStreams install() {
        TerminalStreams streams = new TerminalStreams();
        System.setOut(new PrintStream(streams.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(streams.err, true, StandardCharsets.UTF_8));
        return streams;
    }

    /** Writes out what the filters still hold and puts the original streams back (without closing them). */
    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        try {
            out.finish();
            err.finish();
        } catch (IOException e) {
            // The terminal went away (a closed pipe): there is nobody left to tell.
        }
        System.setOut(originalOut);
        System.setErr(originalErr);
    }
}
