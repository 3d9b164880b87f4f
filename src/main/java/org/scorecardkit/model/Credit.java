package org.scorecardkit.model;

/**
 * Where an instrument's wording comes from; every field but the title may be null.
 *
 * @param note Markdown, e.g. which parts are our own interpretation
 */
public record Credit(String title, String author, String publisher, String url, String note) {

    /** "Source: Title by Author, Publisher.", as printed outputs credit the source. */
    public String line() {
        StringBuilder s = new StringBuilder("Source: ").append(title);
        if (author != null) {
            s.append(" by ").append(author);
        }
        if (publisher != null) {
            s.append(", ").append(publisher);
        }
        return s.append('.').toString();
    }
}
