package org.scorecardkit.model;

/**
 * How printable output of an instrument is laid out.
 *
 * @param paper the paper size, or null for the site's default
 * @param cardsPerSheet cards on one sheet (NPS cards)
 */
public record PrintHints(Paper paper, Orientation orientation, int cardsPerSheet) {
    public static PrintHints defaults() {
        return new PrintHints(null, Orientation.PORTRAIT, 4);
    }
}
