package org.scorecardkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code scorecard upgrade}: rewrites a project for this release's format, showing the diff first. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Rewrite the project for this release's format, showing the changes first.")
final class UpgradeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("scorecard upgrade is not written yet");
    }
}
