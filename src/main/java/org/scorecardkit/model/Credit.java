package org.scorecardkit.model;

/**
 * Where an instrument's wording comes from; every field but the title may be null.
 *
 * @param note Markdown, e.g. which parts are our own interpretation
 */
public record Credit(String title, String author, String publisher, String url, String note) {
}
