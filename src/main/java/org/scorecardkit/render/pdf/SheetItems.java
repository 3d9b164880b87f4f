package org.scorecardkit.render.pdf;

import static org.scorecardkit.render.pdf.SheetLayout.FAINT;
import static org.scorecardkit.render.pdf.SheetLayout.HAIRLINE;
import static org.scorecardkit.render.pdf.SheetLayout.INK;
import static org.scorecardkit.render.pdf.SheetLayout.MUTED;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Option;
import org.scorecardkit.model.Scale;
import org.scorecardkit.model.Section;
import org.scorecardkit.render.pdf.SheetLayout.Block;
import org.scorecardkit.render.pdf.SheetLayout.Frame;

/**
 * Lays out the body of a sheet as blocks: the instructions, the scale legend, section headings and
 * one block per item (numbered wrapped text on the left, answer marks in aligned columns on the
 * right or in a row below), then the closing text, the self-scoring box and the credit.
 */
final class SheetItems {
    static final float SIZE = 10f;
    static final float LEADING = 13f;
    static final float PAD = 7f;
    static final float RATING_R = 8.5f;
    static final float RATING_PITCH = 25f;
    static final float BOX_R = 6.5f;
    static final float CHECK_PITCH = 44f;
    static final float GAP = 16f;
    static final float WRITING_PITCH = 22f;

    private SheetItems() {
    }

    static List<Block> blocks(Instrument instrument, Frame f) {
        List<Block> out = new ArrayList<>();
        String lead = instrument.instructions() != null ? instrument.instructions() : instrument.intro();
        out.addAll(SheetBlocks.paragraphs(lead, f, 9.5f, 0f));
        out.addAll(SheetBlocks.legends(instrument, f));
        for (Section section : instrument.sections()) {
            section(out, instrument, section, f);
        }
        out.addAll(SheetBlocks.paragraphs(instrument.closing(), f, SIZE, 8f));
        Block scoring = SheetBlocks.scoring(instrument, f);
        if (scoring != null) {
            out.add(scoring);
        }
        Block credit = SheetBlocks.credit(instrument, f);
        if (credit != null) {
            out.add(credit);
        }
        return out;
    }

    private static void section(List<Block> out, Instrument instrument, Section section, Frame f) {
        boolean checks = section.items().stream().anyMatch(i -> i.type() == ItemType.CHECK);
        boolean titled = instrument.titledSections() && section.title() != null;
        Block repeat = null;
        if (titled) {
            out.add(heading(section.title(), checks, f).keeping(section.items().size()));
            repeat = heading(section.title() + " (continued)", checks, f);
        }
        Item previous = null;
        for (Item item : section.items()) {
            boolean startsCheckRun = item.type() == ItemType.CHECK && (previous == null || previous.type() != ItemType.CHECK);
            if (!titled && startsCheckRun) {
                out.add(heading(null, true, f).keeping(1));
            }
            Block itemRepeat = !titled && item.type() == ItemType.CHECK ? heading(null, true, f) : repeat;
            out.add(item(instrument, item, f).withHeading(itemRepeat));
            previous = item;
        }
    }

    /** A section title (or none) with, for check items, the Yes / Partly / No column heads. */
    static Block heading(String title, boolean checkColumns, Frame f) {
        float width = f.columnWidth() - (checkColumns ? 3 * CHECK_PITCH + GAP : 0);
        List<String> lines = title == null ? List.of() : PdfText.wrap(title, true, 11.5f, width);
        float height = 12f + Math.max(1, lines.size()) * 14f + 2f;
        return new Block(height, (c, top) -> {
            float y = top - 12f - 9f;
            for (String line : lines) {
                c.text(f.left(), y, 11.5f, true, INK, line);
                y -= 14f;
            }
            float last = top - 12f - 9f - (Math.max(1, lines.size()) - 1) * 14f;
            if (checkColumns) {
                for (int k = 0; k < 3; k++) {
                    c.textCentred(checkX(f, k), last, 8f, true, MUTED, Item.CHECK_ANSWERS.get(k).label());
                }
            }
            c.rule(f.left(), top - height + 1f, f.right(), top - height + 1f, 0.9f, INK);
        });
    }

    static Block item(Instrument instrument, Item item, Frame f) {
        int number = instrument.number(item);
        return switch (item.type()) {
            case RATING -> rating(item, number, f);
            case CHECK -> check(item, number, f);
            case SINGLE, MULTIPLE -> SheetChoices.choices(item, number, f);
            case TEXT -> writing(item, number, f);
            case STATEMENT -> statement(item, f);
        };
    }

    /** The wrapped wording of an item and its help text, measured for one column width. */
    record Wording(int number, List<PdfText.Line> lines, List<String> help) {
        static Wording of(Item item, int number, float width) {
            List<String> help = item.help() == null ? List.of()
                    : PdfText.wrap(plain(item.help()), false, 8.5f, width);
            return new Wording(number, PdfText.wrap(PdfText.runs(item.text()), SIZE, width), help);
        }

        /** From the first baseline to the last one. */
        float depth() {
            return (lines.size() - 1) * LEADING + (help.isEmpty() ? 0 : 2f + help.size() * 11f);
        }

        void place(SheetLayout.Canvas c, Frame f, float baseline) {
            if (number > 0) {
                c.textRight(f.left() + f.indent() - 6f, baseline, SIZE, true, MUTED, number + ".");
            }
            float y = baseline;
            for (PdfText.Line line : lines) {
                c.line(line, f.left() + f.indent(), y, SIZE, INK);
                y -= LEADING;
            }
            y += LEADING - 2f;
            for (String line : help) {
                y -= 11f;
                c.text(f.left() + f.indent(), y, 8.5f, false, MUTED, line);
            }
        }
    }

    private static String plain(String markdown) {
        return String.join(" ", PdfText.paragraphs(markdown).stream()
                .map(p -> String.join("", p.runs().stream().map(PdfText.Run::text).toList())).toList());
    }

    /** A rating: one circle per scale point, right of the text, or in rows below it when they need the room. */
    private static Block rating(Item item, int number, Frame f) {
        List<Scale.Point> points = item.scale().points();
        float span = (points.size() - 1) * RATING_PITCH + 2 * RATING_R;
        if (SheetChoices.below(item.scale(), f)) {
            return SheetChoices.scaleBelow(item, number, f);
        }
        Wording w = Wording.of(item, number, f.columnWidth() - f.indent() - span - GAP);
        float centre = PAD + RATING_R + 1f;
        float height = Math.max(centre + 3.5f + w.depth() + 4f, centre + RATING_R) + PAD;
        return new Block(height, (c, top) -> {
            w.place(c, f, top - centre - 3.5f);
            for (int k = 0; k < points.size(); k++) {
                float x = f.right() - RATING_R - (points.size() - 1 - k) * RATING_PITCH;
                circle(c, item, points.get(k).value(), x, top - centre);
            }
            separator(c, f, top - height);
        });
    }

    /** A numbered circle with its value printed faintly inside. */
    static void circle(SheetLayout.Canvas c, Item item, int value, float x, float y) {
        c.bubble(item.id(), String.valueOf(value), x, y, RATING_R, false);
        c.textCentred(x, y - 2.7f, 7.5f, false, FAINT, String.valueOf(value));
    }

    /** A checklist item: Yes / Partly / No boxes in three columns at the right. */
    private static Block check(Item item, int number, Frame f) {
        Wording w = Wording.of(item, number, f.columnWidth() - f.indent() - 3 * CHECK_PITCH - GAP);
        float centre = PAD + BOX_R + 1f;
        float height = Math.max(centre + 3.5f + w.depth() + 4f, centre + BOX_R) + PAD;
        return new Block(height, (c, top) -> {
            w.place(c, f, top - centre - 3.5f);
            for (int k = 0; k < 3; k++) {
                Option answer = Item.CHECK_ANSWERS.get(k);
                c.bubble(item.id(), answer.value(), checkX(f, k), top - centre, BOX_R, true);
            }
            separator(c, f, top - height);
        });
    }

    /** The centre of check column k (0 = Yes). */
    static float checkX(Frame f, int k) {
        return f.right() - CHECK_PITCH / 2 - (2 - k) * CHECK_PITCH;
    }

    /** A free-text item: its wording, then writing lines across the column. */
    private static Block writing(Item item, int number, Frame f) {
        float x = f.left() + f.indent();
        Wording w = Wording.of(item, number, f.right() - x);
        float first = PAD + 9f;
        float lastRule = first + w.depth() + item.lines() * WRITING_PITCH;
        float height = lastRule + PAD + 3f;
        return new Block(height, (c, top) -> {
            w.place(c, f, top - first);
            for (int k = 1; k <= item.lines(); k++) {
                float y = top - first - w.depth() - k * WRITING_PITCH;
                c.rule(x, y, f.right(), y, 0.5f, MUTED);
            }
            float areaTop = top - first - w.depth() - 5f;
            float areaBottom = top - lastRule - 2f;
            c.slot(item.id(), x, areaBottom, f.right() - x, areaTop - areaBottom);
            separator(c, f, top - height);
        });
    }

    /** A display-only statement: its text, unnumbered. */
    private static Block statement(Item item, Frame f) {
        Wording w = Wording.of(item, 0, f.columnWidth() - f.indent());
        float height = PAD + 9f + w.depth() + 4f + PAD;
        return new Block(height, (c, top) -> w.place(c, f, top - PAD - 9f));
    }

    static void separator(SheetLayout.Canvas c, Frame f, float y) {
        c.rule(f.left(), y, f.right(), y, 0.5f, HAIRLINE);
    }
}
