package org.scorecardkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout fingerprint: moved by anything a scanner relies on, by nothing else. */
class SheetGeometryTest {
    static SheetGeometry sample() {
        return SheetGeometryFixture.sample();
    }

    private static SheetGeometry withBubble(SheetGeometry g, int index, SheetGeometry.Bubble b) {
        SheetGeometry.Page p = g.pages().get(0);
        List<SheetGeometry.Bubble> bubbles = new ArrayList<>(p.bubbles());
        bubbles.set(index, b);
        return new SheetGeometry(g.instrument(), g.version(), g.paper(), g.width(), g.height(),
                List.of(new SheetGeometry.Page(1, p.registration(), p.qr(), bubbles)));
    }

    @Test
    void theFingerprintIsStableAndSixteenHexDigits() {
        assertEquals(sample().fingerprint(), sample().fingerprint());
        assertEquals(16, sample().fingerprint().length());
        assertEquals(sample().fingerprint(), new SheetGeometry("renamed", "7", "letter", 595.28f, 841.89f,
                sample().pages()).fingerprint(), "the instrument's name and version are checked by the QR code, not the layout");
    }

    @Test
    void movingResizingOrRenamingOneBubbleChangesTheFingerprint() {
        SheetGeometry g = sample();
        String before = g.fingerprint();
        assertNotEquals(before, withBubble(g, 1, new SheetGeometry.Bubble("a", "2", 120.01f, 500, 6, false)).fingerprint());
        assertNotEquals(before, withBubble(g, 1, new SheetGeometry.Bubble("a", "2", 120, 499.99f, 6, false)).fingerprint());
        assertNotEquals(before, withBubble(g, 1, new SheetGeometry.Bubble("a", "2", 120, 500, 6.5f, false)).fingerprint());
        assertNotEquals(before, withBubble(g, 1, new SheetGeometry.Bubble("a", "3", 120, 500, 6, false)).fingerprint());
        assertNotEquals(before, withBubble(g, 1, new SheetGeometry.Bubble("a", "2", 120, 500, 6, true)).fingerprint());
        assertEquals(before, withBubble(g, 1, new SheetGeometry.Bubble("a", "2", 120.001f, 500, 6, false)).fingerprint(),
                "below the file's 0.01 pt resolution nothing moved");
    }

    @Test
    void movingAMarkOrTheQrCodeOrChangingThePageSizeChangesTheFingerprint() {
        SheetGeometry g = sample();
        SheetGeometry.Page p = g.pages().get(0);
        List<SheetGeometry.Mark> marks = new ArrayList<>(p.registration());
        marks.set(3, new SheetGeometry.Mark(567.28f, 30, 8, true));
        assertNotEquals(g.fingerprint(), new SheetGeometry("demo", "1", "a4", 595.28f, 841.89f,
                List.of(new SheetGeometry.Page(1, marks, p.qr(), p.bubbles()))).fingerprint());
        assertNotEquals(g.fingerprint(), new SheetGeometry("demo", "1", "a4", 595.28f, 841.89f,
                List.of(new SheetGeometry.Page(1, p.registration(), new SheetGeometry.Qr(513.28f, 759.89f, 60), p.bubbles())))
                .fingerprint());
        assertNotEquals(g.fingerprint(), new SheetGeometry("demo", "1", "a4", 612, 792, g.pages()).fingerprint());
    }

    @Test
    void itemAndValueTextCannotShiftIntoEachOther() {
        SheetGeometry g = sample();
        assertNotEquals(withBubble(g, 0, new SheetGeometry.Bubble("a 1", "", 100, 500, 6, false)).fingerprint(),
                withBubble(g, 0, new SheetGeometry.Bubble("a", "1 ", 100, 500, 6, false)).fingerprint());
    }
}
