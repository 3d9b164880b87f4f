package org.scorecardkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scorecardkit.load.ContentLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code scorecard validate}: checks a content folder and prints every problem; exit 0 valid, 1 invalid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the content folder and report every problem with file, line and column.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTENT_DIR",
            description = "content folder, the one with site.yaml (default: found from the current folder up)")
    Path given;

    @Override
    public Integer call() {
        Path content = ContentOption.resolve(given).content();
        ContentLoader.Result result = ContentLoader.load(content);
        return Report.problems(result, content, false) ? 0 : 1;
    }
}
