package org.scorecardkit.scan.output;

import java.util.List;

/**
 * One flagged (or earlier corrected) item of one sheet as review.html shows it.
 *
 * @param id the entry's HTML id, "item-1", "item-2", … in page order
 * @param number the item's number as the sheet prints it, 0 when the instrument does not know the item
 * @param decision what the scanner made of the marks, as the page names it ("Double mark")
 * @param crop the crop as a data: URI, or null when the page had no image
 * @param chosen the value already chosen ("" = no answer; ";"-joined for several), or null when undecided
 * @param multiple whether several values may be chosen together
 */
public record ReviewEntry(String id, String sheet, String serial, String respondent, String group, String item,
                          int number, String text, String decision, String reason, boolean corrected, String crop,
                          List<Choice> choices, String chosen, boolean multiple) {
    public ReviewEntry {
        choices = List.copyOf(choices);
    }

    /**
     * One value a person can choose.
     *
     * @param key the key that chooses it ("3"), or "" when none does
     * @param marked whether the marks point at it (a candidate the scanner saw)
     */
    public record Choice(String value, String label, String key, boolean marked) {
    }

    /** Whether {@code value} is (one of) the value(s) already chosen. */
    public boolean isChosen(String value) {
        if (chosen == null) {
            return false;
        }
        if (value.isEmpty() || chosen.isEmpty()) {
            return value.equals(chosen);
        }
        return List.of(chosen.split(";", -1)).contains(value);
    }
}
