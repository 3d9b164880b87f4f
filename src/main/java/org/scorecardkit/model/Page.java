package org.scorecardkit.model;

/**
 * A Markdown page of the site; the page whose slug is {@code index} is the home introduction.
 *
 * @param title the text of the page's first level-one heading
 * @param sourceFile the defining file, relative to the content folder, with forward slashes
 */
public record Page(String slug, String title, String markdown, String sourceFile) {

    public boolean isHome() {
        return "index".equals(slug);
    }

    /** Where the build writes this page, relative to the site root. */
    public String outputPath() {
        return SitePaths.page(slug);
    }
}
