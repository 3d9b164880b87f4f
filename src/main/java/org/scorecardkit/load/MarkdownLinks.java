package org.scorecardkit.load;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scorecardkit.model.SitePaths;

/**
 * Checks the links of content Markdown: every link must pass the {@link UrlPolicy} allow-list, and
 * every one that is not external must name a file the build writes (by the rules of {@link SitePaths});
 * a refused or broken one is reported at its exact line and column.
 */
final class MarkdownLinks {
    /** The parser options the site renders with, so the checker sees the same links. */
    static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private MarkdownLinks() {
    }

    static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /**
     * A link target: as written (to find it in the file), as the renderer reads it (entities and
     * backslash escapes undone), and its offset in the Markdown text.
     */
    record Target(String written, String url, int offset) {
    }

    /** Every link, image, autolink and reference definition; e-mail autolinks are always mailto. */
    static List<Target> targets(String markdown) {
        List<Target> out = new ArrayList<>();
        for (Node n : parse(markdown).getDescendants()) {
            if (n instanceof LinkNodeBase l && !(n instanceof MailLink)) {
                BasedSequence url = l.getUrl();
                out.add(new Target(url.toString(), url.unescape(), url.getStartOffset()));
            }
        }
        return out;
    }

    /** Reports the disallowed and broken links of a whole Markdown file; positions come straight from the parser. */
    static void checkPage(SourceFile src, Set<String> outputs) {
        for (Target t : targets(src.text())) {
            check(src, positionOf(src.text(), t.offset()), t, outputs);
        }
    }

    /** Reports the disallowed and broken links of the Markdown values of a YAML file, found on the lines they were written. */
    static void checkYaml(SourceFile src, Set<String> outputs) {
        for (SourceFile.MarkdownField field : src.markdown()) {
            Position from = field.at();
            for (Target t : targets(field.text())) {
                // Each search starts after the previous link, so a link written twice is found twice.
                Position at = locate(src, from, t.written());
                from = new Position(at.line(), at.column() + 1);
                check(src, at, t, outputs);
            }
        }
    }

    private static void check(SourceFile src, Position at, Target t, Set<String> outputs) {
        if (!UrlPolicy.allowed(t.url())) {
            src.error(at, "link to \"" + UrlPolicy.shown(t.written()) + "\" is not allowed",
                    "use an http(s), mailto or relative link; other schemes, such as javascript: and data:, "
                            + "can run code in the reader's browser");
        } else if (SitePaths.resolve(t.url(), outputs) == null) {
            report(src, at, t.written(), outputs);
        }
    }

    /**
     * Where a link target was written in a YAML file: YAML folds and unindents block scalars, so the
     * offset inside the value says little; the first "(target" after the value's start says it exactly.
     */
    private static Position locate(SourceFile src, Position start, String url) {
        Position paren = src.find("(" + url, start);
        return paren.equals(start) ? src.find(url, start) : new Position(paren.line(), paren.column() + 1);
    }

    private static void report(SourceFile src, Position at, String url, Set<String> outputs) {
        List<String> pages = outputs.stream().filter(o -> o.endsWith(".html"))
                .map(o -> o.endsWith("/index.html") ? o.substring(0, o.length() - "index.html".length())
                        : o.replace(".html", ".md")).toList();
        String near = Suggest.nearest(url.replaceAll("[#?].*", ""), pages);
        src.error(at, "link to \"" + url + "\", which is not a page of the site",
                (near != null ? "did you mean \"" + near + "\"? " : "")
                        + "link pages as \"name.md\" and instruments as \"id/\", relative to the site root");
    }

    static Position positionOf(String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Position(line, col);
    }
}
