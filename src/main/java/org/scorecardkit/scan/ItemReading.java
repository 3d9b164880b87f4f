package org.scorecardkit.scan;

import java.util.List;

/**
 * What one item's marks on a page were read as.
 *
 * @param values when answered, the value(s) marked (several only for a multiple-choice item); when
 *               double or unclear, the candidate values a person chooses among; when blank, none
 * @param reason for a flagged item, one line a person reads ("two answers filled: 3 and 4"); else ""
 * @param fills every bubble of the item as measured, in the sheet's order
 * @param corrected whether a person chose the answer (corrections.json); then {@code reason} says what the marks were
 */
public record ItemReading(String item, Decision decision, List<String> values, String reason, List<BubbleFill> fills,
                          boolean corrected) {
    public ItemReading {
        values = List.copyOf(values);
        fills = List.copyOf(fills);
    }

    /** A reading as the marks gave it, not corrected. */
    public ItemReading(String item, Decision decision, List<String> values, String reason, List<BubbleFill> fills) {
        this(item, decision, values, reason, fills, false);
    }

    /** This item as a person decided it: {@code value} chosen, or no answer when it is empty. */
    public ItemReading correctedTo(String value) {
        String was = decision.flagged() ? reason : decision.name().toLowerCase(java.util.Locale.ROOT);
        return value.isEmpty()
                ? new ItemReading(item, Decision.BLANK, List.of(), "corrected to no answer (" + was + ")", fills, true)
                : new ItemReading(item, Decision.ANSWERED, List.of(value.split(";", -1)), "corrected (" + was + ")", fills,
                        true);
    }

    /** The answer as a response cell holds it: the values joined by ";" when answered, else "". */
    public String answer() {
        return decision == Decision.ANSWERED ? String.join(";", values) : "";
    }
}
