package org.scorecardkit.scan.output;

import java.util.List;

/**
 * What templates/review.jte shows: the scan's instrument and counts, the entries to decide, the pages
 * not read, the interface text and the page script.
 *
 * @param problems one line per page not read ("scans.pdf#4: no QR code found")
 */
public record ReviewView(String instrument, String version, String title, int pages, int sheets,
                         List<ReviewEntry> entries, List<String> problems, ReviewText text, String script) {
    public ReviewView {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** How many entries are decided already (corrected earlier). */
    public long decided() {
        return entries.stream().filter(e -> e.chosen() != null).count();
    }

    /** Shorthand for the templates. */
    public String t(String key, Object... args) {
        return text.get(key, args);
    }
}
