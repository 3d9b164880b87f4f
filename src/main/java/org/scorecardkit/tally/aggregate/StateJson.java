package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Reason;

/**
 * Writes a {@link TallyState} as JSON (--save-state) and reads it back for {@code tally merge}.
 * Every count is written exactly (score values as shortest round-tripping doubles), so a state
 * read back equals the state written.
 */
public final class StateJson {
    /** The format tag every state file starts with. */
    public static final String FORMAT = "scorecard-kit tally state 1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StateJson() {
    }

    public static byte[] write(TallyState s, List<String> notes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            DefaultIndenter indent = new DefaultIndenter("  ", "\n");
            // Objects one key a line, arrays of counts on one line: readable, and the same bytes everywhere.
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent)
                    .withArrayIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter()));
            g.writeStartObject();
            identity(g, s);
            g.writeNumberField("read", s.read);
            g.writeNumberField("blank_lines", s.blank);
            g.writeObjectFieldStart("rejects");
            for (Reason r : Reason.values()) {
                g.writeNumberField(r.key(), s.reasons[r.ordinal()]);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("notes");
            for (String n : notes) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeFieldName("whole");
            AggregateJson.write(g, s.whole());
            g.writeObjectFieldStart("groups");
            for (Map.Entry<String, Aggregate> e : s.groups().entrySet()) {
                g.writeFieldName(e.getKey());
                AggregateJson.write(g, e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** What the state is of: the format, the instrument, its version and columns, and the breakdown. */
    private static void identity(JsonGenerator g, TallyState s) throws IOException {
        g.writeStringField("format", FORMAT);
        g.writeStringField("instrument", s.layout().instrument().id());
        g.writeStringField("version", s.layout().instrument().version());
        g.writeArrayFieldStart("columns");
        for (String c : s.layout().instrument().columns()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("by", s.by() == null ? null : s.by().option());
    }

    /** A saved state, read against the instrument it was saved for. */
    public record Saved(TallyState state, List<String> notes) {
    }

    /** The instrument id a state was saved for, to find its definition before reading the rest. */
    public static String instrumentOf(byte[] json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a tally state saved with --save-state (no \"format\": \"" + FORMAT + "\")");
        }
        return root.path("instrument").asText();
    }

    /** Reads a state; fails when it was saved for another version or other columns of the instrument. */
    public static Saved read(byte[] json, Layout layout) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        instrumentOf(json);
        String version = root.path("version").asText();
        if (!version.equals(layout.instrument().version())) {
            throw new IOException("the state is of version " + version + " of " + layout.instrument().id()
                    + ", but the content defines version " + layout.instrument().version());
        }
        List<String> columns = new ArrayList<>();
        root.path("columns").forEach(c -> columns.add(c.asText()));
        if (!columns.equals(layout.instrument().columns())) {
            throw new IOException("the state's columns differ from the instrument's: " + columns);
        }
        JsonNode by = root.path("by");
        TallyState s = new TallyState(layout, by.isNull() || by.isMissingNode() ? null : Breakdown.of(by.asText()));
        s.read = root.path("read").asLong();
        s.blank = root.path("blank_lines").asLong();
        for (Reason r : Reason.values()) {
            s.reasons[r.ordinal()] = root.path("rejects").path(r.key()).asLong();
        }
        AggregateJson.read(root.path("whole"), s.whole());
        root.path("groups").properties().forEach(e -> AggregateJson.read(e.getValue(), s.group(e.getKey())));
        List<String> notes = new ArrayList<>();
        root.path("notes").forEach(n -> notes.add(n.asText()));
        return new Saved(s, notes);
    }
}
