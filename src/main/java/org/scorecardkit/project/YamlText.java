package org.scorecardkit.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes values into YAML text that a person then edits, by Jackson's YAML writer: plain where that reads
 * back as written, quoted where YAML would read it otherwise ("yes", "1.5", "Care: #1").
 */
final class YamlText {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private YamlText() {
    }

    /** The value as a one-line YAML scalar; line breaks in it become spaces, since the value sits after "key: ". */
    static String scalar(String value) {
        try {
            return YAML.writeValueAsString(value.replaceAll("[\\r\\n]+", " ")).strip();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A block list, one "  - entry" line each. */
    static String list(JsonNode entries) {
        List<String> lines = new ArrayList<>();
        entries.forEach(e -> lines.add("  - " + scalar(e.asText())));
        return String.join("\n", lines);
    }
}
