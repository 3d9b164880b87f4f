package org.scorecardkit.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorecardkit.model.Brand;
import org.scorecardkit.model.Logo;

/**
 * Reads {@code site.yaml}'s {@code brand} into a {@link Brand}: each colour checked to be "#rrggbb" and to
 * meet WCAG AA contrast where the kit writes text with it (white text on the primary colour, accent links on
 * white), the logo read by {@link LogoReader}. A colour that fails is reported with a darker one that passes.
 */
final class BrandReader {
    /** A few colour names people write, with the "#rrggbb" that means the same, for the fix. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("black", "#000000"),
            Map.entry("white", "#ffffff"), Map.entry("red", "#ff0000"), Map.entry("green", "#008000"),
            Map.entry("blue", "#0000ff"), Map.entry("navy", "#000080"), Map.entry("teal", "#008080"),
            Map.entry("purple", "#800080"), Map.entry("maroon", "#800000"), Map.entry("olive", "#808000"),
            Map.entry("gray", "#808080"), Map.entry("grey", "#808080"), Map.entry("orange", "#ffa500"),
            Map.entry("yellow", "#ffff00"), Map.entry("darkblue", "#00008b"), Map.entry("darkgreen", "#006400"),
            Map.entry("darkred", "#8b0000"));

    private BrandReader() {
    }

    static Brand read(SourceFile src, YamlNode node, Path dir, List<Problem> problems) {
        Fields f = Fields.of(src, node, "brand", Keys.BRAND);
        String primary = colour(f, "primary");
        if (primary != null) {
            contrast(f, "primary", Contrast.WHITE, primary, "white text on primary \"" + primary + "\"");
        }
        String accent = colour(f, "accent");
        if (accent != null) {
            contrast(f, "accent", accent, Contrast.WHITE, "accent (links) \"" + accent + "\" on white");
        }
        Logo logo = f.has("logo") ? LogoReader.read(src, f, dir, problems) : null;
        return new Brand(logo, primary == null ? Brand.DEFAULT_PRIMARY : primary, accent == null ? Brand.DEFAULT_ACCENT : accent);
    }

    /** The colour as "#rrggbb" in lowercase, or null (reported) when it is written another way or not at all. */
    private static String colour(Fields f, String key) {
        if (!f.has(key)) {
            commentTrap(f, key);
            return null;
        }
        String v = f.text(key, false);
        if (v == null) {
            return null;
        }
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.matches("#[0-9a-f]{6}")) {
            return s;
        }
        f.source().error(f.at(key), "\"" + key + "\" of brand must be a colour written as \"#RRGGBB\", not \"" + v + "\"",
                "write it as \"" + key + ": \\\"" + fix(s) + "\\\"\" (in quotes: YAML reads an unquoted # as a comment)");
        return null;
    }

    /** The nearest "#rrggbb" to what was written: the 3-digit form doubled, a name's value, a missing "#" added. */
    private static String fix(String s) {
        if (s.matches("#[0-9a-f]{3}")) {
            return "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
        }
        if (s.matches("[0-9a-f]{6}")) {
            return "#" + s;
        }
        return NAMES.getOrDefault(s.replace(" ", ""), "#0b5cad");
    }

    /** {@code primary: #0b5cad} without quotes is an empty value and a comment in YAML: say so rather than ignore it. */
    private static void commentTrap(Fields f, String key) {
        if (f.node(key) == null) {
            return;
        }
        Position at = f.keyAt(key);
        String[] lines = f.source().text().split("\n", -1);
        String line = at.line() <= lines.length ? lines[at.line() - 1] : "";
        int colon = line.indexOf(':', at.column() - 1);
        int hash = colon < 0 ? -1 : line.indexOf('#', colon);
        if (hash > 0) {
            String written = line.substring(hash).strip();
            f.source().error(new Position(at.line(), hash + 1), "\"" + key + "\" of brand is empty: YAML reads the unquoted "
                    + written + " as a comment", "put the colour in quotes: " + key + ": \"" + written.split("\\s")[0] + "\"");
        }
    }

    /** Reports a pair of text and background colours below WCAG AA, with how far it falls short and a colour that passes. */
    private static void contrast(Fields f, String key, String text, String background, String pair) {
        double ratio = Contrast.ratio(text, background);
        if (ratio >= Contrast.AA_TEXT) {
            return;
        }
        String colour = key.equals("primary") ? background : text;
        String better = Contrast.darkened(colour, Contrast.WHITE, Contrast.AA_TEXT);
        f.source().error(f.at(key), pair + " has contrast " + Contrast.shown(ratio) + ", below the "
                        + Contrast.shown(Contrast.AA_TEXT) + " WCAG AA needs for text",
                "darken it, e.g. \"" + better + "\" (" + Contrast.shown(Contrast.ratio(better, Contrast.WHITE)) + ")");
    }
}
