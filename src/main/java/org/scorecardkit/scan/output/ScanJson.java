package org.scorecardkit.scan.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.scan.BubbleFill;
import org.scorecardkit.scan.ItemReading;
import org.scorecardkit.scan.PageProblem;
import org.scorecardkit.scan.PageReading;
import org.scorecardkit.scan.PageResult;
import org.scorecardkit.scan.RegisteredPage;
import org.scorecardkit.scan.ScanResult;
import org.scorecardkit.scan.ScannedSheet;
import org.scorecardkit.tally.report.JsonOut;

/**
 * Writes scan.json, the audit of a scan: every page in the order read, with its id (file, page in the
 * file, instrument, version, sheet page, serial), fit error, sensitivity, every bubble's measured fill
 * and each item's decision and reason (corrections applied, and marked so), or, for a page reported,
 * its reason; then the sheets with their pages and what is missing, after the counts (pages read = sheet pages +
 * pages reported). File names only, no paths and no
 * times: the same scan gives the same bytes.
 */
public final class ScanJson implements ScanWriter {
    /** The file's name in the output folder. */
    public static final String FILE = "scan.json";
    /** The format the file declares. */
    public static final String FORMAT = "scorecard-kit scan 1";

    private final Instrument instrument;
    /** Every page in the order read: its result and, when registered, its reading as the marks gave it. */
    private final List<PageResult> order = new ArrayList<>();
    private final Map<String, PageReading> read = new HashMap<>();

    public ScanJson(Instrument instrument) {
        this.instrument = instrument;
    }

    @Override
    public void page(PageResult result, PageReading reading, BufferedImage image) {
        order.add(result);
        if (reading != null) {
            read.put(id(result), reading);
        }
    }

    @Override
    public void finish(ScanResult result, Path dir) throws IOException {
        Map<String, PageReading> readings = new HashMap<>(read);
        for (ScannedSheet s : result.sheets()) {
            s.pages().forEach(p -> readings.put(id(p.page()), p)); // with corrections applied
        }
        Map<String, PageProblem> reported = new HashMap<>();
        result.problems().forEach(p -> reported.put(id(p), p));
        try (OutputStream out = Files.newOutputStream(dir.resolve(FILE)); JsonGenerator g = JsonOut.open(out)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("instrument", instrument.id());
            g.writeStringField("version", instrument.version());
            g.writeObjectFieldStart("counts");
            g.writeNumberField("pages_read", result.pages());
            g.writeNumberField("sheets", result.sheets().size());
            g.writeNumberField("sheet_pages", result.sheetPages());
            g.writeNumberField("pages_reported", result.pagesReported().size());
            g.writeNumberField("items_to_review", result.flaggedItems());
            g.writeEndObject();
            g.writeArrayFieldStart("pages");
            for (PageResult p : order) {
                page(g, p, readings.get(id(p)), reported.get(id(p)));
            }
            g.writeEndArray();
            sheets(g, result.sheets());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void page(JsonGenerator g, PageResult p, PageReading reading, PageProblem problem) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", p.file());
        g.writeNumberField("page", p.pageNumber());
        if (p instanceof RegisteredPage r) {
            g.writeStringField("instrument", r.instrument());
            g.writeStringField("version", r.version());
            g.writeNumberField("sheet_page", r.page());
            g.writeStringField("serial", r.serial());
            g.writeFieldName("fit_error");
            g.writeNumber(round(r.fitError(), 2));
        }
        if (problem != null) {
            g.writeStringField("reported", problem.reason());
        }
        if (reading != null) {
            g.writeFieldName("sensitivity");
            g.writeNumber(round(reading.sensitivity(), 3));
            g.writeArrayFieldStart("items");
            for (ItemReading i : reading.items()) {
                item(g, i);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void item(JsonGenerator g, ItemReading i) throws IOException {
        g.writeStartObject();
        g.writeStringField("item", i.item());
        g.writeStringField("decision", i.decision().name().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart("values");
        for (String v : i.values()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeStringField("reason", i.reason());
        g.writeBooleanField("corrected", i.corrected());
        g.writeArrayFieldStart("fills");
        for (BubbleFill f : i.fills()) {
            g.writeStartObject();
            g.writeStringField("value", f.bubble().value());
            g.writeFieldName("fill");
            g.writeNumber(round(f.fill(), 3));
            g.writeFieldName("x");
            g.writeNumber(round(f.x(), 1));
            g.writeFieldName("y");
            g.writeNumber(round(f.y(), 1));
            g.writeFieldName("r");
            g.writeNumber(round(f.r(), 1));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void sheets(JsonGenerator g, List<ScannedSheet> sheets) throws IOException {
        g.writeArrayFieldStart("sheets");
        for (ScannedSheet s : sheets) {
            g.writeStartObject();
            g.writeStringField("sheet", s.sheet());
            g.writeStringField("serial", s.serial());
            g.writeStringField("respondent", s.respondent());
            g.writeStringField("group", s.group());
            g.writeArrayFieldStart("pages");
            for (PageReading p : s.pages()) {
                g.writeString(id(p.page()));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("missing");
            for (String m : s.missing()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String id(PageResult p) {
        return p.file() + "#" + p.pageNumber();
    }

    /** A number with at most {@code places} decimals and no trailing zeros, the same on every machine. */
    private static BigDecimal round(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d.scale() < 0 ? d.setScale(0) : d;
    }
}
