package org.scorecardkit.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The choices a person made in review.html, as the corrections.json it downloads holds them:
 * <pre>{"format": "scorecard-kit corrections 1", "instrument": "skillset", "version": "1",
 *  "corrections": [{"sheet": "scans.pdf#3", "serial": "000002", "item": "listening-skills", "value": "4"}]}</pre>
 * A value of "" means the person decided the item has no answer; several values of a
 * multiple-choice item are joined by ";". A sheet is named as responses.csv names it.
 */
public record Corrections(String instrument, String version, Map<String, String> choices) {
    /** The format the file declares; a reader refuses any other. */
    public static final String FORMAT = "scorecard-kit corrections 1";
    /** No corrections. */
    public static final Corrections NONE = new Corrections("", "", Map.of());

    public Corrections {
        choices = Map.copyOf(choices);
    }

    /** A corrections file that cannot be applied, with one line naming the file and what is wrong. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** The value chosen for an item of a sheet, or null when none was. */
    public String choice(String sheet, String item) {
        return choices.get(key(sheet, item));
    }

    /** The key a choice is kept under. */
    static String key(String sheet, String item) {
        return sheet + "\u0000" + item;
    }

    /** Reads a corrections file. */
    public static Corrections read(Path file) throws Invalid {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new Invalid(file + ": not readable as corrections JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); save it again from review.html");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText(null))) {
            throw new Invalid(file + ": not a corrections file (its \"format\" must be \"" + FORMAT
                    + "\"); save it again from review.html");
        }
        Map<String, String> choices = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (JsonNode c : root.path("corrections")) {
            n++;
            String sheet = c.path("sheet").asText("");
            String item = c.path("item").asText("");
            if (sheet.isEmpty() || item.isEmpty() || !c.path("value").isTextual()) {
                wrong.add("correction " + n + " needs \"sheet\", \"item\" and a text \"value\"");
                continue;
            }
            choices.put(key(sheet, item), c.path("value").asText());
        }
        if (!wrong.isEmpty()) {
            throw new Invalid(file + ": " + String.join("; ", wrong));
        }
        return new Corrections(root.path("instrument").asText(""), root.path("version").asText(""), choices);
    }
}
