package org.scorecardkit.tally.check;

import java.util.Locale;

/** The kinds of things a tally did not take as written, as rejects.csv names them and summary.json counts them. */
public enum ProblemKind {
    /** A whole row that cannot be a response: not counted. */
    ROW_REJECTED("row rejected"),
    /** One cell that cannot be read: counted as no answer, the rest of the row counts. */
    CELL_IGNORED("cell ignored"),
    /** A date that cannot be read, or whose day/month order is in doubt: the row counts with its date unknown. */
    DATE_UNKNOWN("date unknown"),
    /** A written total or score that is not the one the answers give: the computed one counts. */
    TOTAL_DIFFERS("total differs"),
    /** A column that is not one of the instrument's: its cells are not read. */
    COLUMN_IGNORED("column ignored");

    private final String label;

    ProblemKind(String label) {
        this.label = label;
    }

    /** As rejects.csv writes it, e.g. "cell ignored". */
    public String label() { return label; }

    /** As summary.json and saved states write it, e.g. "cell_ignored". */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static ProblemKind ofKey(String key) {
        for (ProblemKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown problem kind \"" + key + "\"");
    }
}
