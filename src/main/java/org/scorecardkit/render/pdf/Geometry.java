package org.scorecardkit.render.pdf;

import java.util.List;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SheetGeometry;

/**
 * The geometry of a printable sheet as {@link SheetLayout} places it: every mark, bubble and line of
 * text of every page, in PDF points from the bottom-left corner. The renderers draw only these
 * records and the geometry JSON writes them out, so the file a scanner reads is the drawing itself.
 */
public final class Geometry {
    private Geometry() {
    }

    /**
     * One instrument's sheet on one paper.
     *
     * @param title the instrument's title, for the PDF's document information
     * @param paperName the paper as the JSON names it ("a4", "letter")
     */
    public record Sheet(String instrument, String version, String title, Paper paper, String paperName, float width,
                        float height, List<Page> pages) {
        public Sheet {
            pages = List.copyOf(pages);
        }

        /** What a scanner reads of this sheet: the shared model the geometry JSON writes. */
        public SheetGeometry scan() {
            return new SheetGeometry(instrument, version, paperName, width, height,
                    pages.stream().map(Page::scan).toList());
        }
    }

    /**
     * One page: the machine marks, the answer bubbles, the ink of everything else, and the slots
     * where personal details or typed answers go.
     *
     * @param registration the four corner marks: top-left, top-right, bottom-left, bottom-right
     */
    public record Page(int number, List<Mark> registration, Qr qr, List<Bubble> bubbles, List<Ink> ink,
                       List<Slot> slots) {
        public Page {
            registration = List.copyOf(registration);
            bubbles = List.copyOf(bubbles);
            ink = List.copyOf(ink);
            slots = List.copyOf(slots);
        }

        SheetGeometry.Page scan() {
            return new SheetGeometry.Page(number,
                    registration.stream().map(m -> new SheetGeometry.Mark(m.x(), m.y(), m.r(), true)).toList(),
                    new SheetGeometry.Qr(qr.x(), qr.y(), qr.size()),
                    bubbles.stream().map(b -> new SheetGeometry.Bubble(b.item(), b.value(), b.x(), b.y(), b.r(), b.square()))
                            .toList());
        }
    }

    /** A filled square registration mark: centre and half its side. */
    public record Mark(float x, float y, float r) {
    }

    /** Where the page's QR code goes: centre and side of its dark-module area. */
    public record Qr(float x, float y, float size) {
    }

    /**
     * One answer mark: a circle (r = radius) or, when {@code square}, a box (r = half side).
     *
     * @param value the answer it stands for, as responses record it ("3", "yes", "chat")
     */
    public record Bubble(String item, String value, float x, float y, float r, boolean square) {
    }

    /** Something drawn that a scanner need not know about: text, rules and boxes. */
    public sealed interface Ink permits Text, Rule, Box, Picture {
    }

    /** One line of text in one font, its baseline starting at (x, y); gray 0 is black. */
    public record Text(float x, float y, float size, boolean bold, float gray, String text) implements Ink {
    }

    /** A straight line. */
    public record Rule(float x1, float y1, float x2, float y2, float width, float gray) implements Ink {
    }

    /**
     * A rectangle from its bottom-left corner, filled and/or stroked.
     *
     * @param fill the fill gray, or -1 for none
     * @param stroke the outline gray, or -1 for none
     */
    public record Box(float x, float y, float w, float h, float fill, float stroke, float lineWidth) implements Ink {
    }

    /** The organisation's logo, fitted into a box from its bottom-left corner and kept in proportion. */
    public record Picture(float x, float y, float w, float h, Logo logo) implements Ink {
    }

    /**
     * A rectangle where something is written later: the participant's name ({@link #RESPONDENT}),
     * group or date on the first page, the running name line of later pages, or a text item's answer.
     *
     * @param field the slot's name: a fixed name below, or the id of a text item
     */
    public record Slot(String field, float x, float y, float w, float h) {
        public static final String RESPONDENT = "respondent";
        public static final String GROUP = "group";
        public static final String DATE = "date";
        /** The name and group repeated in the header of later pages. */
        public static final String RUNNING = "running";
    }
}
