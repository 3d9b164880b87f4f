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
    COLUMN_IGNORED("column ignored"),
    /** A scanned mark neither clearly filled nor clearly empty, not corrected: the item counts as no answer. */
    MARK_UNCLEAR("mark unclear"),
    /** Two answers of a one-answer item marked on a scanned sheet, not corrected: the item counts as no answer. */
    DOUBLE_MARK("double mark"),
    /** A scanned page that is not a sheet of the instrument, or that could not be read: nothing on it counts. */
    PAGE_NOT_READ("page not read"),
    /** A page of a scanned sheet that was not among the scans: the sheet counts with the items of its other pages. */
    PAGE_MISSING("page missing");

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
