package org.scorecardkit.scan;

import java.util.List;

/**
 * A registered page with every item of its page read.
 *
 * @param items one reading per item on the page, in the sheet's order
 * @param sensitivity how close the page's closest call came to a threshold, 0 (every mark far from
 *                    one) to 1 (a mark right on one); high values mean the page deserves a look
 */
public record PageReading(RegisteredPage page, List<ItemReading> items, double sensitivity) {
    public PageReading {
        items = List.copyOf(items);
    }

    /** The items a person must decide. */
    public List<ItemReading> flagged() {
        return items.stream().filter(i -> i.decision().flagged()).toList();
    }
}
