package org.scorecardkit.model;

/**
 * The organisation's look from {@code site.yaml}'s {@code brand}: applied to every page, sheet, card, poster and report.
 *
 * @param logo the logo, or null when none is set
 * @param primary the main colour as "#rrggbb" (headings, buttons, chart bars), never null
 * @param accent the second colour as "#rrggbb" (links, highlights), never null
 */
public record Brand(Logo logo, String primary, String accent) {
    /** The neutral look of a site that sets no brand. */
    public static final String DEFAULT_PRIMARY = "#0b5cad";
    public static final String DEFAULT_ACCENT = "#b44d12";

    public static Brand neutral() {
        return new Brand(null, DEFAULT_PRIMARY, DEFAULT_ACCENT);
    }

    /** The colour as red, green, blue in 0..255. */
    public static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }
}
