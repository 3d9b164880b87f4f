package org.scorecardkit.load;

import java.util.ArrayList;
import java.util.List;

/**
 * One content file being loaded: its text, the problems found in it, and the Markdown fields it
 * holds (whose links are checked once every page is known).
 */
final class SourceFile {
    private final String name;
    private final String text;
    private final List<Problem> problems;
    private final List<MarkdownField> markdown = new ArrayList<>();

    /** A Markdown value of a YAML file, with the place its scalar starts. */
    record MarkdownField(Position at, String text) {
    }

    SourceFile(String name, String text, List<Problem> problems) {
        this.name = name;
        this.text = text;
        this.problems = problems;
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }

    List<MarkdownField> markdown() {
        return markdown;
    }

    void error(Position at, String message, String fix) {
        problems.add(new Problem(name, at.line(), at.column(), message, fix));
    }

    /** Notes a Markdown value so its links are checked later; returns it unchanged. */
    String markdown(YamlNode.Scalar node) {
        if (node == null || node.isNull()) {
            return null;
        }
        markdown.add(new MarkdownField(node.at(), node.text()));
        return node.text();
    }

    /**
     * The place of the first occurrence of {@code needle} at or after a position, so a problem in a
     * folded or literal block scalar points at the exact line; the position itself when not found.
     */
    Position find(String needle, Position from) {
        String[] lines = text.split("\n", -1);
        for (int l = from.line() - 1; l < lines.length; l++) {
            int start = l == from.line() - 1 ? Math.max(0, from.column() - 1) : 0;
            int col = lines[l].indexOf(needle, Math.min(start, lines[l].length()));
            if (col >= 0) {
                return new Position(l + 1, col + 1);
            }
        }
        return from;
    }
}
