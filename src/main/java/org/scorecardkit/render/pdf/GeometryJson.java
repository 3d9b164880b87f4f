package org.scorecardkit.render.pdf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.scorecardkit.model.SheetGeometry;

/**
 * Writes a sheet's geometry file from the shared {@link SheetGeometry} model: pretty-printed JSON in
 * a fixed key order, with its format version and layout fingerprint first, numbers in points with
 * at most two decimals, so the same layout always gives the same bytes.
 */
public final class GeometryJson {
    private GeometryJson() {
    }

    /** The geometry JSON of a sheet, ending in a newline. */
    public static String of(Geometry.Sheet sheet) {
        return of(sheet.scan());
    }

    /** The geometry JSON of a sheet's model, ending in a newline. */
    public static String of(SheetGeometry sheet) {
        StringWriter out = new StringWriter();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty)) {
            g.writeStartObject();
            g.writeStringField("format", SheetGeometry.FORMAT);
            g.writeStringField("fingerprint", sheet.fingerprint());
            g.writeStringField("instrument", sheet.instrument());
            g.writeStringField("version", sheet.version());
            g.writeStringField("paper", sheet.paper());
            g.writeStringField("unit", "pt");
            g.writeStringField("origin", "bottom-left");
            number(g, "width", sheet.width());
            number(g, "height", sheet.height());
            g.writeArrayFieldStart("pages");
            for (SheetGeometry.Page page : sheet.pages()) {
                page(g, page);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void page(JsonGenerator g, SheetGeometry.Page page) throws IOException {
        g.writeStartObject();
        g.writeNumberField("page", page.number());
        g.writeArrayFieldStart("registration");
        for (SheetGeometry.Mark m : page.registration()) {
            g.writeStartObject();
            number(g, "x", m.x());
            number(g, "y", m.y());
            number(g, "r", m.r());
            number(g, "size", m.size());
            g.writeStringField("shape", m.square() ? "square" : "disc");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("qr");
        number(g, "x", page.qr().x());
        number(g, "y", page.qr().y());
        number(g, "size", page.qr().size());
        g.writeEndObject();
        g.writeArrayFieldStart("bubbles");
        for (SheetGeometry.Bubble b : page.bubbles()) {
            g.writeStartObject();
            g.writeStringField("item", b.item());
            g.writeStringField("value", b.value());
            number(g, "x", b.x());
            number(g, "y", b.y());
            number(g, "r", b.r());
            g.writeStringField("shape", b.square() ? "square" : "circle");
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
        return SheetGeometry.number(value);
    }
}
