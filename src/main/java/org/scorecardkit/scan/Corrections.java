package org.scorecardkit.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * multiple-choice item are joined by ";". A sheet is named as responses.csv names it; the serial,
 * when given, guards against a file made for another scan whose files had the same names.
 *
 * @param file the file as the user named it, for messages ("" when none)
 * @param list every choice, in file order
 */
public record Corrections(String file, String instrument, String version, List<Choice> list) {
    /** The format the file declares; a reader refuses any other. */
    public static final String FORMAT = "scorecard-kit corrections 1";
    /** No corrections. */
    public static final Corrections NONE = new Corrections("", "", "", List.of());

    public Corrections {
        list = List.copyOf(list);
    }

    /** Corrections made in code: each key is {@code sheet + "\u0000" + item}, as {@link #key} makes it. */
    public Corrections(String instrument, String version, Map<String, String> choices) {
        this("corrections", instrument, version, fromMap(choices));
    }

    /**
     * One choice.
     *
     * @param number its place in the file's list, from 1
     * @param line the line of the file it starts on (0 when not from a file)
     * @param serial the sheet's serial as the file gives it, or "" when it gives none
     */
    public record Choice(int number, int line, String sheet, String serial, String item, String value) {
        /** How a message names it: "correction 3 (line 12)". */
        public String where() {
            return "correction " + number + (line > 0 ? " (line " + line + ")" : "");
        }
    }

    /** A corrections file that cannot be applied, with one line naming the file and what is wrong. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** The value chosen for an item of a sheet, or null when none was (the last, if several were). */
    public String choice(String sheet, String item) {
        String value = null;
        for (Choice c : list) {
            if (c.sheet().equals(sheet) && c.item().equals(item)) {
                value = c.value();
            }
        }
        return value;
    }

    /** The choices by key ({@link #key}), the last of each. */
    public Map<String, String> choices() {
        Map<String, String> out = new LinkedHashMap<>();
        list.forEach(c -> out.put(key(c.sheet(), c.item()), c.value()));
        return out;
    }

    /** The key a choice is kept under in {@link #choices()}. */
    public static String key(String sheet, String item) {
        return sheet + "\u0000" + item;
    }

    private static List<Choice> fromMap(Map<String, String> choices) {
        List<Choice> out = new ArrayList<>();
        choices.forEach((k, v) -> {
            int cut = k.indexOf('\u0000');
            out.add(new Choice(out.size() + 1, 0, k.substring(0, cut), "", k.substring(cut + 1), v));
        });
        return out;
    }

    /** Reads a corrections file; every malformed entry is listed in the one line of the failure. */
    public static Corrections read(Path file) throws Invalid {
        ObjectMapper mapper = new ObjectMapper();
        String instrument = "";
        String version = "";
        String format = null;
        List<Choice> list = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (JsonParser p = mapper.createParser(Files.readAllBytes(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Invalid(ScanMessages.notCorrections(file));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> format = p.getValueAsString();
                    case "instrument" -> instrument = p.getValueAsString("");
                    case "version" -> version = p.getValueAsString("");
                    case "corrections" -> entries(p, mapper, value, list, wrong);
                    default -> p.skipChildren();
                }
            }
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": file not found; give the corrections.json that review.html saved");
        } catch (IOException e) {
            throw new Invalid(file + ": not readable as corrections JSON (" + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse("") + "); save it again from review.html");
        }
        if (!FORMAT.equals(format)) {
            throw new Invalid(ScanMessages.notCorrections(file));
        }
        if (!wrong.isEmpty()) {
            throw new Invalid(file + ": " + String.join("; ", wrong));
        }
        return new Corrections(file.toString(), instrument, version, list);
    }

    private static void entries(JsonParser p, ObjectMapper mapper, JsonToken start, List<Choice> list, List<String> wrong)
            throws IOException {
        if (start != JsonToken.START_ARRAY) {
            p.skipChildren();
            wrong.add("\"corrections\" must be a list");
            return;
        }
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            n++;
            int line = p.currentTokenLocation().getLineNr();
            JsonNode c = mapper.readTree(p);
            String sheet = c.path("sheet").asText("");
            String item = c.path("item").asText("");
            if (sheet.isEmpty() || item.isEmpty() || !c.path("value").isTextual()) {
                wrong.add("correction " + n + " (line " + line + ") needs \"sheet\", \"item\" and a text \"value\"");
                continue;
            }
            list.add(new Choice(n, line, sheet, c.path("serial").asText(""), item, c.path("value").asText()));
        }
    }
}
