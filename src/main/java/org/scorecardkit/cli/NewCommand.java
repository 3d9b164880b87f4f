package org.scorecardkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code scorecard new}: writes a starter project of one's own, or adds an instrument skeleton to one. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a project of your own (scorecard new DIR), or add an instrument to one (--instrument NAME).")
final class NewCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("scorecard new is not written yet");
    }
}
