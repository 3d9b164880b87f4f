package org.scorecardkit.load;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Credit;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.Orientation;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.PrintHints;
import org.scorecardkit.model.Scale;
import org.scorecardkit.model.Scoring;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.model.Section;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SitePaths;

/**
 * Reads one instrument file's YAML tree into an {@link Instrument}, reporting every mistake to the
 * file; the instrument it returns is only trustworthy when no problem was reported.
 */
final class InstrumentReader {
    private static final List<Integer> CARDS_PER_SHEET = List.of(1, 2, 4, 6, 8);

    private final SourceFile src;
    private final Site site;

    InstrumentReader(SourceFile src, Site site) {
        this.src = src;
        this.site = site;
    }

    Instrument read(YamlNode root) {
        Fields f = Fields.of(src, root, "the instrument", Keys.INSTRUMENT);
        String id = f.slug("id", true);
        if (id != null && SitePaths.RESERVED.contains(id)) {
            src.error(f.at("id"), "instrument id \"" + id + "\" is a folder the site uses itself",
                    "choose another id, e.g. \"" + id + "-survey\"");
        }
        String version = version(f);
        String title = f.text("title", true);
        Kind kind = f.choice("kind", Kind.values(), Kind::yamlName, "kind", true);
        String description = f.text("description", true);
        String language = f.has("language") ? f.text("language", false) : site.language();
        String intro = f.markdown("intro");
        String instructions = f.markdown("instructions");
        String closing = f.markdown("closing");
        Credit credit = f.has("source") ? credit(f.node("source")) : null;
        YamlNode.Mapping scaleNode = f.mapping("scales", false);
        Map<String, Scale> scales = scales(scaleNode);
        ItemReader itemReader = new ItemReader(src, scales,
                scaleNode == null ? java.util.Set.of() : scaleNode.entries().keySet());
        List<Section> sections = itemReader.sections(f);
        Map<String, Item> items = new LinkedHashMap<>();
        sections.forEach(s -> s.items().forEach(i -> items.putIfAbsent(i.id(), i)));
        Scoring read = new ScoringReader(src, items, itemReader.ids().keySet(), itemReader.anyFailed()).read(f.node("scoring"), kind);
        Scoring scoring = read == null ? Scoring.none() : read;
        PrintHints print = f.has("print") ? print(f.node("print")) : PrintHints.defaults();
        if (kind != null && read != null) {
            checkKind(f, kind, items, scoring, itemReader.ids());
        }
        return new Instrument(id == null ? "" : id, version, title == null ? "" : title,
                kind == null ? Kind.SURVEY : kind, description == null ? "" : description, language,
                intro, instructions, closing, credit, scales, sections.isEmpty()
                ? List.of(new Section("main", null, null, List.of())) : sections,
                scoring, print, f.text("subtitle", false), DeliveryReader.read(f, kind), src.name());
    }

    /** The id and the place it was written, for checks across files. */
    static Position idPosition(YamlNode root) {
        return root instanceof YamlNode.Mapping m && m.get("id") != null ? m.get("id").at()
                : root == null ? Position.START : root.at();
    }

    /** Where the instrument's own {@code print: paper:} value is written, or null when it sets none. */
    static Position printPaperAt(YamlNode root) {
        if (root instanceof YamlNode.Mapping m && m.get("print") instanceof YamlNode.Mapping print
                && print.get("paper") != null) {
            return print.get("paper").at();
        }
        return null;
    }

    private String version(Fields f) {
        YamlNode n = f.node("version");
        if (!f.require("version", "version: 1")) {
            return "";
        }
        // A label is kept as written ("1.10" stays 1.10, not 1.1); a whole number must count from 1.
        if (n instanceof YamlNode.Scalar s && !s.text().isBlank()) {
            boolean whole = s.value() instanceof Integer || s.value() instanceof Long || s.value() instanceof BigInteger;
            if (!whole || new BigInteger(s.value().toString()).signum() > 0) {
                return s.text();
            }
        }
        src.error(n.at(), "\"version\" of the instrument must be a whole number from 1 or a label, not " + n.describe(),
                "write e.g. \"version: 1\" and raise it when wording or scoring changes");
        return "";
    }

    private Credit credit(YamlNode node) {
        Fields f = Fields.of(src, node, "source", Keys.SOURCE);
        String url = f.text("url", false);
        if (url != null && !UrlPolicy.isWebAddress(url)) {
            src.error(f.at("url"), "\"url\" of source must be a web address starting with http:// or https://, not \""
                    + UrlPolicy.shown(url) + "\"", "write the full address, e.g. \"https://example.org/book\"");
            url = null;
        }
        return new Credit(f.text("title", true), f.text("author", false), f.text("publisher", false), url,
                f.markdown("note"));
    }

    private Map<String, Scale> scales(YamlNode.Mapping node) {
        Map<String, Scale> scales = new LinkedHashMap<>();
        if (node == null) {
            return scales;
        }
        for (YamlNode.Entry e : node.entries().values()) {
            if (!Fields.SLUG.matcher(e.key()).matches()) {
                src.error(e.keyAt(), "scale id \"" + e.key() + "\" is not a slug (lowercase letters, digits and single hyphens)",
                        "write it as \"" + Fields.slugify(e.key()) + "\"");
                continue;
            }
            Scale scale = scale(e.key(), Fields.of(src, e.value(), "scale \"" + e.key() + "\"", Keys.SCALE));
            if (scale != null) {
                scales.put(e.key(), scale);
            }
        }
        return scales;
    }

    private Scale scale(String id, Fields f) {
        Integer min = f.integer("min", true);
        Integer max = f.integer("max", true);
        if (min == null || max == null) {
            return null;
        }
        if (min >= max) {
            src.error(f.at("max"), "scale \"" + id + "\" must end above where it starts, but min is " + min
                    + " and max is " + max, "make max greater than min, e.g. min: 1, max: 5");
            return null;
        }
        Map<Integer, String> labels = new LinkedHashMap<>();
        YamlNode.Mapping node = f.mapping("labels", false);
        for (YamlNode.Entry e : node == null ? List.<YamlNode.Entry>of() : node.entries().values()) {
            Integer point = e.key().matches("-?\\d{1,9}") ? Integer.valueOf(e.key()) : null;
            if (point == null) {
                src.error(e.keyAt(), "label \"" + e.key() + "\" of scale \"" + id + "\" is not a point of the scale",
                        "key each label by a whole number from " + min + " to " + max + ", e.g. \"" + min + ": …\"");
            } else if (point < min || point > max) {
                src.error(e.keyAt(), "label for " + point + " lies outside scale \"" + id + "\" (" + min + "–" + max + ")",
                        "label a point from " + min + " to " + max + ", or change the scale's "
                                + (point < min ? "min to " + point : "max to " + point));
            } else if (!(e.value() instanceof YamlNode.Scalar s) || s.isNull()) {
                src.error(e.value().at(), "label for " + point + " of scale \"" + id + "\" must be text",
                        "write \"" + point + ": what this point means\"");
            } else {
                labels.put(point, s.text());
            }
        }
        return new Scale(id, min, max, labels);
    }

    private PrintHints print(YamlNode node) {
        Fields f = Fields.of(src, node, "print", Keys.PRINT);
        Paper paper = f.choice("paper", Paper.values(), Paper::yamlName, "paper size", false);
        Orientation orientation = f.choice("orientation", Orientation.values(), Orientation::yamlName, "orientation", false);
        Integer cards = f.integer("cards_per_sheet", false);
        if (cards != null && !CARDS_PER_SHEET.contains(cards)) {
            src.error(f.at("cards_per_sheet"), "cards_per_sheet must be 1, 2, 4, 6 or 8, not " + cards,
                    "choose one of 1, 2, 4, 6, 8 (4 fits A4 and Letter well)");
            cards = null;
        }
        return new PrintHints(paper, orientation == null ? Orientation.PORTRAIT : orientation,
                cards == null ? 4 : cards);
    }

    private void checkKind(Fields f, Kind kind, Map<String, Item> items, Scoring scoring, Map<String, Position> at) {
        long ratings = items.values().stream().filter(i -> i.type() == ItemType.RATING).count();
        long checks = items.values().stream().filter(i -> i.type() == ItemType.CHECK).count();
        String k = "a " + kind.yamlName();
        switch (kind) {
            case SELF_ASSESSMENT -> {
                need(f, ratings > 0, k + " needs at least one rating item", "add an item with \"type: rating\"");
                method(f, kind, scoring, ScoringMethod.SUM, ScoringMethod.MEAN);
            }
            case CHECKLIST -> {
                need(f, checks > 0, k + " needs at least one check item", "add an item with \"type: check\"");
                method(f, kind, scoring, ScoringMethod.COVERAGE);
            }
            case NPS -> {
                method(f, kind, scoring, ScoringMethod.NPS);
                scoring.items().stream().map(items::get).filter(i -> i != null && i.scale() != null)
                        .filter(i -> i.scale().min() != 0 || i.scale().max() != 10).forEach(i -> src.error(at.get(i.id()),
                                "the NPS question \"" + i.id() + "\" must use a 0–10 scale, not scale \""
                                        + i.scale().id() + "\" (" + i.scale().min() + "–" + i.scale().max() + ")",
                                "give scale \"" + i.scale().id() + "\" \"min: 0\" and \"max: 10\""));
                need(f, ratings > 0, k + " needs its rating question", "add an item with \"type: rating\" on a 0–10 scale");
            }
            case POSTER -> {
                items.values().stream().filter(i -> i.type() != ItemType.STATEMENT).forEach(i -> src.error(at.get(i.id()),
                        "a poster shows statements only, but item \"" + i.id() + "\" is a " + i.type().yamlName() + " item",
                        "give it \"type: statement\", or change the kind to survey"));
                method(f, kind, scoring, ScoringMethod.NONE);
            }
            case SURVEY -> { }
        }
    }

    private void need(Fields f, boolean ok, String message, String fix) {
        if (!ok) {
            src.error(f.at("kind"), message, fix);
        }
    }

    private void method(Fields f, Kind kind, Scoring scoring, ScoringMethod... allowed) {
        if (!List.of(allowed).contains(scoring.method())) {
            List<String> names = java.util.Arrays.stream(allowed).map(ScoringMethod::yamlName).toList();
            src.error(f.has("scoring") ? scoringMethodAt(f) : f.at("kind"), "scoring method \""
                    + scoring.method().yamlName() + "\" does not fit kind \"" + kind.yamlName() + "\"",
                    "use method " + String.join(" or ", names) + ", or change the kind");
        }
    }

    private Position scoringMethodAt(Fields f) {
        return f.node("scoring") instanceof YamlNode.Mapping m && m.get("method") != null
                ? m.get("method").at() : f.at("scoring");
    }
}
