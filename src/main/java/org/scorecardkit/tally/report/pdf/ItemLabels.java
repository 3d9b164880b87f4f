package org.scorecardkit.tally.report.pdf;

import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;

/**
 * How the report PDF and the scorecards name an item: its number on the sheet and its wording
 * ("3. I adapt my service approach…"), never its id alone. The one place to prefer an item's short
 * label once the model has one.
 */
final class ItemLabels {
    private ItemLabels() {
    }

    /** "3. wording"; the id only for an item the instrument does not know (an old state's column). */
    static String of(Instrument instrument, String id) {
        Item item = instrument.item(id);
        if (item == null) {
            return id;
        }
        int number = instrument.number(item);
        String words = item.text() == null || item.text().isBlank() ? id : item.text().strip();
        return number > 0 ? number + ". " + words : words;
    }
}
