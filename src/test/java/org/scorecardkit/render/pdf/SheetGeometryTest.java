package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.render.pdf.SheetPdfs.SCALE;
import static org.scorecardkit.render.pdf.SheetPdfs.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.scorecardkit.load.SheetGeometryReader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Paper;

/** The geometry file is the drawing: every bubble, mark and QR code is found on the raster where it says. */
class SheetGeometryTest {

    static Instrument standard(String id) {
        return content(SheetPdfs.STANDARD).instrument(id);
    }

    @Test
    void theJsonHasTheAgreedShapeAndKeyOrder() throws Exception {
        Geometry.Sheet sheet = SheetLayout.layout(standard("skillset"), Paper.A4);
        String json = GeometryJson.of(sheet);
        JsonNode root = new ObjectMapper().readTree(json);

        assertEquals(List.of("format", "fingerprint", "instrument", "version", "paper", "unit", "origin", "width", "height",
                "pages"), keys(root));
        assertEquals("scorecard-kit sheet geometry 2", root.get("format").asText());
        assertTrue(root.get("fingerprint").asText().matches("[0-9a-f]{16}"), root.get("fingerprint").asText());
        assertEquals("skillset", root.get("instrument").asText());
        assertEquals("1", root.get("version").asText());
        assertEquals("a4", root.get("paper").asText());
        assertEquals("pt", root.get("unit").asText());
        assertEquals("bottom-left", root.get("origin").asText());
        assertTrue(json.contains("\"width\" : 595.28,"), json.substring(0, 200));
        JsonNode page = root.get("pages").get(0);
        assertEquals(List.of("page", "registration", "qr", "bubbles"), keys(page));
        assertEquals(4, page.get("registration").size());
        assertEquals(List.of("x", "y", "r", "size", "shape"), keys(page.get("registration").get(0)));
        assertEquals(List.of("x", "y", "size"), keys(page.get("qr")));
        JsonNode bubbles = page.get("bubbles");
        assertEquals(12 * 5, bubbles.size());
        assertEquals(List.of("item", "value", "x", "y", "r", "shape"), keys(bubbles.get(0)));
        assertEquals("importance-of-service", bubbles.get(0).get("item").asText());
        assertEquals("1", bubbles.get(0).get("value").asText());
        assertEquals("5", bubbles.get(4).get("value").asText());
        assertEquals(json, GeometryJson.of(SheetLayout.layout(standard("skillset"), Paper.A4)), "deterministic");
    }

    private static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void registrationMarksSitInTheFourCornersAtLeast18PointsFromTheEdgesAnd12FromTheContent() throws Exception {
        Geometry.Sheet sheet = SheetLayout.layout(standard("seven-cs"), Paper.LETTER);
        for (Geometry.Page page : sheet.pages()) {
            List<Geometry.Mark> m = page.registration();
            assertTrue(m.get(0).x() < sheet.width() / 2 && m.get(0).y() > sheet.height() / 2, "top-left first");
            assertTrue(m.get(1).x() > sheet.width() / 2 && m.get(1).y() > sheet.height() / 2, "then top-right");
            assertTrue(m.get(2).x() < sheet.width() / 2 && m.get(2).y() < sheet.height() / 2, "then bottom-left");
            assertTrue(m.get(3).x() > sheet.width() / 2 && m.get(3).y() < sheet.height() / 2, "then bottom-right");
            for (Geometry.Mark mark : m) {
                assertTrue(mark.r() * 2 >= 5 * 72 / 25.4 && mark.r() * 2 <= 6 * 72 / 25.4, "5 to 6 mm across: " + mark);
                assertTrue(Math.min(Math.min(mark.x(), sheet.width() - mark.x()), Math.min(mark.y(), sheet.height() - mark.y()))
                        + mark.r() <= SheetLayout.MARGIN - 12, "12 pt clear of the content margin: " + mark);
                assertTrue(Math.min(Math.min(mark.x(), sheet.width() - mark.x()), Math.min(mark.y(), sheet.height() - mark.y()))
                        - mark.r() >= 18, "at least 18 pt from every edge");
            }
        }
    }

    @Test
    void everyAnswerHasOneBubblePerValueAndNoBubblesOverlap() throws Exception {
        for (Instrument instrument : List.of(standard("skillset"), standard("seven-cs"), standard("nps"),
                content(SheetPdfs.BASIC).instrument("pulse"))) {
            Geometry.Sheet sheet = SheetLayout.layout(instrument, Paper.A4);
            List<Geometry.Bubble> all = sheet.pages().stream().flatMap(p -> p.bubbles().stream()).toList();
            for (Item item : instrument.answeredItems()) {
                List<String> values = all.stream().filter(b -> b.item().equals(item.id())).map(Geometry.Bubble::value).toList();
                List<String> expected = switch (item.type()) {
                    case RATING -> item.scale().points().stream().map(p -> String.valueOf(p.value())).toList();
                    case TEXT, STATEMENT -> List.of();
                    default -> item.choices().stream().map(o -> o.value()).toList();
                };
                assertEquals(expected, values, instrument.id() + "/" + item.id());
            }
            for (Geometry.Page page : sheet.pages()) {
                for (Geometry.Bubble a : page.bubbles()) {
                    for (Geometry.Bubble b : page.bubbles()) {
                        double d = Math.hypot(a.x() - b.x(), a.y() - b.y());
                        assertTrue(a == b || d > a.r() + b.r() + 2, a + " overlaps " + b);
                    }
                }
            }
        }
    }

    @Test
    void bubblesMarksAndQrCodesAreDrawnWhereTheGeometrySays() throws Exception {
        check(standard("skillset"), Paper.A4);
        check(standard("seven-cs"), Paper.LETTER);
        check(standard("nps"), Paper.LETTER);
        check(content(SheetPdfs.BASIC).instrument("pulse"), Paper.A4);
    }

    private static void check(Instrument instrument, Paper paper) throws Exception {
        Geometry.Sheet sheet = SheetLayout.layout(instrument, paper);
        try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
            assertEquals(sheet.pages().size(), doc.getNumberOfPages());
            for (Geometry.Page page : sheet.pages()) {
                BufferedImage img = SheetPdfs.raster(doc, page.number() - 1);
                String where = instrument.id() + " " + paper.yamlName() + " page " + page.number();
                for (Geometry.Bubble b : page.bubbles()) {
                    assertOutline(img, sheet.height(), b, where);
                }
                for (Geometry.Mark m : page.registration()) {
                    for (int[] dir : DIRECTIONS) {
                        double edge = SheetPdfs.edge(img, sheet.height(), m.x(), m.y(), dir[0], dir[1], 40);
                        assertEquals(m.r() * SCALE, edge, 1.0, where + " mark " + m);
                    }
                }
                assertEquals(QrCode.payload(instrument.id(), instrument.version(), page.number(), 0),
                        SheetPdfs.qr(img, sheet.height(), page.qr()), where);
            }
        }
    }

    private static final int[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private static void assertOutline(BufferedImage img, float height, Geometry.Bubble b, String where) {
        for (int[] dir : DIRECTIONS) {
            double found = SheetPdfs.outline(img, height, b.x(), b.y(), dir[0], dir[1], b.r() * SCALE * 1.6);
            assertEquals(b.r() * SCALE, found, 1.0, where + ": " + b + " towards " + dir[0] + "," + dir[1]);
        }
    }

    @Test
    void theJsonReadBackEqualsTheModelTheRendererDrew() throws Exception {
        for (Instrument instrument : List.of(standard("skillset"), standard("seven-cs"), standard("nps"),
                content(SheetPdfs.BASIC).instrument("pulse"))) {
            for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
                Geometry.Sheet sheet = SheetLayout.layout(instrument, paper);
                assertEquals(sheet.scan(), SheetGeometryReader.parse(GeometryJson.of(sheet), instrument.id()),
                        instrument.id() + " " + paper.yamlName());
            }
        }
    }

    @Test
    void theCoordinateFormatHasAtMostTwoDecimals() throws Exception {
        assertEquals("595.28", GeometryJson.format(595.28f));
        assertEquals("24", GeometryJson.format(24f));
        assertEquals("48.5", GeometryJson.format(48.5f));
        assertEquals("0.05", GeometryJson.format(0.05f));
        assertEquals("-3.1", GeometryJson.format(-3.1f));
    }
}
