package org.scorecardkit.tally.check;

/**
 * One thing the tally did not take as written, and why: a row of rejects.csv.
 *
 * @param line the physical line the row starts on (1 for a PDF or a header problem; 0 when the whole file failed to open)
 * @param column the column as the file's header writes it (a JSON key), or "" when the whole row is meant
 * @param value the cell as written; for a rejected row, the row as read (its cells joined again, or its JSON)
 * @param reason for a rejected row, why (its count in summaries); for the other kinds, what was wrong with the cell
 * @param message one sentence for people: what is wrong and how to fix it
 */
public record Problem(ProblemKind kind, String file, int line, String column, String value, Reason reason, String message) {

    /** A rejected row. */
    public static Problem row(String file, int line, Reason reason, String message, String raw) {
        return new Problem(ProblemKind.ROW_REJECTED, file, line, "", raw, reason, message);
    }

    /** The whole row as read, for a rejected row. */
    public String raw() {
        return value;
    }
}
