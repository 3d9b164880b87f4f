package org.scorecardkit.tally.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A JSON generator that writes the same bytes on every machine: two-space indents, LF line ends,
 * and numbers rounded to six decimal places without trailing zeros (whole numbers without a point).
 */
public final class JsonOut {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonOut() {
    }

    public static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent));
        return g;
    }

    /** Writes a rounded number, or null. */
    public static void number(JsonGenerator g, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            g.writeNull();
            return;
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            d = BigDecimal.ZERO;
        }
        g.writeNumber(d.scale() < 0 ? d.setScale(0) : d);
    }

    public static void field(JsonGenerator g, String name, Double value) throws IOException {
        g.writeFieldName(name);
        number(g, value);
    }
}
