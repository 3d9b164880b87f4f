package org.scorecardkit.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writes values into YAML text that a person then edits: plain where that reads the same, double-quoted where YAML would read it otherwise. */
final class YamlText {
    // Letters, digits, spaces and harmless punctuation, starting with a letter or digit: YAML reads these as the text written.
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.'’&()/-]*");
    private static final List<String> SPECIAL = List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

    private YamlText() {
    }

    /** The value as a YAML scalar. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !SPECIAL.contains(value.toLowerCase(java.util.Locale.ROOT))
                && !value.matches("[0-9.]+")) {
            return value;
        }
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** A block list, one "  - entry" line each. */
    static String list(JsonNode entries) {
        List<String> lines = new ArrayList<>();
        entries.forEach(e -> lines.add("  - " + scalar(e.asText())));
        return String.join("\n", lines);
    }
}
