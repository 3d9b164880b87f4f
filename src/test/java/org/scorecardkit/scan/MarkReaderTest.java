package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.SheetGeometry;

/** The mark reader on a clean 200 dpi raster of the skillset sheet with bubbles filled by hand in the test. */
class MarkReaderTest {
    private static final float DPI = 200;

    @Test
    void aBlankSheetReadsBlankAndFilledBubblesReadAsTheirValuesAndTwoFilledAsADoubleMark() {
        SheetGeometry g = Sheets.geometry("skillset");
        SheetGeometry.Page page = g.page(1);
        BufferedImage scan = Sheets.raster(Sheets.blankPdf("skillset"), 0, DPI);
        List<SheetGeometry.Bubble> bubbles = page.bubbles();
        Graphics2D ink = scan.createGraphics();
        ink.setColor(new Color(40, 40, 40));
        fill(ink, g, bubbles.get(2));               // item 1: 3
        fill(ink, g, bubbles.get(5 + 4));           // item 2: 5
        fill(ink, g, bubbles.get(10));              // item 3: 1 and 2
        fill(ink, g, bubbles.get(11));
        ink.dispose();
        RegisteredPage r = assertInstanceOf(RegisteredPage.class, new SheetReader(List.of(g)).read("s.png", 1, scan));
        PageReading reading = new MarkReader(Set.of()).read(r, scan, page);
        assertEquals(12, reading.items().size());
        assertEquals(List.of("3"), reading.items().get(0).values());
        assertEquals(Decision.ANSWERED, reading.items().get(1).decision());
        assertEquals("5", reading.items().get(1).answer());
        assertEquals(Decision.DOUBLE, reading.items().get(2).decision());
        assertEquals(List.of("1", "2"), reading.items().get(2).values());
        for (ItemReading i : reading.items().subList(3, 12)) {
            assertEquals(Decision.BLANK, i.decision(), i.toString());
        }
    }

    /** Fills a bubble with a disc of 0.85 of its radius, as a pen does. */
    static void fill(Graphics2D ink, SheetGeometry g, SheetGeometry.Bubble b) {
        double[] c = Truth.raster(g, b.x(), b.y(), DPI);
        double r = 0.85 * b.r() * DPI / 72;
        ink.fill(new Ellipse2D.Double(c[0] - r, c[1] - r, 2 * r, 2 * r));
    }
}
