package org.scorecardkit.tally.check;

/**
 * A row that was not counted, and why: everything rejects.csv records about it.
 *
 * @param line the physical line the row starts on (1 for a PDF; 0 when the whole file failed to open)
 * @param raw the row as read: its cells joined again, or its JSON
 */
public record Reject(String file, int line, Reason reason, String message, String raw) {
}
