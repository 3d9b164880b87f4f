package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Section;
import org.scorecardkit.tally.check.Layout;

/** Writes one {@link Aggregate}'s counts as JSON inside a saved state, and reads them back into an empty one. */
final class AggregateJson {
    private AggregateJson() {
    }

    /**
     * Writes the counts; with {@code respondents} (the whole of a state) also the samples of rows without an id.
     *
     * @param dates {first, last} of the rows without an id (yyyymmdd, 0 for none): the rows with one carry their own
     */
    static void write(JsonGenerator g, Aggregate a, int[] dates, RespondentRows respondents) throws IOException {
        Layout layout = a.layout();
        g.writeStartObject();
        g.writeNumberField("rows", a.rows);
        g.writeObjectFieldStart("items");
        for (int i = 0; i < layout.size(); i++) {
            g.writeFieldName(layout.column(i).id());
            g.writeArray(a.counts[i], 0, a.counts[i].length);
        }
        g.writeEndObject();
        g.writeFieldName("scores");
        counts(g, a.scores);
        g.writeNumberField("unscored", a.unscored);
        g.writeFieldName("bands");
        g.writeArray(a.bands, 0, a.bands.length);
        g.writeObjectFieldStart("sections");
        List<Section> sections = layout.instrument().sections();
        for (int s = 0; s < sections.size(); s++) {
            g.writeFieldName(sections.get(s).id());
            counts(g, a.sections[s]);
        }
        g.writeEndObject();
        if (a.alpha != null) {
            alpha(g, a.alpha);
        }
        dates(g, dates);
        if (respondents != null) {
            samples(g, layout, respondents);
        }
        g.writeEndObject();
    }

    /** Per free-text item, {@code [ [ records before it, "text" ], … ]}. */
    private static void samples(JsonGenerator g, Layout layout, RespondentRows respondents) throws IOException {
        g.writeObjectFieldStart("texts");
        int[] columns = respondents.textColumns();
        for (int t = 0; t < columns.length; t++) {
            g.writeArrayFieldStart(layout.column(columns[t]).id());
            for (RespondentRows.Sample sample : respondents.samples().get(t)) {
                g.writeStartArray();
                g.writeNumber(sample.position());
                g.writeString(sample.text());
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** A range of dates, {@code {"first": "2026-03-01", "last": "2026-05-30"}}, or null when none is known. */
    private static void dates(JsonGenerator g, int[] range) throws IOException {
        g.writeFieldName("dates");
        if (range[0] == 0) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("first", org.scorecardkit.tally.check.DateReading.iso(range[0]));
        g.writeStringField("last", org.scorecardkit.tally.check.DateReading.iso(range[1]));
        g.writeEndObject();
    }

    /** Value counts as [[value, count], …], lowest value first. */
    private static void counts(JsonGenerator g, ValueCounts counts) throws IOException {
        g.writeStartArray();
        for (Map.Entry<Double, Long> e : counts.sorted().entrySet()) {
            g.writeStartArray();
            g.writeNumber(e.getKey());
            g.writeNumber(e.getValue());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void alpha(JsonGenerator g, AlphaMoments m) throws IOException {
        g.writeObjectFieldStart("alpha");
        g.writeNumberField("n", m.n());
        g.writeArrayFieldStart("sums");
        for (int i = 0; i < m.k(); i++) {
            g.writeNumber(m.sum(i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("products");
        for (int i = 0; i < m.k(); i++) {
            g.writeStartArray();
            for (int j = 0; j < m.k(); j++) {
                g.writeNumber(m.product(i, j));
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
