package org.scorecardkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.InstrumentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.aggregate.StateReader;
import org.scorecardkit.tally.Merge;
import org.scorecardkit.tally.TallyOutputs;
import org.scorecardkit.tally.report.ReportContext;
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

    @Option(names = "--title", paramLabel = "TEXT", description = "the workshop's title, printed at the top of report.html and report.pdf")
    String title;

    @Override
    public Integer call() throws IOException {
        ContentLoader.Result loaded = content();
        if (!loaded.ok()) {
            Report.problems(loaded, contentOption.dir(), false);
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
        List<String> warnings = out == null ? List.of() : TallyOutputs.write(summary, out, states,
                ReportContext.of(title, loaded.content().site()));
        System.out.print(TerminalSummary.of(summary));
        warnings.forEach(w -> System.err.println("warning: " + w));
        return 0;
    }

    /**
     * The instruments the states are of, each loaded alone as a tally loads it; the whole content when
     * no state can be read (the merge then names the state that cannot).
     */
    private ContentLoader.Result content() {
        Set<String> ids = new LinkedHashSet<>();
        for (Path state : states) {
            try (InputStream in = Files.newInputStream(state)) {
                ids.add(StateReader.instrumentOf(in));
            } catch (IOException e) { // the merge reports it, in the order of the states
                continue;
            }
        }
        if (ids.isEmpty()) {
            return ContentLoader.load(contentOption.dir());
        }
        List<Instrument> instruments = new ArrayList<>();
        Site site = null;
        for (String id : ids) {
            InstrumentLoader.Result loaded = InstrumentLoader.load(contentOption.dir(), id);
            if (!loaded.ok()) {
                return new ContentLoader.Result(null, loaded.problems());
            }
            site = loaded.site();
            if (loaded.instrument() != null) {
                instruments.add(loaded.instrument());
            }
        }
        return new ContentLoader.Result(new SiteContent(site, instruments, List.of()), List.of());
    }
}
