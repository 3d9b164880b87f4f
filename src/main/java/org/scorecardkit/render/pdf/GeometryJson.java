package org.scorecardkit.render.pdf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a sheet's geometry file: pretty-printed JSON in a fixed key order, numbers in points with
 * at most two decimals, so the same layout always gives the same bytes.
 */
public final class GeometryJson {
    private GeometryJson() {
    }

    /** The geometry JSON of a sheet, ending in a newline. */
    public static String of(Geometry.Sheet sheet) {
        StringWriter out = new StringWriter();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            g.writeStringField("instrument", sheet.instrument());
            g.writeStringField("version", sheet.version());
            g.writeStringField("paper", sheet.paperName());
            g.writeStringField("unit", "pt");
            g.writeStringField("origin", "bottom-left");
            number(g, "width", sheet.width());
            number(g, "height", sheet.height());
            g.writeArrayFieldStart("pages");
            for (Geometry.Page page : sheet.pages()) {
                page(g, page);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void page(JsonGenerator g, Geometry.Page page) throws IOException {
        g.writeStartObject();
        g.writeNumberField("page", page.number());
        g.writeArrayFieldStart("registration");
        for (Geometry.Mark m : page.registration()) {
            g.writeStartObject();
            number(g, "x", m.x());
            number(g, "y", m.y());
            number(g, "r", m.r());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("qr");
        number(g, "x", page.qr().x());
        number(g, "y", page.qr().y());
        number(g, "size", page.qr().size());
        g.writeEndObject();
        g.writeArrayFieldStart("bubbles");
        for (Geometry.Bubble b : page.bubbles()) {
            g.writeStartObject();
            g.writeStringField("item", b.item());
            g.writeStringField("value", b.value());
            number(g, "x", b.x());
            number(g, "y", b.y());
            number(g, "r", b.r());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String key, float value) throws IOException {
        g.writeFieldName(key);
        g.writeNumber(format(value));
    }

    /** A coordinate with at most two decimals and no trailing zeros: 595.28, 24, 48.5. */
    static String format(float value) {
        long cents = Math.round(value * 100.0);
        long abs = Math.abs(cents);
        String s = (cents < 0 ? "-" : "") + abs / 100;
        long frac = abs % 100;
        if (frac == 0) {
            return s;
        }
        return s + "." + (frac % 10 == 0 ? String.valueOf(frac / 10) : String.format("%02d", frac));
    }
}
