package org.scorecardkit.tally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.scorecardkit.tally.stats.Alpha;
import org.scorecardkit.tally.stats.Comparison;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.Summary;

/**
 * Writes a {@link Summary} as summary.json: the same numbers always give the same bytes. The whole
 * and each group carry {@code "dates": {"first": "2026-03-01", "last": "2026-05-30"}} after their n,
 * left out when no response's date is known.
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static byte[] of(Summary s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonOut.open(out)) {
            g.writeStartObject();
            g.writeStringField("instrument", s.instrument().id());
            g.writeStringField("version", s.instrument().version());
            g.writeStringField("title", s.instrument().title());
            g.writeStringField("kind", s.instrument().kind().yamlName());
            g.writeObjectFieldStart("rows");
            g.writeNumberField("read", s.rows().read());
            g.writeNumberField("accepted", s.rows().accepted());
            g.writeNumberField("rejected", s.rows().rejected());
            g.writeNumberField("blank_lines", s.rows().blank());
            g.writeEndObject();
            longs(g, "rejects", s.rejects());
            longs(g, "problems", s.problems());
            if (s.scans() != null) {
                g.writeObjectFieldStart("scans");
                g.writeNumberField("pages", s.scans().pages());
                g.writeNumberField("sheets", s.scans().sheets());
                g.writeNumberField("marks_corrected", s.scans().corrected());
                g.writeNumberField("marks_to_review", s.scans().waiting());
                g.writeEndObject();
            }
            numbers(g, s.whole());
            if (s.by() != null) {
                g.writeStringField("by", s.by());
                g.writeObjectFieldStart("groups");
                for (Map.Entry<String, Summary.Numbers> e : s.groups().entrySet()) {
                    g.writeObjectFieldStart(e.getKey());
                    numbers(g, e.getValue());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            if (s.comparison() != null) {
                comparison(g, s.comparison());
            }
            strings(g, "notes", s.notes());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void numbers(JsonGenerator g, Summary.Numbers n) throws IOException {
        g.writeNumberField("n", n.n());
        if (n.dates() != null) {
            g.writeObjectFieldStart("dates");
            g.writeStringField("first", n.dates().first());
            g.writeStringField("last", n.dates().last());
            g.writeEndObject();
        }
        if (n.score() != null) {
            score(g, n.score());
        }
        if (n.nps() != null) {
            nps(g, n.nps());
        }
        if (!n.coverage().isEmpty()) {
            g.writeObjectFieldStart("coverage");
            for (Summary.SectionStats c : n.coverage().values()) {
                g.writeObjectFieldStart(c.id());
                g.writeNumberField("n", c.n());
                JsonOut.field(g, "mean", c.mean());
                JsonOut.field(g, "sd", c.sd());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        alpha(g, n.alpha());
        g.writeObjectFieldStart("items");
        for (Summary.ItemStats i : n.items().values()) {
            item(g, i);
        }
        g.writeEndObject();
        strings(g, "warnings", n.warnings());
    }

    private static void item(JsonGenerator g, Summary.ItemStats i) throws IOException {
        g.writeObjectFieldStart(i.id());
        g.writeStringField("type", i.type());
        g.writeNumberField("n", i.n());
        g.writeNumberField("no_answer", i.noAnswer());
        JsonOut.field(g, "mean", i.mean());
        JsonOut.field(g, "sd", i.sd());
        JsonOut.field(g, "median", i.median());
        longs(g, "counts", i.counts());
        if (!i.answers().isEmpty()) {
            strings(g, "answers", i.answers());
        }
        g.writeEndObject();
    }

    private static void score(JsonGenerator g, Summary.ScoreStats s) throws IOException {
        g.writeObjectFieldStart("score");
        g.writeStringField("method", s.method());
        g.writeNumberField("n", s.n());
        g.writeNumberField("no_score", s.unscored());
        JsonOut.field(g, "mean", s.mean());
        JsonOut.field(g, "sd", s.sd());
        JsonOut.field(g, "median", s.median());
        JsonOut.field(g, "min", s.min());
        JsonOut.field(g, "max", s.max());
        longs(g, "bands", s.bands());
        g.writeEndObject();
    }

    private static void nps(JsonGenerator g, Nps p) throws IOException {
        g.writeObjectFieldStart("nps");
        g.writeNumberField("n", p.n());
        g.writeNumberField("promoters", p.promoters());
        g.writeNumberField("passives", p.passives());
        g.writeNumberField("detractors", p.detractors());
        JsonOut.field(g, "promoters_pct", p.promotersPct());
        JsonOut.field(g, "passives_pct", p.passivesPct());
        JsonOut.field(g, "detractors_pct", p.detractorsPct());
        JsonOut.field(g, "score", p.score());
        interval(g, "ci95", p.low(), p.high());
        g.writeStringField("ci95_method", Nps.CI95_METHOD);
        g.writeStringField("method", Nps.METHOD);
        g.writeBooleanField("small", p.small());
        if (p.vsRest() != null) {
            Nps.Difference d = p.vsRest();
            g.writeObjectFieldStart("vs_rest");
            JsonOut.field(g, "difference", d.difference());
            interval(g, "ci95", d.low(), d.high());
            g.writeStringField("ci95_method", Nps.Difference.CI95_METHOD);
            g.writeBooleanField("clear_of_zero", d.clearOfZero());
            g.writeNumberField("n", d.n());
            g.writeNumberField("rest_n", d.restN());
            g.writeBooleanField("small", d.small());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** alpha, its Feldt interval, and per item alpha if dropped and the item–rest correlation. */
    private static void alpha(JsonGenerator g, Alpha a) throws IOException {
        JsonOut.field(g, "alpha", a.value());
        interval(g, "alpha_ci95", a.low(), a.high());
        g.writeObjectFieldStart("alpha_detail");
        g.writeNumberField("k", a.k());
        g.writeNumberField("n", a.n());
        g.writeStringField("ci95_method", Alpha.CI95_METHOD);
        g.writeBooleanField("small", a.small());
        g.writeObjectFieldStart("items");
        for (Alpha.ItemAlpha i : a.items()) {
            g.writeObjectFieldStart(i.id());
            JsonOut.field(g, "alpha_if_dropped", i.ifDropped());
            JsonOut.field(g, "item_rest", i.itemRest());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void interval(JsonGenerator g, String name, Double low, Double high) throws IOException {
        g.writeArrayFieldStart(name);
        JsonOut.number(g, low);
        JsonOut.number(g, high);
        g.writeEndArray();
    }

    private static void comparison(JsonGenerator g, Comparison c) throws IOException {
        g.writeObjectFieldStart("comparison");
        g.writeObjectFieldStart("before_rows");
        g.writeNumberField("read", c.before().read());
        g.writeNumberField("accepted", c.before().accepted());
        g.writeNumberField("rejected", c.before().rejected());
        g.writeEndObject();
        g.writeNumberField("paired", c.paired());
        if (c.score() != null) {
            g.writeFieldName("score");
            change(g, c.score());
        }
        g.writeObjectFieldStart("items");
        for (Map.Entry<String, Comparison.Change> e : c.items().entrySet()) {
            g.writeFieldName(e.getKey());
            change(g, e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void change(JsonGenerator g, Comparison.Change c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("n", c.n());
        JsonOut.field(g, "before", c.before());
        JsonOut.field(g, "after", c.after());
        JsonOut.field(g, "mean_change", c.mean());
        JsonOut.field(g, "sd_change", c.sd());
        interval(g, "ci95", c.low(), c.high());
        g.writeStringField("ci95_method", Comparison.Change.CI95_METHOD);
        g.writeBooleanField("small", c.small());
        g.writeEndObject();
    }

    private static void longs(JsonGenerator g, String name, Map<String, Long> values) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : values.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
