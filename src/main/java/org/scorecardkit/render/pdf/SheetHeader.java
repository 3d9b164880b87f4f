package org.scorecardkit.render.pdf;

import static org.scorecardkit.render.pdf.SheetLayout.FOOTER_Y;
import static org.scorecardkit.render.pdf.SheetLayout.INK;
import static org.scorecardkit.render.pdf.SheetLayout.MARGIN;
import static org.scorecardkit.render.pdf.SheetLayout.MUTED;
import static org.scorecardkit.render.pdf.SheetLayout.QR_QUIET;
import static org.scorecardkit.render.pdf.SheetLayout.QR_SIZE;

import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.render.pdf.SheetLayout.Canvas;
import org.scorecardkit.render.pdf.SheetLayout.Frame;

/**
 * The parts of a sheet's pages outside the item flow: the first page's title block with the name,
 * group and date lines, the shorter header repeated on later pages, and the footer of every page.
 * Each method places onto a canvas and returns where the page body starts.
 */
final class SheetHeader {
    static final float TITLE_SIZE = 17f;
    static final float TITLE_LEADING = 20f;
    static final float SMALL = 8.5f;
    static final float SLOT_HEIGHT = 15f;

    private SheetHeader() {
    }

    /** The first page's header: title, what it is, and the lines for name, group and date. */
    static float first(Canvas c, Instrument instrument, Frame f) {
        float top = f.height() - MARGIN;
        List<String> title = PdfText.wrap(instrument.title(), true, TITLE_SIZE, titleWidth(f));
        float y = top - 13.5f;
        for (String line : title) {
            c.text(f.left(), y, TITLE_SIZE, true, INK, line);
            y -= TITLE_LEADING;
        }
        y += TITLE_LEADING - 15f;
        c.text(f.left(), y, SMALL, false, MUTED, instrument.kind().label() + " · version " + instrument.version());
        float line = Math.min(y - 30f, top - QR_SIZE - 26f);
        float w = f.columnWidth();
        field(c, Geometry.Slot.RESPONDENT, "Name", f.left(), f.left() + w * 0.5f - 14, line);
        field(c, Geometry.Slot.GROUP, "Group", f.left() + w * 0.5f, f.left() + w * 0.78f - 14, line);
        field(c, Geometry.Slot.DATE, "Date", f.left() + w * 0.78f, f.right(), line);
        return line - 14f;
    }

    /** A labelled writing line with a slot above it where a name is printed or typed. */
    private static void field(Canvas c, String slot, String label, float from, float to, float line) {
        c.text(from, line + 2.5f, 9f, false, MUTED, label);
        float start = from + PdfText.width(label, false, 9f) + 5f;
        c.rule(start, line, to, line, 0.6f, MUTED);
        c.slot(slot, start, line + 1f, to - start, SLOT_HEIGHT);
    }

    /** The header of a later page: the title, "Page n of m", and a slot for the participant's name. */
    static float continuation(Canvas c, Instrument instrument, Frame f, int page, int pages) {
        float top = f.height() - MARGIN;
        c.text(f.left(), top - 10f, 12f, true, INK, firstLine(instrument.title(), 12f, titleWidth(f)));
        c.text(f.left(), top - 25f, SMALL, false, MUTED, "Page " + page + " of " + pages + " (continued)");
        c.slot(Geometry.Slot.RUNNING, f.left(), top - 44f, titleWidth(f), SLOT_HEIGHT);
        return top - QR_SIZE - 22f;
    }

    /** The footer: the instrument and its version on the left, the page number on the right. */
    static void footer(Canvas c, Instrument instrument, Frame f, int page, int pages) {
        String right = "Page " + page + " of " + pages;
        float room = f.columnWidth() - PdfText.width(right, false, 7.5f) - 24f;
        String left = PdfText.wrap(instrument.title() + " · version " + instrument.version(), false, 7.5f, room).get(0);
        c.text(f.left(), FOOTER_Y, 7.5f, false, MUTED, left);
        c.textRight(f.right(), FOOTER_Y, 7.5f, false, MUTED, right);
    }

    /** The first line of a wrapped title, ending in "…" when the title goes on. */
    static String firstLine(String title, float size, float width) {
        List<String> lines = PdfText.wrap(title, true, size, width);
        String first = lines.get(0);
        if (lines.size() == 1) {
            return first;
        }
        while (first.contains(" ") && PdfText.width(first + " …", true, size) > width) {
            first = first.substring(0, first.lastIndexOf(' '));
        }
        return first + " …";
    }

    private static float titleWidth(Frame f) {
        return f.columnWidth() - QR_SIZE - QR_QUIET - 6f;
    }
}
