package org.scorecardkit.load;

import java.util.Comparator;

/**
 * One mistake in the content: where it is, what is wrong, and how to fix it.
 *
 * @param file path relative to the content folder, with forward slashes
 */
public record Problem(String file, int line, int column, String message, String fix) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    /** The problem as the validator prints it: {@code file:line:column: message}, then the fix. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message + "\n  fix: " + fix;
    }

    /** The same, with the file named from the working folder, as a person types it, e.g. content/site.yaml. */
    public String format(java.nio.file.Path contentDir) {
        return contentDir.resolve(file).normalize() + ":" + line + ":" + column + ": " + message + "\n  fix: " + fix;
    }

    /**
     * The same as a warning, on one line since it stops nothing:
     * {@code content/instruments/x.yaml:3:10: warning: message; fix}.
     */
    public String formatWarning(java.nio.file.Path contentDir) {
        return contentDir.resolve(file).normalize() + ":" + line + ":" + column + ": warning: " + message + "; " + fix;
    }

    @Override
    public String toString() {
        return format();
    }
}
