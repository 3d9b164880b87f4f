package org.scorecardkit.scan;

/** What the scanner made of one item's marks; only {@link #ANSWERED} and {@link #BLANK} are taken without a person. */
public enum Decision {
    /** Exactly the marks of one answer (several boxes of a multiple-choice item) are clearly filled. */
    ANSWERED,
    /** No mark at all: the item counts as no answer, and nobody needs to look. */
    BLANK,
    /** Two or more answers of a one-answer item are clearly filled: sent to review, never resolved silently. */
    DOUBLE,
    /** A mark is neither clearly filled nor clearly empty (light, erased, stray): sent to review. */
    UNCLEAR;

    /** Whether a person must choose before the item counts. */
    public boolean flagged() {
        return this == DOUBLE || this == UNCLEAR;
    }
}
