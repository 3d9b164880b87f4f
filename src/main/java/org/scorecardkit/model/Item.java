package org.scorecardkit.model;

import java.util.List;

/**
 * One question or statement of an instrument.
 *
 * @param scale the scale of a rating item, else null
 * @param options the choices of a single- or multiple-choice item, else empty
 * @param lines writing lines on paper for a text item
 * @param help Markdown hint shown under the item, or null
 * @param shortLabel the optional {@code short:} label that reports use instead of the wording, or null
 */
public record Item(String id, ItemType type, String text, boolean required, Scale scale,
                   List<Option> options, int lines, String help, String shortLabel) {
    public Item {
        options = List.copyOf(options);
    }

    /** An item without a short label. */
    public Item(String id, ItemType type, String text, boolean required, Scale scale, List<Option> options, int lines, String help) {
        this(id, type, text, required, scale, options, lines, help, null);
    }

    /** What a report calls the item: its short label, or else its wording. */
    public String label() {
        return shortLabel != null ? shortLabel : text;
    }

    /** The three answers of a checklist item, in the order they are offered. */
    public static final List<Option> CHECK_ANSWERS = List.of(
            new Option("yes", "Yes"), new Option("partly", "Partly"), new Option("no", "No"));

    /** The choices offered: the options, the check answers, or nothing. */
    public List<Option> choices() {
        return type == ItemType.CHECK ? CHECK_ANSWERS : options;
    }
}
