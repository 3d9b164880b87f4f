package org.scorecardkit.model;

import java.util.List;

/** A small one-page geometry for tests of the model and its reader. */
public final class SheetGeometryFixture {
    private SheetGeometryFixture() {
    }

    /** Four square marks, a QR box, two rating bubbles of item a and one box of item b. */
    public static SheetGeometry sample() {
        List<SheetGeometry.Mark> marks = List.of(new SheetGeometry.Mark(28, 813.89f, 8, true),
                new SheetGeometry.Mark(567.28f, 813.89f, 8, true), new SheetGeometry.Mark(28, 28, 8, true),
                new SheetGeometry.Mark(567.28f, 28, 8, true));
        List<SheetGeometry.Bubble> bubbles = List.of(new SheetGeometry.Bubble("a", "1", 100, 500, 6, false),
                new SheetGeometry.Bubble("a", "2", 120, 500, 6, false), new SheetGeometry.Bubble("b", "yes", 100, 460, 5, true));
        return new SheetGeometry("demo", "1", "a4", 595.28f, 841.89f,
                List.of(new SheetGeometry.Page(1, marks, new SheetGeometry.Qr(513.28f, 759.89f, 68), bubbles)));
    }
}
