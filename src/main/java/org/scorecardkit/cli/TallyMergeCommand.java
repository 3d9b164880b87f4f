package org.scorecardkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.tally.Merge;
import org.scorecardkit.tally.TallyOutputs;
import org.scorecardkit.tally.report.TerminalSummary;
import org.scorecardkit.tally.stats.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scorecard tally merge}: combines states saved with --save-state into the numbers of all their rows. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge tally states saved with --save-state; the numbers equal a tally of all their files at once, in the same order:",
                "a respondent a later state shares with an earlier one is rejected there as a later duplicate.",
                "Exit 0 done, 1 unreadable, changed, inconsistent, repeated or mismatched states or invalid content, 2 usage error."})
final class TallyMergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "STATE", description = "state files written by tally --save-state")
    List<Path> states = new ArrayList<>();

    @Mixin
    ContentOption contentOption;

    @Option(names = "--out", paramLabel = "DIR", description = "write summary.json and the reports here")
    Path out;

    @Override
    public Integer call() throws IOException {
        ContentLoader.Result loaded = ContentLoader.load(contentOption.dir);
        if (!loaded.ok()) {
            Report.problems(loaded, contentOption.dir, false);
            return 1;
        }
        if (out != null) {
            TallyOutputs.checkMerged(out, states);
        }
        Summary summary;
        try {
            summary = Merge.merge(loaded.content(), states);
        } catch (Merge.MergeException e) {
            System.err.println("tally merge: " + e.getMessage());
            return 1;
        }
        List<String> warnings = out == null ? List.of() : TallyOutputs.write(summary, out, states);
        System.out.print(TerminalSummary.of(summary));
        warnings.forEach(w -> System.err.println("warning: " + w));
        return 0;
    }
}
