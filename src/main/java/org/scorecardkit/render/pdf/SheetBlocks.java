package org.scorecardkit.render.pdf;

import static org.scorecardkit.render.pdf.SheetLayout.BAND;
import static org.scorecardkit.render.pdf.SheetLayout.INK;
import static org.scorecardkit.render.pdf.SheetLayout.MUTED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Credit;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.Scale;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.render.pdf.SheetLayout.Block;
import org.scorecardkit.render.pdf.SheetLayout.Frame;

/**
 * The sheet's blocks that are not items: Markdown paragraphs (instructions, closing), the scale
 * legend, the self-scoring box with its band table, and the source credit.
 */
final class SheetBlocks {
    private static final float TABLE_SIZE = 9.5f;
    private static final float TABLE_LEADING = 13f;

    private SheetBlocks() {
    }

    /** One block per paragraph, so long instructions may continue on the next page. */
    static List<Block> paragraphs(String markdown, Frame f, float size, float spaceBefore) {
        List<Block> out = new ArrayList<>();
        float leading = size * 1.32f;
        List<PdfText.Paragraph> paragraphs = PdfText.paragraphs(markdown);
        for (int i = 0; i < paragraphs.size(); i++) {
            PdfText.Paragraph p = paragraphs.get(i);
            float indent = p.marker() == null ? 0 : 14f;
            List<PdfText.Line> lines = PdfText.wrap(p.runs(), size, f.columnWidth() - indent);
            // A list is set off from the paragraphs around it.
            boolean listEdge = i > 0 && (paragraphs.get(i - 1).marker() == null) != (p.marker() == null);
            float before = i == 0 ? spaceBefore : listEdge ? 3f : 0;
            float height = before + lines.size() * leading + 4f;
            out.add(new Block(height, (c, top) -> {
                float y = top - before - size;
                if (p.marker() != null) {
                    c.textRight(f.left() + indent - 5f, y, size, false, INK, p.marker());
                }
                for (PdfText.Line line : lines) {
                    c.line(line, f.left() + indent, y, size, INK);
                    y -= leading;
                }
            }));
        }
        return out;
    }

    /** A shaded band naming the end points of each scale whose circles sit beside the items. */
    static List<Block> legends(Instrument instrument, Frame f) {
        Map<String, Scale> scales = new LinkedHashMap<>();
        for (Item item : instrument.answeredItems()) {
            if (item.type() == ItemType.RATING && !SheetChoices.below(item.scale(), f)) {
                scales.putIfAbsent(item.scale().id(), item.scale());
            }
        }
        if (scales.isEmpty()) {
            return List.of();
        }
        List<PdfText.Line> lines = new ArrayList<>();
        for (Scale scale : scales.values()) {
            lines.addAll(PdfText.wrap(List.of(new PdfText.Run("Scale " + scale.min() + "–" + scale.max() + ": ", true),
                    new PdfText.Run(legend(scale), false)), 9f, f.columnWidth() - 16f));
        }
        float height = 8f + 12f + lines.size() * 12f + 4f;
        return List.of(new Block(height, (c, top) -> {
            float bandTop = top - 8f;
            c.box(f.left(), top - height + 4f, f.columnWidth(), height - 12f, BAND, -1, 0);
            float y = bandTop - 6f - 9f;
            for (PdfText.Line line : lines) {
                c.line(line, f.left() + 8f, y, 9f, INK);
                y -= 12f;
            }
        }));
    }

    private static String legend(Scale scale) {
        if (scale.labels().isEmpty()) {
            return scale.min() + " is the lowest, " + scale.max() + " the highest. Fill in one circle per statement.";
        }
        List<String> parts = new ArrayList<>();
        scale.labels().forEach((value, label) -> parts.add(value + " = " + label));
        return String.join("  ·  ", parts) + ". Fill in one circle per statement.";
    }

    /** The self-scoring box of a self-assessment: how to add up, a box for the total, and the bands. */
    static Block scoring(Instrument instrument, Frame f) {
        ScoreRange range = instrument.scoreRange();
        ScoringMethod method = instrument.scoring().method();
        if (instrument.kind() != Kind.SELF_ASSESSMENT || range == null
                || (method != ScoringMethod.SUM && method != ScoringMethod.MEAN)) {
            return null;
        }
        float pad = 12f;
        float leftWidth = f.columnWidth() * 0.44f;
        String how = "Add up the numbers you filled" + (method == ScoringMethod.MEAN
                ? " and divide the total by " + instrument.scoredItems().size() + "." : ".");
        List<String> howLines = PdfText.wrap(how, false, TABLE_SIZE, leftWidth - pad);
        float tableX = f.left() + leftWidth + 10f;
        float labelWidth = f.right() - pad - tableX - 58f;
        List<List<String>> rows = new ArrayList<>();
        for (Band band : instrument.scoring().bands()) {
            rows.add(PdfText.wrap(band.label(), false, TABLE_SIZE, labelWidth));
        }
        float leftHeight = 16f + howLines.size() * TABLE_LEADING + 8f + 26f;
        float rightHeight = 16f + rows.stream().mapToInt(List::size).sum() * TABLE_LEADING;
        float boxHeight = pad + Math.max(leftHeight, rightHeight) + pad - 4f;
        float height = 14f + boxHeight;
        String what = method == ScoringMethod.MEAN ? "Average" : "Total";
        return new Block(height, (c, top) -> {
            float boxTop = top - 14f;
            c.box(f.left(), boxTop - boxHeight, f.columnWidth(), boxHeight, BAND, -1, 0);
            total(c, f.left() + pad, boxTop - pad - 9f, howLines, what, range);
            bands(c, instrument.scoring().bands(), rows, tableX, boxTop - pad - 9f);
        });
    }

    /** The left half of the scoring box: what to do, and a box to write the result in. */
    private static void total(SheetLayout.Canvas c, float x, float y, List<String> how, String what, ScoreRange range) {
        c.text(x, y, 11f, true, INK, "Your score");
        for (String line : how) {
            y -= TABLE_LEADING;
            c.text(x, y, TABLE_SIZE, false, INK, line);
        }
        float boxY = y - 8f - 24f;
        c.text(x, boxY + 8f, TABLE_SIZE, true, INK, what);
        float bx = x + PdfText.width(what, true, TABLE_SIZE) + 8f;
        c.box(bx, boxY, 72f, 24f, 1f, INK, 0.9f);
        c.text(bx + 80f, boxY + 8f, 8f, false, MUTED, "from " + ScoreRange.format(range.min()) + " to "
                + ScoreRange.format(range.max()));
    }

    private static void bands(SheetLayout.Canvas c, List<Band> bands, List<List<String>> rows, float x, float y) {
        c.text(x, y, TABLE_SIZE, true, INK, "What your score means");
        for (int i = 0; i < bands.size(); i++) {
            y -= TABLE_LEADING;
            Band b = bands.get(i);
            c.textRight(x + 48f, y, TABLE_SIZE, true, INK, ScoreRange.format(b.min()) + "–" + ScoreRange.format(b.max()));
            for (String line : rows.get(i)) {
                c.text(x + 58f, y, TABLE_SIZE, false, INK, line);
                y -= TABLE_LEADING;
            }
            y += TABLE_LEADING;
        }
    }

    /** A small line naming where the wording comes from. */
    static Block credit(Instrument instrument, Frame f) {
        Credit credit = instrument.credit();
        if (credit == null) {
            return null;
        }
        List<String> lines = PdfText.wrap(credit.line(), false, 7.5f, f.columnWidth());
        float height = 14f + lines.size() * 9.5f;
        return new Block(height, (c, top) -> {
            float y = top - 14f - 6f;
            for (String line : lines) {
                c.text(f.left(), y, 7.5f, false, MUTED, line);
                y -= 9.5f;
            }
        });
    }
}
