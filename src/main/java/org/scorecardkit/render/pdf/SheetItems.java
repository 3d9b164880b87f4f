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
 * Lays out the body of a sheet as blocks: the intro and instructions, the scale legend, section
 * headings with their lead-ins, one block per item (numbered wrapped text on the left, answer marks in aligned columns on the
 * right or in a row below), then the closing text, the self-scoring box and the credit.
 */
final class SheetItems {
    static final float SIZE = 10f;
    static final float LEADING = 13f;
    static final float PAD = 7f;
    /** Checklist rows are short and many: a tighter row keeps the 7 Cs on two pages. */
    static final float CHECK_PAD = 2.5f;
    static final float CHECK_SIZE = 9.5f;
    static final float CHECK_LEADING = 12f;
    static final float RATING_R = 8.5f;
    static final float RATING_PITCH = 25f;
    static final float BOX_R = 6.5f;
    static final float CHECK_PITCH = 38f;
    static final float GAP = 16f;
    static final float WRITING_PITCH = 22f;

    private SheetItems() {
    }

    static List<Block> blocks(Instrument instrument, Frame f) {
        List<Block> out = new ArrayList<>();
        out.addAll(SheetBlocks.paragraphs(instrument.intro(), f, 8.5f, 0f, MUTED));
        out.addAll(SheetBlocks.paragraphs(instrument.instructions(), f, 9.5f, 4f, INK));
        out.addAll(SheetBlocks.legends(instrument, f));
        Abbreviations abbreviations = Abbreviations.of(instrument);
        for (Section section : instrument.sections()) {
            section(out, instrument, section, f, abbreviations);
        }
        out.addAll(SheetBlocks.paragraphs(instrument.closing(), f, SIZE, 8f, INK));
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

    private static void section(List<Block> out, Instrument instrument, Section section, Frame f,
                                Abbreviations abbreviations) {
        boolean checks = section.items().stream().anyMatch(i -> i.type() == ItemType.CHECK);
        boolean titled = instrument.titledSections() && section.title() != null;
        SheetBlocks.ScoreBox score = checks && titled ? SheetBlocks.sectionScore(instrument, section, f) : null;
        Block repeat = null;
        if (titled) {
            String leadIn = section.description() == null ? null : plain(section.description());
            List<String> notes = abbreviations.explainedIn(section).stream()
                    .map(a -> f.t("sheets.section.abbreviation", a.letters(), a.words())).toList();
            out.add(heading(section.title(), leadIn, notes, checks, score, f).keeping(section.items().size()));
            repeat = heading(f.t("sheets.section.continued", section.title()), leadIn, List.of(), checks, null, f);
        }
        Item previous = null;
        for (Item item : section.items()) {
            boolean startsCheckRun = item.type() == ItemType.CHECK && (previous == null || previous.type() != ItemType.CHECK);
            if (!titled && startsCheckRun) {
                out.add(heading(null, null, List.of(), true, null, f).keeping(1));
            }
            Block itemRepeat = !titled && item.type() == ItemType.CHECK ? heading(null, null, List.of(), true, null, f) : repeat;
            out.add(item(instrument, item, f).withHeading(itemRepeat));
            previous = item;
        }
    }

    /**
     * A section's heading: its title, its lead-in (which every item of the section completes, so it
     * sits right above them), notes explaining its abbreviations, the box to score the section in and,
     * for check items, the Yes / Partly / No column heads on the heading's last line.
     */
    static Block heading(String title, String leadIn, List<String> notes, boolean checkColumns, SheetBlocks.ScoreBox score,
                         Frame f) {
        float width = f.columnWidth() - (checkColumns ? 3 * CHECK_PITCH + GAP : 0);
        float scoreRoom = score == null ? 0 : score.width() + 12f;
        List<String> lines = title == null ? List.of() : PdfText.wrap(title, true, 11.5f, width - scoreRoom);
        List<String> noteLines = new ArrayList<>();
        for (String note : notes) {
            noteLines.addAll(PdfText.wrap(note, false, 8.5f, width));
        }
        List<String> leadLines = leadIn == null ? List.of() : PdfText.wrap(leadIn, false, CHECK_SIZE, width - f.indent());
        float height = 7f + Math.max(1, lines.size()) * 14f + noteLines.size() * 11f + leadLines.size() * CHECK_LEADING + 2f;
        return new Block(height, (c, top) -> {
            float y = top - 7f - 9f;
            for (String line : lines) {
                c.text(f.left(), y, 11.5f, true, INK, line);
                y -= 14f;
            }
            if (score != null) {
                score.place(c, f.left() + width, top - 7f - 9f);
            }
            y += 14f;
            for (String line : noteLines) {
                y -= 11f;
                c.text(f.left(), y, 8.5f, false, MUTED, line);
            }
            for (String line : leadLines) {
                y -= CHECK_LEADING;
                c.text(f.left() + f.indent(), y, CHECK_SIZE, false, INK, line);
            }
            if (checkColumns) {
                for (int k = 0; k < 3; k++) {
                    c.textCentred(checkX(f, k), y, 8f, true, MUTED, f.t(CHECK_HEADS.get(k)));
                }
            }
            c.rule(f.left(), top - height + 1f, f.right(), top - height + 1f, 0.9f, INK);
        });
    }

    /** The column heads of check items, in the order of {@link Item#CHECK_ANSWERS}. */
    private static final List<String> CHECK_HEADS = List.of("sheets.check.yes", "sheets.check.partly", "sheets.check.no");

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
    record Wording(int number, List<PdfText.Line> lines, List<String> help, float size, float leading) {
        static Wording of(Item item, int number, float width) {
            return of(item, number, width, SIZE, LEADING);
        }

        /** In a smaller type, for the many short rows of a checklist. */
        static Wording of(Item item, int number, float width, float size, float leading) {
            List<String> help = item.help() == null ? List.of()
                    : PdfText.wrap(plain(item.help()), false, 8.5f, width);
            return new Wording(number, PdfText.wrap(PdfText.runs(item.text()), size, width), help, size, leading);
        }

        /** From the first baseline to the last one. */
        float depth() {
            return (lines.size() - 1) * leading + (help.isEmpty() ? 0 : 2f + help.size() * 11f);
        }

        void place(SheetLayout.Canvas c, Frame f, float baseline) {
            if (number > 0) {
                c.textRight(f.left() + f.indent() - 6f, baseline, size, true, MUTED, number + ".");
            }
            float y = baseline;
            for (PdfText.Line line : lines) {
                c.line(line, f.left() + f.indent(), y, size, INK);
                y -= leading;
            }
            y += leading - 2f;
            for (String line : help) {
                y -= 11f;
                c.text(f.left() + f.indent(), y, 8.5f, false, MUTED, line);
            }
        }
    }

    static String plain(String markdown) {
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
        // The values sit above the circles, so a filled circle still shows what it meant.
        float centre = RATING_PAD + VALUE_ROOM + RATING_R;
        float baseline = centre + 3.5f;
        float height = Math.max(baseline + w.depth() + 4f, centre + RATING_R) + RATING_PAD;
        return new Block(height, (c, top) -> {
            w.place(c, f, top - baseline);
            for (int k = 0; k < points.size(); k++) {
                float x = f.right() - RATING_R - (points.size() - 1 - k) * RATING_PITCH;
                circle(c, item, points.get(k).value(), x, top - centre);
            }
            separator(c, f, top - height);
        });
    }

    /** Room above a circle for its value. */
    static final float VALUE_ROOM = 8f;
    /** The space above and below a row of rating circles and their values. */
    static final float RATING_PAD = 3f;

    /** A circle with its value printed just above it, outside the area a pencil fills. */
    static void circle(SheetLayout.Canvas c, Item item, int value, float x, float y) {
        c.bubble(item.id(), String.valueOf(value), x, y, RATING_R, false);
        c.textCentred(x, y + RATING_R + 2f, 7f, true, MUTED, String.valueOf(value));
    }

    /** A checklist item: a Yes / Partly / No circle in three columns at the right, headed by its section. */
    private static Block check(Item item, int number, Frame f) {
        Wording w = Wording.of(item, number, f.columnWidth() - f.indent() - 3 * CHECK_PITCH - GAP, CHECK_SIZE, CHECK_LEADING);
        float pad = CHECK_PAD;
        float centre = pad + BOX_R + 1f;
        float height = Math.max(centre + 3.5f + w.depth() + 3f, centre + BOX_R) + pad;
        return new Block(height, (c, top) -> {
            w.place(c, f, top - centre - 3.5f);
            for (int k = 0; k < 3; k++) {
                Option answer = Item.CHECK_ANSWERS.get(k);
                c.bubble(item.id(), answer.value(), checkX(f, k), top - centre, BOX_R, false);
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
