package org.scorecardkit.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of a YAML document that remembers where it was written, so every problem can name its place. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Position at();

    /** What this node is, in words for an error message: "a mapping", "a list", "text \"x\"". */
    String describe();

    /** A mapping; keys keep their order, and a key written twice is kept aside as a duplicate. */
    record Mapping(Position at, Map<String, Entry> entries, List<Entry> duplicates) implements YamlNode {
        public Mapping(Position at) {
            this(at, new LinkedHashMap<>(), new ArrayList<>());
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "a mapping (key: value lines)";
        }
    }

    /** One key of a mapping with the place of the key itself. */
    record Entry(String key, Position keyAt, YamlNode value) {
    }

    /** A list. */
    record Sequence(Position at, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value: the text exactly as written, and the type it has by YAML 1.2's core schema
     * (so {@code yes}, {@code on} and {@code 1.10} stay text wherever text is wanted).
     *
     * @param value a String, Integer, Long, BigInteger, Double, Boolean, or null for an empty value
     * @param text the scalar as written (without quotes), "" for an empty value
     */
    record Scalar(Position at, Object value, String text) implements YamlNode {
        public boolean isNull() {
            return value == null;
        }

        @Override
        public String describe() {
            if (value == null) {
                return "an empty value";
            }
            if (value instanceof String) {
                return "text \"" + text + "\"";
            }
            return (value instanceof Boolean ? "the boolean " : "the number ") + text;
        }
    }
}
