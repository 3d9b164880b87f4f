package org.scorecardkit.tally.read;

import java.util.List;

/**
 * What reading scanned returns counted beyond rows: pages read, sheets assembled from them, marks a
 * person corrected (corrections.json), and the files of which no page was a sheet of the instrument.
 *
 * @param unread one line per file of which no page was read as a sheet ("scans.pdf: ..."): such a file is not read
 */
public record ScanCounts(long pages, long sheets, long corrected, List<String> unread) {
    public ScanCounts {
        unread = List.copyOf(unread);
    }
}
