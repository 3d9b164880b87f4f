package org.scorecardkit.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scorecardkit.load.Keys;
import org.scorecardkit.project.FormatUpgrade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scorecard upgrade}: rewrites the project for this release's format; prints the diff first,
 * then writes only when told to (--yes, or yes at the terminal). Exit 0 written or up to date, 1 not written.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Rewrite the project for this release's format, showing the changes first.")
final class UpgradeCommand implements Callable<Integer> {
    @Mixin
    ContentOption contentOption;

    @Option(names = "--yes", description = "write the changes without asking")
    boolean yes;

    @Option(names = "--dry-run", description = "only show the changes; write nothing")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        Path content = contentOption.dir();
        List<FormatUpgrade.Change> changes = FormatUpgrade.plan(content);
        if (changes.isEmpty()) {
            System.out.println(Report.shown(content) + " is already up to date (format " + Keys.FORMAT + "); nothing to change.");
            return 0;
        }
        System.out.print(FormatUpgrade.diff(changes));
        changes.forEach(c -> System.out.println("  " + c.file() + ": " + c.why()));
        if (dryRun) {
            System.out.println("Dry run: nothing was written.");
            return 0;
        }
        if (!yes && !confirmed()) {
            return 1;
        }
        FormatUpgrade.apply(content, changes);
        System.out.println("Upgraded " + Report.shown(content) + " to format " + Keys.FORMAT + ": "
                + Report.count(changes.size(), "file") + " rewritten; instruments and pages untouched.");
        return 0;
    }

    /** Whether the person at the terminal says yes; without one, says how to go on and writes nothing. */
    private static boolean confirmed() {
        Console console = System.console();
        if (console == null) {
            System.err.println("scorecard: nothing was written; re-run with --yes to write these changes");
            return false;
        }
        String answer = console.readLine("Write these changes? [y/N] ");
        if (answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
            return true;
        }
        System.err.println("scorecard: nothing was written");
        return false;
    }
}
