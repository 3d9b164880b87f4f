package org.scorecardkit.tally.read;

/** The formats a tally reads, and which one a file holds, decided by its first bytes, never its name. */
public enum Format {
    CSV, JSON, PDF, XLSX,
    /** Scanned sheets (page images, PDFs without form fields): never detected here, the scan source names its rows so. */
    SCAN;

    /**
     * {@code %PDF} → PDF; a zip (which {@link NotResponses} has found to be a workbook) → XLSX;
     * first non-blank character (after a byte order mark, in the encoding the bytes show) {@code {}
     * or {@code [} → JSON; else CSV.
     */
    static Format detect(byte[] head) {
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return PDF;
        }
        if (NotResponses.zip(head)) {
            return XLSX;
        }
        String text = Decoding.sniff(head).text(head);
        int i = 0;
        while (i < text.length() && (text.charAt(i) <= ' ' || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '[') ? JSON : CSV;
    }
}
