package org.scorecardkit.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.Orientation;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;
import org.scorecardkit.render.Words;

/**
 * The one layout model of printable sheets: places every element of every page of an instrument on
 * a paper (header, items in blocks that never split, repeated headers, corner marks, QR box, footer)
 * and returns it as {@link Geometry}. Sheets, fillable forms and geometry files are all drawn from it.
 */
public final class SheetLayout {
    static final float MARGIN = 48f;
    /**
     * The corner marks' centres from the page edges: a 16 pt (5.6 mm) square there keeps 20 pt
     * (7 mm) of paper outside it, inside what office printers can print, and 12 pt from the content.
     */
    static final float MARK_INSET = 28f;
    /** Half the side of a corner mark: big enough for a phone photo of the whole page to resolve. */
    static final float MARK_R = 8f;
    /** 24 mm: a 1300 px phone photo of the page gives each module about 4 px, enough to decode without upscaling. */
    static final float QR_SIZE = 68f;
    /** The serial line's size and its baseline below the QR code. */
    static final float SERIAL_SIZE = 8f;
    static final float SERIAL_DROP = 8f;
    /** White space kept around the QR code: about four modules of a small code. */
    static final float QR_QUIET = 12f;
    static final float FOOTER_Y = 30f;
    static final float INK = 0.1f;
    static final float MUTED = 0.4f;
    /** Light enough to drop out when a scanner thresholds the page, dark enough to read. */
    static final float FAINT = 0.55f;
    static final float HAIRLINE = 0.82f;
    static final float BAND = 0.94f;

    private SheetLayout() {
    }

    /**
     * The page frame: paper size, the content column between the side margins, and the indent of
     * item text after its number (room for the widest number).
     */
    record Frame(float width, float height, float left, float right, float indent, Words words, Look look) {
        float columnWidth() {
            return right - left;
        }

        /** The sheet's words in the instrument's language. */
        String t(String key, Object... args) {
            return words.get(key, args);
        }
    }

    /**
     * Who hands the sheet out: the organisation's name and logo from {@code site.yaml}, or none. The
     * header keeps the same room for them either way, so the bubbles never move with the branding and
     * a scanner that knows only the instrument reads a branded sheet.
     */
    record Look(String organisation, Logo logo) {
        static final Look NONE = new Look("", null);

        static Look of(Site site) {
            if (site == null) {
                return NONE;
            }
            return new Look(site.organisation() == null ? "" : site.organisation().strip(),
                    site.brand() == null ? null : site.brand().logo());
        }
    }

    /** Places something at a top edge on a canvas. */
    interface Placer {
        void place(Canvas canvas, float top);
    }

    /**
     * A piece of the page flow that is never split across pages.
     *
     * @param keepWith how many blocks after it should share its page (a heading and its section's
     *                 items); when they cannot share any page, at least the next one does
     * @param heading what to repeat above this block when it starts a page (a section's "continued" heading)
     */
    record Block(float height, int keepWith, Block heading, Placer placer) {
        Block(float height, Placer placer) {
            this(height, 0, null, placer);
        }

        Block keeping(int following) {
            return new Block(height, following, heading, placer);
        }

        Block withHeading(Block repeat) {
            return new Block(height, keepWith, repeat, placer);
        }
    }

    /** Collects what is placed on one page. */
    static final class Canvas {
        final List<Geometry.Ink> ink = new ArrayList<>();
        final List<Geometry.Bubble> bubbles = new ArrayList<>();
        final List<Geometry.Slot> slots = new ArrayList<>();

        void text(float x, float y, float size, boolean bold, float gray, String text) {
            ink.add(new Geometry.Text(x, y, size, bold, gray, text));
        }

        void textRight(float right, float y, float size, boolean bold, float gray, String text) {
            text(right - PdfText.width(text, bold, size), y, size, bold, gray, text);
        }

        void textCentred(float centre, float y, float size, boolean bold, float gray, String text) {
            text(centre - PdfText.width(text, bold, size) / 2, y, size, bold, gray, text);
        }

        /** A wrapped line of runs, each piece in its own weight. */
        void line(PdfText.Line line, float x, float y, float size, float gray) {
            for (PdfText.Piece p : line.pieces()) {
                text(x + p.dx(), y, size, p.bold(), gray, p.text());
            }
        }

        void rule(float x1, float y1, float x2, float y2, float width, float gray) {
            ink.add(new Geometry.Rule(x1, y1, x2, y2, width, gray));
        }

        void box(float x, float y, float w, float h, float fill, float stroke, float lineWidth) {
            ink.add(new Geometry.Box(x, y, w, h, fill, stroke, lineWidth));
        }

        /** An answer mark, its centre snapped to 0.01 pt so the geometry file states it exactly. */
        void bubble(String item, String value, float x, float y, float r, boolean square) {
            bubbles.add(new Geometry.Bubble(item, value, snap(x), snap(y), r, square));
        }

        void picture(float x, float y, float w, float h, Logo logo) {
            ink.add(new Geometry.Picture(x, y, w, h, logo));
        }

        void slot(String field, float x, float y, float w, float h) {
            slots.add(new Geometry.Slot(field, x, y, w, h));
        }
    }

    /** The sheet of an instrument on a paper, in the instrument's orientation, without an organisation. */
    public static Geometry.Sheet layout(Instrument instrument, Paper paper) {
        return layout(instrument, paper, null);
    }

    /**
     * The sheet as the site hands it out: with the organisation's name and logo in the header. Every
     * bubble is where {@link #layout(Instrument, Paper)} puts it.
     */
    public static Geometry.Sheet layout(Instrument instrument, Paper paper, Site site) {
        boolean landscape = instrument.print().orientation() == Orientation.LANDSCAPE;
        float w = landscape ? paper.heightPt() : paper.widthPt();
        float h = landscape ? paper.widthPt() : paper.heightPt();
        String widest = instrument.answeredItems().size() + ".";
        float indent = Math.max(22f, PdfText.width(widest, true, SheetItems.SIZE) + 6f);
        Frame frame = new Frame(w, h, MARGIN, w - MARGIN, indent, Words.of(instrument.language()), Look.of(site));
        List<Block> blocks = SheetItems.blocks(instrument, frame);
        List<Canvas> bodies = paginate(blocks, instrument, frame, true);
        List<Canvas> split = paginate(blocks, instrument, frame, false);
        if (split.size() < bodies.size()) {
            // Sections are kept whole only when that costs no extra page.
            bodies = split;
        }
        if (!landscape && instrument.delivery().forCustomers()) {
            // A customer's short form goes on half the paper (A5 from A4, half-letter from Letter), landscape,
            // rather than leave most of a page empty; the blocks place only across, so they fit either frame.
            Frame half = new Frame(w, snap(h / 2), MARGIN, w - MARGIN, indent, frame.words(), frame.look());
            List<Canvas> onHalf = paginate(blocks, instrument, half, true);
            if (onHalf.size() == 1) {
                frame = half;
                bodies = onHalf;
                h = half.height();
            }
        }
        List<Geometry.Page> pages = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            pages.add(page(instrument, frame, bodies.get(i), i + 1, bodies.size()));
        }
        return new Geometry.Sheet(instrument.id(), instrument.version(), instrument.title(), paper, paper.yamlName(),
                w, h, pages);
    }

    /** Flows the blocks into page bodies: a block that does not fit starts a new page. */
    private static List<Canvas> paginate(List<Block> blocks, Instrument instrument, Frame frame, boolean whole) {
        float firstTop = SheetHeader.first(new Canvas(), instrument, frame);
        float nextTop = SheetHeader.continuation(new Canvas(), instrument, frame, 2, 2);
        List<Canvas> pages = new ArrayList<>();
        Canvas page = new Canvas();
        pages.add(page);
        float y = firstTop;
        boolean empty = true;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            float need = need(blocks, i, whole ? nextTop - MARGIN : 0);
            if (!empty && y - need < MARGIN) {
                page = new Canvas();
                pages.add(page);
                y = nextTop;
                if (b.heading() != null) {
                    b.heading().placer().place(page, y);
                    y -= b.heading().height();
                }
            }
            b.placer().place(page, y);
            y -= b.height();
            empty = false;
        }
        return pages;
    }

    /** The room a block needs below it: with the blocks it keeps with when they fit a page together, else the next one. */
    private static float need(List<Block> blocks, int i, float pageRoom) {
        Block b = blocks.get(i);
        float all = b.height();
        for (int k = i + 1; k <= Math.min(blocks.size() - 1, i + b.keepWith()); k++) {
            all += blocks.get(k).height();
        }
        if (all <= pageRoom || b.keepWith() == 0) {
            return all;
        }
        return b.height() + blocks.get(i + 1).height();
    }

    /** A finished page: marks and QR box, the header, the body, the footer, in reading order. */
    private static Geometry.Page page(Instrument instrument, Frame f, Canvas body, int number, int total) {
        Canvas head = new Canvas();
        if (number == 1) {
            SheetHeader.first(head, instrument, f);
        } else {
            SheetHeader.continuation(head, instrument, f, number, total);
        }
        Canvas foot = new Canvas();
        SheetHeader.footer(foot, instrument, f, number, total);
        List<Geometry.Ink> ink = new ArrayList<>(head.ink);
        ink.addAll(body.ink);
        ink.addAll(foot.ink);
        List<Geometry.Slot> slots = new ArrayList<>(head.slots);
        slots.addAll(body.slots);
        List<Geometry.Mark> marks = List.of(
                new Geometry.Mark(MARK_INSET, snap(f.height() - MARK_INSET), MARK_R),
                new Geometry.Mark(snap(f.width() - MARK_INSET), snap(f.height() - MARK_INSET), MARK_R),
                new Geometry.Mark(MARK_INSET, MARK_INSET, MARK_R),
                new Geometry.Mark(snap(f.width() - MARK_INSET), MARK_INSET, MARK_R));
        Geometry.Qr qr = new Geometry.Qr(snap(f.right() - QR_SIZE / 2), snap(f.height() - MARGIN - QR_SIZE / 2), QR_SIZE);
        return new Geometry.Page(number, marks, qr, body.bubbles, ink, slots);
    }

    static float snap(float v) {
        return Math.round(v * 100f) / 100f;
    }
}
