package org.scorecardkit.render.pdf;

import static org.scorecardkit.render.pdf.SheetLayout.FOOTER_Y;
import static org.scorecardkit.render.pdf.SheetLayout.INK;
import static org.scorecardkit.render.pdf.SheetLayout.MARGIN;
import static org.scorecardkit.render.pdf.SheetLayout.MUTED;
import static org.scorecardkit.render.pdf.SheetLayout.QR_QUIET;
import static org.scorecardkit.render.pdf.SheetLayout.QR_SIZE;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.RespondentField;
import org.scorecardkit.render.pdf.SheetLayout.Canvas;
import org.scorecardkit.render.pdf.SheetLayout.Frame;

/**
 * The parts of a sheet's pages outside the item flow: the first page's title block with the
 * organisation's logo and name and the name, group and date lines it asks for, the shorter header repeated on later pages, and the footer of every page.
 * Each method places onto a canvas and returns where the page body starts.
 */
final class SheetHeader {
    static final float TITLE_SIZE = 17f;
    static final float TITLE_LEADING = 20f;
    static final float SMALL = 8.5f;
    static final float SLOT_HEIGHT = 15f;
    /** The row of the logo and the organisation's name above the title. */
    static final float BRAND_ROW = 26f;
    static final float LOGO_HEIGHT = 20f;
    static final float LOGO_WIDTH = 80f;

    private SheetHeader() {
    }

    /** The first page's header: logo and organisation, title, what it is, and the lines the instrument asks for. */
    static float first(Canvas c, Instrument instrument, Frame f) {
        float top = f.height() - MARGIN;
        float y = top - 13.5f;
        if (brand(c, f, top)) {
            y -= BRAND_ROW;
        }
        List<String> title = PdfText.wrap(instrument.title(), true, TITLE_SIZE, titleWidth(f));
        for (String line : title) {
            c.text(f.left(), y, TITLE_SIZE, true, INK, line);
            y -= TITLE_LEADING;
        }
        y += TITLE_LEADING - 15f;
        String what = instrument.subtitle() != null ? instrument.subtitle()
                : instrument.delivery().forCustomers() ? null
                : f.t("sheets.header.kind", f.t(instrument.kind().wordKey()), instrument.version());
        if (what != null) {
            c.text(f.left(), y, SMALL, false, MUTED, PdfText.wrap(what, false, SMALL, titleWidth(f)).get(0));
        }
        // The room of the brand row is kept whether or not the site has one, so bubbles never move with it.
        float topLine = top - 13.5f - (title.size() - 1) * TITLE_LEADING - 15f - 30f - BRAND_ROW;
        float line = Math.min(topLine, top - QR_SIZE - 26f);
        fields(c, instrument, f, line);
        return line - 14f;
    }

    /** The logo and the organisation's name at the top left; whether there was any. */
    private static boolean brand(Canvas c, Frame f, float top) {
        SheetLayout.Look look = f.look();
        if (look.logo() == null && look.organisation().isEmpty()) {
            return false;
        }
        float x = f.left();
        if (look.logo() != null) {
            c.picture(x, top - LOGO_HEIGHT, LOGO_WIDTH, LOGO_HEIGHT, look.logo());
            x += LOGO_WIDTH + 8f;
        }
        if (!look.organisation().isEmpty()) {
            float room = titleWidth(f) - (x - f.left());
            c.text(x, top - LOGO_HEIGHT / 2 - 3.5f, 10f, true, MUTED, firstLine(look.organisation(), 10f, room));
        }
        return true;
    }

    /**
     * The name, group and date lines the instrument asks for (a customer's sheet asks none unless its
     * YAML lists them); without a name line, a personalised sheet still prints the name in a slot.
     */
    private static void fields(Canvas c, Instrument instrument, Frame f, float line) {
        List<Field> asked = new ArrayList<>();
        if (instrument.delivery().asks(RespondentField.NAME)) {
            asked.add(new Field(Geometry.Slot.RESPONDENT, f.t("sheets.field.name"), 0.5f));
        }
        if (instrument.delivery().asks(RespondentField.GROUP)) {
            asked.add(new Field(Geometry.Slot.GROUP, f.t("sheets.field.group"), 0.28f));
        }
        if (instrument.delivery().asks(RespondentField.DATE)) {
            asked.add(new Field(Geometry.Slot.DATE, f.t("sheets.field.date"), 0.22f));
        }
        float shares = (float) asked.stream().mapToDouble(Field::share).sum();
        float x = f.left();
        for (int i = 0; i < asked.size(); i++) {
            float w = f.columnWidth() * asked.get(i).share() / shares;
            float to = i == asked.size() - 1 ? f.right() : x + w - 14;
            field(c, asked.get(i).slot(), asked.get(i).label(), x, to, line);
            x += w;
        }
        if (!instrument.delivery().asks(RespondentField.NAME)) {
            c.slot(Geometry.Slot.RUNNING, f.left(), line + 1f, titleWidth(f), SLOT_HEIGHT);
        }
    }

    /** A line of the header to write on: its slot, its label and its share of the column. */
    private record Field(String slot, String label, float share) {
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
        c.text(f.left(), top - 25f, SMALL, false, MUTED, f.t("sheets.page.continued", page, pages));
        c.slot(Geometry.Slot.RUNNING, f.left(), top - 44f, titleWidth(f), SLOT_HEIGHT);
        return top - QR_SIZE - 22f;
    }

    /**
     * The footer: the instrument and its version on the left, the page number on the right and, on
     * the last page, the source credit above them when it fits one line.
     */
    static void footer(Canvas c, Instrument instrument, Frame f, int page, int pages) {
        String right = f.t("sheets.page", page, pages);
        float room = f.columnWidth() - PdfText.width(right, false, 7.5f) - 24f;
        String left = PdfText.wrap(f.t("sheets.footer", instrument.title(), instrument.version()), false, 7.5f, room).get(0);
        c.text(f.left(), FOOTER_Y, 7.5f, false, MUTED, left);
        c.textRight(f.right(), FOOTER_Y, 7.5f, false, MUTED, right);
        if (page == pages && SheetBlocks.creditInFooter(instrument, f)) {
            c.text(f.left(), FOOTER_Y + 10f, SheetBlocks.CREDIT_SIZE, false, MUTED, SheetBlocks.creditText(instrument, f));
        }
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
