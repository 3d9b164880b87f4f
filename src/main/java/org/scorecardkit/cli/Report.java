package org.scorecardkit.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.Problem;

/** Prints the outcome of loading content: every problem to stderr, or a one-line all-clear to stdout. */
final class Report {
    private Report() {
    }

    /** Prints the result; true when the content is valid. */
    static boolean problems(ContentLoader.Result result, Path content) {
        if (result.ok()) {
            System.out.println("Valid: " + content + " (" + result.content().instruments().size() + " instruments, "
                    + result.content().pages().size() + " pages)");
            return true;
        }
        PrintStream err = System.err;
        for (Problem p : result.problems()) {
            err.println(content.resolve(p.file()).normalize() + ":" + p.line() + ":" + p.column() + ": " + p.message());
            err.println("  fix: " + p.fix());
        }
        int n = result.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + " in " + content + "; nothing was built.");
        return false;
    }
}
