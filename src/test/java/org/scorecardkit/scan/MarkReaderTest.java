package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.SheetGeometry;

/**
 * The mark reader on a clean 200 dpi raster of the skillset sheet with marks drawn in the test, one
 * kind of mark per item: fills, a tick, a cross, a circle round a bubble read as their value; a double
 * mark, a light mark and an erasure beside a new mark go to a person with the reason.
 */
class MarkReaderTest {
    private static final float DPI = 200;
    private static final double S = DPI / 72;

    private final SheetGeometry g = Sheets.geometry("skillset");
    private final SheetGeometry.Page page = g.page(1);
    private final BufferedImage scan = Sheets.raster(Sheets.blankPdf("skillset"), 0, DPI);

    private SheetGeometry.Bubble bubble(int item, int value) {
        return page.bubbles().get(item * 5 + value - 1);
    }

    private PageReading read(MarkReader reader) {
        RegisteredPage r = assertInstanceOf(RegisteredPage.class, new SheetReader(List.of(g)).read("s.png", 1, scan));
        return reader.read(r, scan, page);
    }

    private PageReading read() {
        return read(MarkReader.of(Sheets.content().instrument("skillset")));
    }

    @Test
    void aBlankSheetReadsBlankAndFilledBubblesReadAsTheirValuesAndTwoFilledAsADoubleMark() {
        Graphics2D ink = pen();
        fill(ink, bubble(0, 3), 40);
        fill(ink, bubble(1, 5), 40);
        fill(ink, bubble(2, 1), 40);
        fill(ink, bubble(2, 2), 40);
        ink.dispose();
        PageReading reading = read();
        assertEquals(12, reading.items().size());
        assertEquals(page.bubbles().stream().map(SheetGeometry.Bubble::item).distinct().toList(),
                reading.items().stream().map(ItemReading::item).toList(), "one reading per item, in the sheet's order");
        assertEquals(List.of("3"), reading.items().get(0).values());
        assertEquals(Decision.ANSWERED, reading.items().get(1).decision());
        assertEquals("5", reading.items().get(1).answer());
        assertEquals(Decision.DOUBLE, reading.items().get(2).decision());
        assertEquals(List.of("1", "2"), reading.items().get(2).values());
        assertEquals("two answers filled: 1 and 2", reading.items().get(2).reason());
        for (ItemReading i : reading.items().subList(3, 12)) {
            assertEquals(Decision.BLANK, i.decision(), i.toString());
        }
        assertTrue(reading.sensitivity() < 0.5, "solid fills and clean bubbles are far from every threshold: "
                + reading.sensitivity());
    }

    @Test
    void aClearTickCrossOrCircleRoundOneBubbleReadsAsThatAnswer() {
        Graphics2D ink = pen();
        ink.setStroke(new BasicStroke((float) (1.3 * S), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double[] c = centre(bubble(0, 2));
        double r = bubble(0, 2).r() * S;
        Path2D.Double tick = new Path2D.Double();
        tick.moveTo(c[0] - 0.6 * r, c[1]);
        tick.lineTo(c[0] - 0.1 * r, c[1] + 0.55 * r);
        tick.lineTo(c[0] + 0.75 * r, c[1] - 0.8 * r);
        ink.draw(tick);
        c = centre(bubble(1, 4));
        ink.draw(new Line2D.Double(c[0] - 0.7 * r, c[1] - 0.7 * r, c[0] + 0.7 * r, c[1] + 0.7 * r));
        ink.draw(new Line2D.Double(c[0] - 0.7 * r, c[1] + 0.7 * r, c[0] + 0.7 * r, c[1] - 0.7 * r));
        c = centre(bubble(2, 5));
        ink.draw(new Ellipse2D.Double(c[0] - 1.4 * r, c[1] - 1.4 * r, 2.8 * r, 2.8 * r));
        ink.dispose();
        List<ItemReading> items = read().items();
        assertEquals(List.of("2", "4", "5"), List.of(items.get(0).answer(), items.get(1).answer(), items.get(2).answer()),
                items.subList(0, 3).toString());
    }

    @Test
    void aLightMarkAndAnErasureBesideANewMarkAreUnclearWithTheirReason() {
        Graphics2D ink = pen();
        fill(ink, bubble(0, 2), 205);               // light pencil, alone
        fill(ink, bubble(1, 1), 215);               // what an eraser left at 1 ...
        fill(ink, bubble(1, 4), 40);                // ... and the new answer 4
        ink.dispose();
        List<ItemReading> items = read().items();
        assertEquals(Decision.UNCLEAR, items.get(0).decision());
        assertEquals("a light or erased mark at 2", items.get(0).reason());
        assertEquals(List.of("2"), items.get(0).values());
        assertEquals(Decision.UNCLEAR, items.get(1).decision());
        assertEquals("a light or erased mark at 1, beside the answer 4", items.get(1).reason());
        assertEquals(List.of("1", "4"), items.get(1).values(), "the candidates in the sheet's order");
        assertEquals("", items.get(1).answer(), "a flagged item has no answer until a person chooses");
    }

    @Test
    void aMultipleChoiceItemTakesEveryBoxMarkedAndAnyDoubtfulBoxMakesItUnclear() {
        Graphics2D ink = pen();
        fill(ink, bubble(0, 1), 40);
        fill(ink, bubble(0, 3), 40);
        fill(ink, bubble(1, 2), 40);
        fill(ink, bubble(1, 5), 210);
        ink.dispose();
        MarkReader reader = MarkReader.of(Sheets.content().instrument("skillset"));
        MarkReader multiple = new MarkReader(Set.of("importance-of-service", "service-in-every-task"),
                List.of(Sheets.layout("skillset")));
        List<ItemReading> items = read(multiple).items();
        assertEquals(Decision.ANSWERED, items.get(0).decision());
        assertEquals("1;3", items.get(0).answer());
        assertEquals(Decision.UNCLEAR, items.get(1).decision());
        assertEquals(List.of("2", "5"), items.get(1).values());
        assertEquals(Decision.DOUBLE, read(reader).items().get(0).decision(), "the same marks on a one-answer item");
    }

    @Test
    void theValueDigitsAndRingsOfTheBlankSheetAreNotInk() {
        for (ItemReading i : read().items()) {
            for (BubbleFill f : i.fills()) {
                assertTrue(f.fill() < 0.01, f.bubble().value() + " of " + i.item() + " reads " + f.fill());
            }
        }
    }

    private Graphics2D pen() {
        Graphics2D ink = scan.createGraphics();
        ink.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        ink.setColor(new Color(40, 40, 40));
        return ink;
    }

    private double[] centre(SheetGeometry.Bubble b) {
        return Truth.raster(g, b.x(), b.y(), DPI);
    }

    /** Fills a bubble with a disc of 0.85 of its radius in this grey, as a pen (40) or light pencil (200+) does. */
    private void fill(Graphics2D ink, SheetGeometry.Bubble b, int grey) {
        double[] c = centre(b);
        double r = 0.85 * b.r() * S;
        ink.setColor(new Color(grey, grey, grey));
        ink.fill(new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r));
    }
}
