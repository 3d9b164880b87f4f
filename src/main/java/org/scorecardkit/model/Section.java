package org.scorecardkit.model;

import java.util.List;

/**
 * A titled group of items; an instrument written with a bare {@code items:} list has one section
 * whose id is {@code main} and whose title is null.
 *
 * @param description Markdown, or null
 */
public record Section(String id, String title, String description, List<Item> items) {
    public Section {
        items = List.copyOf(items);
    }
}
