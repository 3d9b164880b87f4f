package org.scorecardkit.load;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import org.scorecardkit.model.Page;
import org.scorecardkit.model.SitePaths;

/** Reads a Markdown page: its slug from the file name and its title from the first level-one heading. */
final class PageReader {
    private PageReader() {
    }

    static Page read(SourceFile src, String slug) {
        if (!Fields.SLUG.matcher(slug).matches()) {
            src.error(Position.START, "page file name \"" + slug + ".md\" is not a slug, so it cannot be a web address",
                    "rename the file to \"" + Fields.slugify(slug) + ".md\"");
        }
        if (!"index".equals(slug) && SitePaths.RESERVED.contains(slug)) {
            src.error(Position.START, "page name \"" + slug + "\" is taken by a page or folder the site makes itself",
                    "rename the file, e.g. to \"" + slug + "-guide.md\"");
        }
        String title = null;
        for (Node n = MarkdownLinks.parse(src.text()).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                title = h.getText().toString().strip();
                break;
            }
        }
        if (title == null) {
            src.error(Position.START, "page has no title: it needs a level-one heading",
                    "start the page with a line like \"# " + titleCase(slug) + "\"");
            title = titleCase(slug);
        }
        return new Page(slug, title, src.text(), src.name());
    }

    private static String titleCase(String slug) {
        String words = slug.replace('-', ' ');
        return words.isEmpty() ? "Page" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
