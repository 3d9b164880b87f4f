package org.scorecardkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.scorecardkit.build.SiteBuild;
import org.scorecardkit.output.OutputRefused;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code scorecard build}: validates the content and builds the site, replacing the output only on success. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validate the content and build the static site (replaces the output only on success).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ContentOption contentOption;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: site/ in the project folder)")
    Path given;

    @Override
    public Integer call() throws Exception {
        Path out = given != null ? given : contentOption.project().site();
        SiteBuild.Result result;
        try {
            result = SiteBuild.run(contentOption.dir(), out);
        } catch (OutputRefused e) {
            throw e;   // refused before any work: the message says it all
        } catch (IOException e) {
            // Reported on one line by the top-level handler, with the trace under --debug.
            throw new Failure.During("the build failed and the previous " + out + " is untouched", e);
        }
        if (!result.built()) {
            Report.problems(result.loaded(), contentOption.dir(), true);
            return 1;
        }
        Report.warnings(result.loaded(), contentOption.dir());
        System.out.println(result.summary());
        return 0;
    }
}
