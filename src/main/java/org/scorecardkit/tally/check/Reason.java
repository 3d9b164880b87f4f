package org.scorecardkit.tally.check;

/** Why a row was rejected, as a stable key for counts in summaries and saved states. */
public enum Reason {
    OUTSIDE_SCALE("outside-scale", "value outside the scale"),
    NOT_A_NUMBER("not-a-number", "text where a number belongs"),
    UNKNOWN_CHOICE("unknown-choice", "unknown option or check answer"),
    NOT_A_VALUE("not-a-value", "answer that is not a value"),
    UNKNOWN_COLUMN("unknown-column", "header giving one item two columns"),
    EXTRA_CELLS("extra-cells", "more cells than the header has columns"),
    OTHER_INSTRUMENT("other-instrument", "another instrument"),
    OTHER_VERSION("other-version", "another version of the instrument"),
    BAD_DATE("bad-date", "date that could not be read"),
    NO_ANSWERS("no-answers", "no answers at all"),
    DUPLICATE("duplicate-respondent", "later duplicate of a respondent id"),
    SPAM("spam-trap", "web form's hidden spam trap filled in"),
    UNREADABLE("unreadable", "unreadable input");

    private final String key;
    private final String label;

    Reason(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key written in summary.json and saved states. */
    public String key() { return key; }

    /** A short phrase for people, e.g. in the terminal summary. */
    public String label() { return label; }

    public static Reason ofKey(String key) {
        for (Reason r : values()) {
            if (r.key.equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reject reason \"" + key + "\"");
    }
}
