package org.scorecardkit.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Option;
import org.scorecardkit.model.Scale;
import org.scorecardkit.model.Section;

/**
 * Reads an instrument's {@code items} or {@code sections} into sections of items, checking that
 * section and item ids are unique and that each item has exactly the keys its type needs.
 */
final class ItemReader {
    private final SourceFile src;
    private final Map<String, Scale> scales;
    private final java.util.Set<String> declaredScales;
    private final Map<String, Position> ids = new HashMap<>();
    private final java.util.Set<String> failed = new java.util.HashSet<>();

    /** @param declaredScales every scale id written, also of scales that failed to load */
    ItemReader(SourceFile src, Map<String, Scale> scales, java.util.Set<String> declaredScales) {
        this.src = src;
        this.scales = scales;
        this.declaredScales = declaredScales;
    }

    /** Every section and item id written, with the place of the id, including items that failed to load. */
    Map<String, Position> ids() {
        return ids;
    }

    /** Whether some item was written but could not be loaded (its problem is already reported). */
    boolean anyFailed() {
        return !failed.isEmpty();
    }

    List<Section> sections(Fields instrument) {
        boolean hasItems = instrument.has("items");
        boolean hasSections = instrument.has("sections");
        if (hasItems && hasSections) {
            src.error(instrument.keyAt("sections"), "the instrument has both \"items\" and \"sections\"",
                    "use \"items\" for one plain list, or move the items into \"sections\"");
        }
        if (!hasItems && !hasSections) {
            if (!instrument.isMapping()) {
                return List.of();
            }
            src.error(instrument.at(), "missing required key \"items\" (or \"sections\") in the instrument",
                    "add \"items:\" with a list of items, or \"sections:\" with titled groups of items");
            return List.of();
        }
        if (!hasSections) {
            return List.of(new Section("main", null, null, items(instrument.list("items", true))));
        }
        List<Section> sections = new ArrayList<>();
        YamlNode.Sequence list = instrument.list("sections", true);
        for (YamlNode node : list == null ? List.<YamlNode>of() : list.items()) {
            Fields f = Fields.of(src, node, Fields.nameOf(node, "section"), Keys.SECTION);
            String id = unique(f, "section");
            String title = f.text("title", true);
            String description = f.markdown("description");
            List<Item> items = items(f.list("items", true));
            sections.add(new Section(id == null ? "section-" + (sections.size() + 1) : id, title, description, items));
        }
        return sections;
    }

    private List<Item> items(YamlNode.Sequence list) {
        List<Item> items = new ArrayList<>();
        if (list == null) {
            return items;
        }
        if (list.items().isEmpty()) {
            src.error(list.at(), "the list of items is empty", "add at least one item with id, type and text");
        }
        for (YamlNode node : list.items()) {
            Item item = item(node);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private Item item(YamlNode node) {
        Fields f = Fields.of(src, node, Fields.nameOf(node, "item"), Keys.ITEM);
        String id = unique(f, "item");
        String what = f.what();
        ItemType type = f.choice("type", ItemType.values(), ItemType::yamlName, "item type", true);
        String text = f.text("text", true);
        if (text != null) {
            src.markdown((YamlNode.Scalar) f.node("text"));
        }
        String help = f.markdown("help");
        String shortLabel = f.text("short", false);
        if (shortLabel == null && f.node("short") != null && !f.has("short")) {
            // Written but blank: a report would fall back to the wording, so the author hears of it.
            src.error(f.at("short"), "\"short\" of " + f.what() + " is empty", "write a label of a few words, or remove \"short\"");
        }
        if (type == null) {
            failed.add(id == null ? "" : id);
            return null;
        }
        Boolean required = onlyFor(f, "required", type != ItemType.STATEMENT, "items that are answered", what)
                ? f.bool("required") : null;
        Scale scale = type == ItemType.RATING ? scale(f, what) : null;
        onlyFor(f, "scale", type == ItemType.RATING, "rating items", what);
        List<Option> options = List.of();
        boolean choice = type == ItemType.SINGLE || type == ItemType.MULTIPLE;
        if (onlyFor(f, "options", choice, "single and multiple choice items", what)) {
            options = options(f, what);
        }
        int lines = 3;
        if (onlyFor(f, "lines", type == ItemType.TEXT, "text items", what) && f.has("lines")) {
            Integer l = f.integer("lines", false);
            if (l != null && (l < 1 || l > 20)) {
                src.error(f.at("lines"), "\"lines\" of " + what + " must be from 1 to 20, not " + l,
                        "write a number of writing lines from 1 to 20");
            } else if (l != null) {
                lines = l;
            }
        }
        return new Item(id == null ? "item" : id, type, text == null ? "" : text,
                required == null ? type.requiredByDefault() : required, scale, options, lines, help, shortLabel);
    }

    /** Whether a key may be used here; reports it when present on the wrong type of item. */
    private boolean onlyFor(Fields f, String key, boolean allowed, String which, String what) {
        if (!allowed && f.node(key) != null) {
            src.error(f.keyAt(key), "\"" + key + "\" does not apply to " + what + "; it is only for " + which,
                    "remove \"" + key + "\", or change the item's type");
        }
        return allowed;
    }

    private Scale scale(Fields f, String what) {
        String name = f.text("scale", false);
        if (name == null) {
            if (scales.size() == 1) {
                return scales.values().iterator().next();
            }
            src.error(f.at(), "rating " + what + " does not say which scale it uses",
                    scales.isEmpty() ? "declare a scale under \"scales:\" (e.g. \"scales: {agree: {min: 1, max: 5}}\")"
                            : "add \"scale: <id>\" naming one of: " + String.join(", ", scales.keySet()));
            return null;
        }
        Scale scale = scales.get(name);
        if (scale == null && declaredScales.contains(name)) {
            failed.add(f.what());
            return null; // the scale itself failed to load, and that is reported where it is written
        }
        if (scale == null) {
            String near = Suggest.nearest(name, scales.keySet());
            src.error(f.at("scale"), "unknown scale \"" + name + "\" in " + what,
                    (near != null ? "did you mean \"" + near + "\"? " : "")
                            + (scales.isEmpty() ? "declare it under \"scales:\"" : "declared scales: " + String.join(", ", scales.keySet())));
        }
        return scale;
    }

    private List<Option> options(Fields f, String what) {
        YamlNode.Sequence list = f.list("options", true);
        List<Option> options = new ArrayList<>();
        if (list == null) {
            return options;
        }
        Map<String, Position> seen = new HashMap<>();
        for (YamlNode node : list.items()) {
            Fields o = Fields.of(src, node, "an option of " + what, Keys.OPTION);
            String value = o.slug("value", true);
            String label = o.text("label", true);
            if (value != null && seen.putIfAbsent(value, o.at("value")) != null) {
                src.error(o.at("value"), "option value \"" + value + "\" is used twice in " + what,
                        "give each option its own value; the first is at line " + seen.get(value).line());
            }
            if (value != null && label != null) {
                options.add(new Option(value, label));
            }
        }
        if (list.items().size() < 2) {
            src.error(list.at(), what + " has " + list.items().size() + " option(s); a choice needs at least two",
                    "add options as \"- {value: a-slug, label: What people see}\"");
        }
        return options;
    }

    /** The id of a section or item, reported when it repeats an id used earlier in the instrument. */
    private String unique(Fields f, String thing) {
        String id = f.slug("id", true);
        if (id != null) {
            Position first = ids.putIfAbsent(id, f.at("id"));
            if (first != null) {
                src.error(f.at("id"), "duplicate id \"" + id + "\": a section or item at line " + first.line()
                        + " already uses it", "give this " + thing + " an id of its own, e.g. \"" + id + "-2\"");
            }
        }
        return id;
    }
}
