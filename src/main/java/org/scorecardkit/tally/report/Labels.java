package org.scorecardkit.tally.report;

import java.util.regex.Pattern;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;

/**
 * What the report calls an item: its number on the sheet and its wording (or its {@code short:}
 * label), as plain text, so that every chart and table reads in the sheet's own words, never by id.
 */
public final class Labels {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(\\S(?:.*?\\S)?)\\1");

    private Labels() {
    }

    /** "3. I adapt my service approach to my different customers." (the number is left out for an item off the sheet). */
    public static String of(Instrument instrument, Item item) {
        int number = instrument.number(item);
        String words = plain(item.label());
        return number > 0 ? number + ". " + words : words;
    }

    /** The item of this id's label, or the id itself when the instrument has no such item (an old state file). */
    public static String of(Instrument instrument, String id) {
        Item item = instrument.item(id);
        return item == null ? id : of(instrument, item);
    }

    /** Inline Markdown as the words it shows: links as their text, emphasis and code marks dropped. */
    static String plain(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1");
        return EMPHASIS.matcher(s).replaceAll("$2").strip();
    }
}
