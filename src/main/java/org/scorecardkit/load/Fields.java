package org.scorecardkit.load;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the keys of one YAML mapping into typed values. Wrong types, missing required keys,
 * duplicate keys and unknown keys (with the nearest known key) are reported to the source file,
 * and reading goes on, so one pass finds every mistake.
 */
final class Fields {
    static final Pattern SLUG = Keys.SLUG;

    private final SourceFile src;
    private final YamlNode.Mapping map;
    private final String what;
    /** Known keys that an unknown key looks like a typo of; their absence is not reported twice. */
    private final java.util.Set<String> suggested = new java.util.HashSet<>();
    /** False when the node was not a mapping: that one problem is reported, and no missing keys after it. */
    private final boolean mapping;

    private Fields(SourceFile src, YamlNode.Mapping map, String what, boolean mapping) {
        this.src = src;
        this.map = map;
        this.what = what;
        this.mapping = mapping;
    }

    /**
     * The fields of a node that should be a mapping with the given keys; a node of another shape
     * is reported and read as an empty mapping.
     */
    static Fields of(SourceFile src, YamlNode node, String what, List<String> allowed) {
        if (node instanceof YamlNode.Mapping m) {
            Fields f = new Fields(src, m, what, true);
            f.checkKeys(allowed);
            return f;
        }
        Position at = node == null ? Position.START : node.at();
        src.error(at, what + " must be a mapping of keys to values, not "
                        + (node == null ? "nothing" : node.describe()),
                "write it as \"key: value\" lines, e.g. \"" + allowed.get(0) + ": …\"");
        return new Fields(src, new YamlNode.Mapping(at), what, false);
    }

    /** Whether the node was a mapping; when not, its shape was reported and its keys are all absent. */
    boolean isMapping() {
        return mapping;
    }

    /** How to name an object in messages: by its id when it has one ("item \"energy\""), else "an item". */
    static String nameOf(YamlNode node, String noun) {
        if (node instanceof YamlNode.Mapping m && m.get("id") instanceof YamlNode.Scalar s && !s.isNull()) {
            return noun + " \"" + s.text() + "\"";
        }
        return (noun.matches("[aeiou].*") ? "an " : "a ") + noun;
    }

    String what() {
        return what;
    }

    /** The same fields under a more precise name for messages, once the object's id is known. */
    Fields named(String betterName) {
        Fields f = new Fields(src, map, betterName, mapping);
        f.suggested.addAll(suggested);
        return f;
    }

    SourceFile source() {
        return src;
    }

    Position at() {
        return map.at();
    }

    /** The place of a key's value, or of the mapping when the key is absent. */
    Position at(String key) {
        YamlNode n = map.get(key);
        return n == null ? map.at() : n.at();
    }

    /** The place of the key itself (not its value, which may start on the next line), or of the mapping. */
    Position keyAt(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? map.at() : e.keyAt();
    }

    /** Whether the key is written with a value; an empty value ("title:") counts as absent. */
    boolean has(String key) {
        return !empty(map.get(key));
    }

    private static boolean empty(YamlNode n) {
        return n == null || n instanceof YamlNode.Scalar s && (s.isNull() || s.value() instanceof String t && t.isBlank());
    }

    /** Reports the key as missing when it is required and absent; true when it is present. */
    boolean require(String key, String example) {
        return present(key, true, example) != null;
    }

    YamlNode node(String key) {
        return map.get(key);
    }

    String text(String key, boolean required) {
        YamlNode.Scalar s = scalar(key, required, "text", "\"" + key + ": some text\"");
        return s == null ? null : s.text();
    }

    /** A Markdown value; its links are checked once all pages are known. */
    String markdown(String key) {
        return src.markdown(scalar(key, false, "text (Markdown)", key + ": |"));
    }

    String slug(String key, boolean required) {
        String v = text(key, required);
        if (v != null && !SLUG.matcher(v).matches()) {
            src.error(at(key), "\"" + key + "\" of " + what + " must be a slug (lowercase letters, digits "
                    + "and single hyphens), not \"" + v + "\"", "write it as \"" + slugify(v) + "\"");
            return null;
        }
        return v;
    }

    Integer integer(String key, boolean required) {
        YamlNode.Scalar s = scalar(key, required, "a whole number", key + ": 1");
        if (s == null) {
            return null;
        }
        if (s.value() instanceof Integer i) {
            return i;
        }
        if (s.value() instanceof Long || s.value() instanceof BigInteger) {
            src.error(s.at(), "\"" + key + "\" of " + what + " is too large: " + s.text(),
                    "write a whole number below " + Integer.MAX_VALUE);
            return null;
        }
        wrongType(key, s, "a whole number", key + ": 1");
        return null;
    }

    Double number(String key, boolean required) {
        YamlNode.Scalar s = scalar(key, required, "a number", key + ": 1");
        if (s == null) {
            return null;
        }
        if (s.value() instanceof Number n) {
            return n.doubleValue();
        }
        wrongType(key, s, "a number", key + ": 1");
        return null;
    }

    Boolean bool(String key) {
        YamlNode.Scalar s = scalar(key, false, "true or false", key + ": true");
        if (s == null) {
            return null;
        }
        if (s.value() instanceof Boolean b) {
            return b;
        }
        wrongType(key, s, "true or false", key + ": true");
        return null;
    }

    /** One of a fixed set of names, reported with the nearest name when it is none of them. */
    <E> E choice(String key, E[] values, Function<E, String> name, String kindOfThing, boolean required) {
        List<String> names = java.util.Arrays.stream(values).map(name).toList();
        if (!has(key)) {
            present(key, required, key + ": " + names.get(0) + "\" (one of: " + String.join(", ", names) + ")");
            return null;
        }
        String v = text(key, required);
        if (v == null) {
            return null;
        }
        for (E e : values) {
            if (name.apply(e).equals(v)) {
                return e;
            }
        }
        String near = Suggest.nearest(v, names);
        src.error(at(key), "unknown " + kindOfThing + " \"" + v + "\" in " + what,
                (near != null ? "did you mean \"" + near + "\"? " : "") + "use one of: " + String.join(", ", names));
        return null;
    }

    YamlNode.Mapping mapping(String key, boolean required) {
        YamlNode n = present(key, required, key + ":\n    …");
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.Mapping m) {
            return m;
        }
        src.error(n.at(), "\"" + key + "\" of " + what + " must be a mapping, not " + n.describe(),
                "write its keys on the lines below \"" + key + ":\", indented");
        return null;
    }

    YamlNode.Sequence list(String key, boolean required) {
        YamlNode n = present(key, required, key + ":\n  - …");
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.Sequence s) {
            return s;
        }
        src.error(n.at(), "\"" + key + "\" of " + what + " must be a list, not " + n.describe(),
                "write each element on its own line starting with \"- \"");
        return null;
    }

    private YamlNode.Scalar scalar(String key, boolean required, String expected, String example) {
        YamlNode n = present(key, required, example);
        if (n == null) {
            return null;
        }
        if (n instanceof YamlNode.Scalar s) {
            return s;
        }
        src.error(n.at(), "\"" + key + "\" of " + what + " must be " + expected + ", not " + n.describe(),
                "write it on one line, e.g. \"" + example + "\"");
        return null;
    }

    private YamlNode present(String key, boolean required, String example) {
        YamlNode n = map.get(key);
        if (empty(n)) {
            if (required && mapping && !suggested.contains(key)) {
                src.error(n == null ? map.at() : keyAt(key), "missing required key \"" + key + "\" in " + what,
                        "add " + quoted(example.lines().findFirst().orElse(key)) + " to " + what);
            }
            return null;
        }
        return n;
    }

    private void wrongType(String key, YamlNode.Scalar s, String expected, String example) {
        // A number or boolean in quotes reads as text; YAML 1.1's yes/no/on/off are text too.
        boolean quoted = s.value() instanceof String t && t.strip().matches("-?\\d+(\\.\\d+)?|true|false");
        boolean yesNo = expected.startsWith("true") && s.text().matches("(?i)y|yes|n|no|on|off");
        String fix = quoted ? "write it without quotes, e.g. \"" + example + "\""
                : yesNo ? "write \"" + key + ": true\" or \"" + key + ": false\"; yes, no, on and off are read as text"
                : "write " + expected + (expected.startsWith("true") ? "" : " in digits") + ", e.g. \"" + example + "\"";
        src.error(s.at(), "\"" + key + "\" of " + what + " must be " + expected + ", not " + s.describe(), fix);
    }

    private void checkKeys(List<String> allowed) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                String near = Suggest.nearest(e.key(), allowed);
                if (near != null) {
                    suggested.add(near);
                }
                src.error(e.keyAt(), "unknown key \"" + e.key() + "\" in " + what,
                        (near != null ? "did you mean \"" + near + "\"? " : "remove it; ")
                                + "known keys here: " + String.join(", ", allowed));
            }
        }
        for (YamlNode.Entry e : map.duplicates()) {
            src.error(e.keyAt(), "key \"" + e.key() + "\" is written twice in " + what,
                    "keep one of the two; the first is at line " + map.entries().get(e.key()).keyAt().line());
        }
    }

    private static String quoted(String example) {
        return example.startsWith("\"") ? example : "\"" + example + "\"";
    }

    static String slugify(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "item-1" : s;
    }
}
