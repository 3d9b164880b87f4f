package org.scorecardkit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.model.Scoring;
import org.scorecardkit.model.ScoringMethod;

/**
 * Reads an instrument's {@code scoring} (or applies its kind's default), checks that the scored
 * items exist and suit the method, and checks its bands or NPS categories against the reachable
 * score range.
 */
final class ScoringReader {
    /** The standard NPS categories: key, label, min, max. */
    private static final List<Band> NPS_DEFAULTS = List.of(
            new Band("detractors", "Detractor", 0, 6, null),
            new Band("passives", "Passive", 7, 8, null),
            new Band("promoters", "Promoter", 9, 10, null));

    private final SourceFile src;
    private final Map<String, Item> items;
    private final java.util.Set<String> written;
    private final boolean incomplete;

    /**
     * @param written every id written in the instrument, also of items that failed to load
     * @param incomplete whether some item failed to load, so the reachable range is unknown
     */
    ScoringReader(SourceFile src, Map<String, Item> itemsById, java.util.Set<String> written, boolean incomplete) {
        this.src = src;
        this.items = itemsById;
        this.written = written;
        this.incomplete = incomplete;
    }

    /** The scoring, or null when its method is missing or unknown (already reported). */
    Scoring read(YamlNode node, Kind kind) {
        if (node == null) {
            return defaults(kind);
        }
        Fields f = Fields.of(src, node, "scoring", Keys.SCORING);
        ScoringMethod method = f.choice("method", ScoringMethod.values(), ScoringMethod::yamlName, "scoring method", true);
        if (method == null) {
            return null;
        }
        List<String> scored = f.has("items") ? listed(f, method) : defaultItems(method);
        double partly = 0.5;
        if (allowed(f, "partly", method == ScoringMethod.COVERAGE, "coverage") && f.has("partly")) {
            Double p = f.number("partly", false);
            if (p != null && (p < 0 || p > 1)) {
                src.error(f.at("partly"), "\"partly\" must be a credit from 0 to 1, not " + ScoreRange.format(p),
                        "write e.g. \"partly: 0.5\" so a partly answer counts half");
            } else if (p != null) {
                partly = p;
            }
        }
        List<Item> scoredItems = scored.stream().map(items::get).toList();
        if (method == ScoringMethod.NPS && scored.size() != 1) {
            src.error(f.at(), "NPS scoring needs exactly one rating item, but " + scored.size() + " are scored",
                    "list the one question under \"items:\" in scoring, e.g. \"items: [recommend]\"");
        }
        // Against a range computed without a broken item, sound bands would look wrong; skip until it is fixed.
        boolean rangeKnown = !scoredItems.isEmpty() && !incomplete && scored.size() == listedCount(f, scored);
        ScoreRange range = rangeKnown ? ScoreRange.of(method, scoredItems) : null;
        List<Band> bands = List.of();
        if (allowed(f, "bands", method == ScoringMethod.SUM || method == ScoringMethod.MEAN
                || method == ScoringMethod.COVERAGE, "sum, mean and coverage") && f.has("bands")) {
            bands = new BandChecks(src, "band", method.integerScores()).check(bands(f), range);
        }
        if (allowed(f, "categories", method == ScoringMethod.NPS, "nps")) {
            bands = categories(f, range);
        }
        return new Scoring(method, scored, partly, bands);
    }

    private Scoring defaults(Kind kind) {
        ScoringMethod method = kind == null ? ScoringMethod.NONE : switch (kind) {
            case SELF_ASSESSMENT -> ScoringMethod.SUM;
            case CHECKLIST -> ScoringMethod.COVERAGE;
            case NPS -> ScoringMethod.NPS;
            case POSTER, SURVEY -> ScoringMethod.NONE;
        };
        return new Scoring(method, defaultItems(method), 0.5,
                method == ScoringMethod.NPS ? NPS_DEFAULTS : List.of());
    }

    private List<String> defaultItems(ScoringMethod method) {
        if (method == ScoringMethod.NONE) {
            return List.of();
        }
        return items.values().stream().filter(i -> i.type() == method.scoredType()).map(Item::id).toList();
    }

    private List<String> listed(Fields f, ScoringMethod method) {
        List<String> ids = new ArrayList<>();
        YamlNode.Sequence list = f.list("items", false);
        ItemType wanted = method.scoredType();
        for (YamlNode n : list == null ? List.<YamlNode>of() : list.items()) {
            String id = n instanceof YamlNode.Scalar s ? s.text() : n.describe();
            Item item = items.get(id);
            if (item == null && written.contains(id)) {
                continue; // the item itself failed to load, and that is reported where it is written
            }
            if (item == null) {
                String near = Suggest.nearest(id, items.keySet());
                src.error(n.at(), "scoring names item \"" + id + "\", which the instrument does not have",
                        near != null ? "did you mean \"" + near + "\"?" : "list ids of the instrument's items");
            } else if (item.type() != wanted && method != ScoringMethod.NONE) {
                src.error(n.at(), "item \"" + id + "\" is a " + item.type().yamlName() + " item; \""
                        + method.yamlName() + "\" scoring counts only " + wanted.yamlName() + " items",
                        "remove it from scoring.items, or change its type to " + wanted.yamlName());
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    /** How many ids scoring.items lists (all items by default), to tell whether some were dropped. */
    private static int listedCount(Fields f, List<String> scored) {
        return f.node("items") instanceof YamlNode.Sequence list ? list.items().size() : scored.size();
    }

    private List<BandChecks.Written> bands(Fields f) {
        List<BandChecks.Written> written = new ArrayList<>();
        YamlNode.Sequence list = f.list("bands", false);
        for (YamlNode n : list == null ? List.<YamlNode>of() : list.items()) {
            Fields b = Fields.of(src, n, "band " + (written.size() + 1) + " of scoring", Keys.BAND);
            Double min = b.number("min", true);
            Double max = b.number("max", true);
            String label = b.text("label", true);
            String text = b.markdown("text");
            if (min != null && max != null && label != null) {
                written.add(new BandChecks.Written(new Band(Fields.slugify(label), label, min, max, text),
                        b.at("min"), b.at("max")));
            }
        }
        return written;
    }

    private List<Band> categories(Fields f, ScoreRange range) {
        YamlNode.Mapping node = f.mapping("categories", false);
        if (node == null) {
            return NPS_DEFAULTS;
        }
        Fields all = Fields.of(src, node, "NPS categories", Keys.CATEGORIES);
        List<BandChecks.Written> written = new ArrayList<>();
        for (Band standard : NPS_DEFAULTS) {
            YamlNode c = all.node(standard.key());
            if (c == null) {
                written.add(new BandChecks.Written(standard, all.at(), all.at()));
                continue;
            }
            Fields cf = Fields.of(src, c, "NPS category \"" + standard.key() + "\"", Keys.CATEGORY);
            Double min = cf.number("min", true);
            Double max = cf.number("max", true);
            String label = cf.text("label", false);
            written.add(new BandChecks.Written(new Band(standard.key(), label == null ? standard.label() : label,
                    min == null ? standard.min() : min, max == null ? standard.max() : max, cf.markdown("text")),
                    cf.at("min"), cf.at("max")));
        }
        return new BandChecks(src, "category", true).check(written, range);
    }

    private boolean allowed(Fields f, String key, boolean allowed, String methods) {
        if (!allowed && f.node(key) != null) {
            src.error(f.keyAt(key), "\"" + key + "\" does not apply to this scoring method; it is only for " + methods,
                    "remove \"" + key + "\", or change the method");
        }
        return allowed;
    }
}
