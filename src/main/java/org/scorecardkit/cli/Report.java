package org.scorecardkit.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.Problem;

/** Prints the outcome of loading content: each warning and every problem to stderr, or a one-line all-clear to stdout. */
final class Report {
    private Report() {
    }

    /** Prints the result; true when the content is valid. */
    static boolean problems(ContentLoader.Result result, Path content, boolean building) {
        warnings(result, content);
        if (result.ok()) {
            System.out.println("Valid: " + shown(content) + " (" + count(result.content().instruments().size(), "instrument")
                    + ", " + count(result.content().pages().size(), "page") + ")");
            return true;
        }
        PrintStream err = System.err;
        for (Problem p : result.problems()) {
            err.println(p.format(content));
        }
        err.println(count(result.problems().size(), "problem") + " in " + shown(content) + (building ? "; nothing was built." : "."));
        return false;
    }

    /** Prints each warning on one line to stderr: they stop nothing, so they come before the outcome. */
    static void warnings(ContentLoader.Result result, Path content) {
        result.warnings().forEach(w -> System.err.println(w.formatWarning(content)));
    }

    /** The content folder as a person knows it: its full path when it is the current folder or one above. */
    static String shown(Path content) {
        Path name = content.normalize().getFileName();
        boolean hereOrAbove = name == null || name.toString().isEmpty() || name.toString().equals("..");
        return hereOrAbove ? content.toAbsolutePath().normalize().toString() : content.toString();
    }

    /** "1 page", "2 pages". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
