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

    static void write(JsonGenerator g, Aggregate a) throws IOException {
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
        g.writeObjectFieldStart("texts");
        for (int i = 0; i < layout.size(); i++) {
            if (a.texts.get(i) != null) {
                g.writeArrayFieldStart(layout.column(i).id());
                for (String t : a.texts.get(i)) {
                    g.writeString(t);
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
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

    /** Adds the saved counts of {@code node} into {@code a}. */
    static void read(JsonNode node, Aggregate a) {
        Layout layout = a.layout();
        a.rows += node.path("rows").asLong();
        for (int i = 0; i < layout.size(); i++) {
            JsonNode counts = node.path("items").path(layout.column(i).id());
            for (int c = 0; c < a.counts[i].length; c++) {
                a.counts[i][c] += counts.path(c).asLong();
            }
            List<String> texts = a.texts.get(i);
            if (texts != null) {
                node.path("texts").path(layout.column(i).id()).forEach(t -> {
                    if (texts.size() < Aggregate.TEXT_SAMPLES) {
                        texts.add(t.asText());
                    }
                });
            }
        }
        node.path("scores").forEach(p -> a.scores.add(p.path(0).asDouble(), p.path(1).asLong()));
        a.unscored += node.path("unscored").asLong();
        for (int b = 0; b < a.bands.length; b++) {
            a.bands[b] += node.path("bands").path(b).asLong();
        }
        List<Section> sections = layout.instrument().sections();
        for (int s = 0; s < sections.size(); s++) {
            ValueCounts coverage = a.sections[s];
            node.path("sections").path(sections.get(s).id()).forEach(p -> coverage.add(p.path(0).asDouble(), p.path(1).asLong()));
        }
        if (a.alpha != null && node.has("alpha")) {
            readAlpha(node.path("alpha"), a.alpha);
        }
    }

    private static void readAlpha(JsonNode node, AlphaMoments m) {
        int k = m.k();
        long[] sums = new long[k];
        long[][] products = new long[k][k];
        for (int i = 0; i < k; i++) {
            sums[i] = node.path("sums").path(i).asLong();
            for (int j = 0; j < k; j++) {
                products[i][j] = node.path("products").path(i).path(j).asLong();
            }
        }
        AlphaMoments saved = new AlphaMoments(k);
        saved.set(node.path("n").asLong(), sums, products);
        m.addAll(saved);
    }
}
