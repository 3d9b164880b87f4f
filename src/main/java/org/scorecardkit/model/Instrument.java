package org.scorecardkit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One instrument as its YAML file defines it: wording, scales, items in sections, scoring and
 * print hints. Everything the site, the PDFs and the tally produce derives from this record.
 *
 * @param version the author's version label, recorded with every response
 * @param language BCP 47 tag, already defaulted to the site's
 * @param intro Markdown or null; so are {@code instructions} and {@code closing}
 * @param credit where the wording comes from, or null
 * @param scales scales by id, in the order written
 * @param subtitle a line under the title (a poster's), or null
 * @param delivery who answers it, whether the site carries it, what its page asks and how it thanks
 * @param sourceFile the defining file, relative to the content folder, with forward slashes
 */
public record Instrument(String id, String version, String title, Kind kind, String description,
                         String language, String intro, String instructions, String closing,
                         Credit credit, Map<String, Scale> scales, List<Section> sections,
                         Scoring scoring, PrintHints print, String subtitle, Delivery delivery,
                         String sourceFile) {
    public Instrument {
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
        sections = List.copyOf(sections);
    }

    /** Every item in order, across sections. */
    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** The items a respondent answers (everything but statements), in order. */
    public List<Item> answeredItems() {
        return items().stream().filter(i -> i.type().answered()).toList();
    }

    /** An answered item's number as people see it, counting answered items from 1 across sections; 0 for a statement. */
    public int number(Item item) {
        return answeredItems().indexOf(item) + 1;
    }

    /** The item columns of a response file: every answered item in order, text items last. */
    public List<String> columns() {
        List<Item> answered = answeredItems();
        return java.util.stream.Stream.concat(
                answered.stream().filter(i -> i.type() != ItemType.TEXT),
                answered.stream().filter(i -> i.type() == ItemType.TEXT)).map(Item::id).toList();
    }

    /** Whether some items must be answered and others not, so a form must say which are optional. */
    public boolean mixesRequiredAndOptional() {
        return answeredItems().stream().anyMatch(Item::required) && answeredItems().stream().anyMatch(i -> !i.required());
    }

    /** The item with this id, or null. */
    public Item item(String itemId) {
        return items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
    }

    /** The items that count towards the score, in the order of the scoring definition. */
    public List<Item> scoredItems() {
        return scoring.items().stream().map(this::item).toList();
    }

    /** Whether the sections carry titles (a bare {@code items:} list gives one untitled section). */
    public boolean titledSections() {
        return sections.size() > 1 || sections.get(0).title() != null;
    }

    /** The lowest and highest score the scoring can give, or null when nothing is scored. */
    public ScoreRange scoreRange() {
        return ScoreRange.of(this);
    }
}
