package org.scorecardkit.tally.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Reads responses written as JSON, as the web form downloads them: one object, an array of objects,
 * or JSON Lines (one object per line), in UTF-8, UTF-16 or UTF-32, streamed with Jackson. Produces one named row per object:
 * its top-level keys as they are, and each answer named {@code answers.<item id>}; a list of
 * answers becomes one cell joined with {@code ;}.
 */
public final class JsonResponses {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BatchSink sink;
    private final ResponseFile file;
    private final Decoding decoding;
    private CellBatch b;

    private JsonResponses(ResponseFile file, Decoding decoding, CellBatch batch, BatchSink sink) {
        this.file = file.withFormat(Format.JSON, (char) 0);
        this.decoding = decoding;
        this.b = batch.reset(CellBatch.Kind.ROWS, this.file);
        this.sink = sink;
    }

    /** Reads the file into batches handed to {@code sink}; the last batch is an END batch. */
    static void read(ResponseFile file, Decoding decoding, CellBatch batch, BatchSink sink) {
        new JsonResponses(file, decoding, batch, sink).read();
    }

    private void read() {
        try {
            if (jsonLines()) {
                lines();
            } else {
                document();
            }
            b.end(null, 0);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            b.end("not readable as JSON (" + e.getOriginalMessage() + "); the rest of the file was not read",
                    at == null ? 0 : at.getLineNr());
        } catch (IOException e) {
            b.end("cannot read the file: " + e.getMessage(), 0);
        }
        sink.accept(b);
    }

    /** JSON Lines when the first non-blank line is a whole object by itself. */
    private boolean jsonLines() throws IOException {
        try (BufferedReader in = new BufferedReader(decoding.reader(file.path()))) {
            String line;
            while ((line = in.readLine()) != null) {
                String s = line.replace("\uFEFF", "").strip();
                if (!s.isEmpty()) {
                    return s.startsWith("{") && wholeObject(s);
                }
            }
        }
        return false;
    }

    private static boolean wholeObject(String s) {
        try (JsonParser p = MAPPER.createParser(s)) {
            return MAPPER.readTree(p) != null && p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** One object per line; a line that is not JSON is a row of its own that will be rejected. */
    private void lines() throws IOException {
        try (BufferedReader in = new BufferedReader(decoding.reader(file.path()))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String s = number == 1 ? line.replace("\uFEFF", "").strip() : line.strip();
                if (!s.isEmpty()) {
                    line(s, number);
                }
            }
        }
    }

    private void line(String s, int number) {
        try (JsonParser p = MAPPER.createParser(s)) {
            JsonNode node = MAPPER.readTree(p);
            if (p.nextToken() == null) {
                object(node, number, s);
            } else {
                broken(number, s, "more than one JSON value on the line");
            }
        } catch (JsonProcessingException e) {
            broken(number, s, "not readable as JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            broken(number, s, "not readable as JSON (" + e.getMessage() + ")");
        }
    }

    /** A row that is not an object: one unnamed cell that says why, which the intake rejects. */
    private void broken(int line, String raw, String why) {
        if (!b.roomy()) {
            b = sink.accept(b).reset(CellBatch.Kind.ROWS, file);
        }
        b.startRow(line, raw);
        b.cell(why, "", false);
    }

    /** A document: one object, an array of objects, or several objects one after another. */
    private void document() throws IOException {
        // Jackson decodes UTF-8 bytes fastest itself; UTF-16 and UTF-32 come through a reader.
        try (JsonParser p = decoding.utf8() ? MAPPER.createParser(Files.newInputStream(file.path()))
                : MAPPER.createParser(decoding.reader(file.path()))) {
            JsonToken token = p.nextToken();
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = p.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                int line = p.currentTokenLocation().getLineNr();
                JsonNode node = MAPPER.readTree(p);
                object(node, line, node.toString());
                token = p.nextToken();
            }
        }
    }

    /** Adds one object as a named row; anything else as a row that will be rejected. */
    private void object(JsonNode node, int line, String raw) {
        if (!node.isObject()) {
            broken(line, raw, "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not an object with the answers of one respondent");
            return;
        }
        if (!b.roomy()) {
            b = sink.accept(b).reset(CellBatch.Kind.ROWS, file);
        }
        b.startRow(line, raw);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals("answers") && e.getValue().isObject()) {
                e.getValue().properties().forEach(a -> value("answers." + a.getKey(), a.getValue()));
            } else {
                value(e.getKey(), e.getValue());
            }
        }
    }

    private void value(String name, JsonNode v) {
        if (v.isNull()) {
            b.cell("", name, true);
        } else if (v.isValueNode()) {
            b.cell(v.asText(), name, true);
        } else if (v.isArray() && allValues(v)) {
            StringBuilder s = new StringBuilder();
            v.forEach(x -> s.append(s.length() == 0 ? "" : ";").append(x.asText()));
            b.cell(s.toString(), name, true);
        } else {
            b.cell(v.toString(), name, false);
        }
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode x : array) {
            if (!x.isValueNode() || x.isNull()) {
                return false;
            }
        }
        return true;
    }
}
