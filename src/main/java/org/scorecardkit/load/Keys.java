package org.scorecardkit.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys each object of the content format accepts. The loader rejects any other key, and the
 * JSON Schemas and the format guide document exactly these (a test holds all three together).
 */
public final class Keys {
    /**
     * The version of the project format these keys describe, written as {@code format:} in site.yaml.
     * Raise it only when a change needs old projects rewritten; {@code scorecard upgrade} then does that.
     */
    public static final int FORMAT = 1;

    /** What the format calls a slug (ids of instruments, items, pages): lower-case letters and digits joined by single hyphens. */
    public static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static final List<String> SITE = List.of(
            "format", "title", "organisation", "description", "language", "base_url", "paper", "nav", "instruments", "submission",
            "date_order", "brand");
    public static final List<String> BRAND = List.of("logo", "primary", "accent");
    public static final List<String> SUBMISSION = List.of("method", "url", "netlify", "collector");
    public static final List<String> INSTRUMENT = List.of(
            "id", "version", "title", "kind", "description", "language", "intro", "instructions",
            "closing", "source", "scales", "items", "sections", "scoring", "print", "subtitle", "audience", "publish",
            "ask", "thanks");
    public static final List<String> SOURCE = List.of("title", "author", "publisher", "url", "note");
    public static final List<String> SCALE = List.of("min", "max", "labels");
    public static final List<String> SECTION = List.of("id", "title", "description", "items");
    public static final List<String> ITEM = List.of(
            "id", "type", "text", "short", "required", "scale", "options", "lines", "help");
    public static final List<String> OPTION = List.of("value", "label");
    public static final List<String> SCORING = List.of("method", "items", "partly", "bands", "categories");
    public static final List<String> BAND = List.of("min", "max", "label", "text");
    public static final List<String> CATEGORIES = List.of("detractors", "passives", "promoters");
    public static final List<String> CATEGORY = List.of("min", "max", "label", "text");
    public static final List<String> PRINT = List.of("paper", "orientation", "cards_per_sheet");

    private Keys() {
    }

    /** Every object of the format by its name in the JSON Schema's {@code $defs}. */
    public static Map<String, List<String>> all() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("site", SITE);
        all.put("submission", SUBMISSION);
        all.put("brand", BRAND);
        all.put("instrument", INSTRUMENT);
        all.put("source", SOURCE);
        all.put("scale", SCALE);
        all.put("section", SECTION);
        all.put("item", ITEM);
        all.put("option", OPTION);
        all.put("scoring", SCORING);
        all.put("band", BAND);
        all.put("categories", CATEGORIES);
        all.put("category", CATEGORY);
        all.put("print", PRINT);
        return all;
    }
}
