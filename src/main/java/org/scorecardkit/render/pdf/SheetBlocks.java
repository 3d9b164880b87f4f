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
import org.scorecardkit.model.Section;
import org.scorecardkit.render.pdf.SheetLayout.Block;
import org.scorecardkit.render.pdf.SheetLayout.Frame;

/**
 * The sheet's blocks that are not items: Markdown paragraphs (intro, instructions, closing), the scale
 * legend, the self-scoring box with its band table, each checklist section's score box, and the source credit.
 */
final class SheetBlocks {
    private static final float TABLE_SIZE = 9.5f;
    private static final float TABLE_LEADING = 13f;
    static final float CREDIT_SIZE = 7.5f;

    private SheetBlocks() {
    }

    /** One block per paragraph, so long instructions may continue on the next page. */
    static List<Block> paragraphs(String markdown, Frame f, float size, float spaceBefore, float gray) {
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
            float height = before + lines.size() * leading + 3f;
            out.add(new Block(height, (c, top) -> {
                float y = top - before - size;
                if (p.marker() != null) {
                    c.textRight(f.left() + indent - 5f, y, size, false, gray, p.marker());
                }
                for (PdfText.Line line : lines) {
                    c.line(line, f.left() + indent, y, size, gray);
                    y -= leading;
                }
            }));
        }
        return out;
    }

    /**
     * A shaded band naming the end points of each scale whose circles sit beside the items, and the
     * answers of check items, each with the one instruction: fill in one circle for each statement.
     */
    static List<Block> legends(Instrument instrument, Frame f) {
        Map<String, Scale> scales = new LinkedHashMap<>();
        boolean below = false;
        for (Item item : instrument.answeredItems()) {
            if (item.type() == ItemType.RATING && SheetChoices.below(item.scale(), f)) {
                below = true;
            } else if (item.type() == ItemType.RATING) {
                scales.putIfAbsent(item.scale().id(), item.scale());
            }
        }
        boolean checks = instrument.answeredItems().stream().anyMatch(i -> i.type() == ItemType.CHECK);
        if (scales.isEmpty() && !checks && !below) {
            return List.of();
        }
        long rated = instrument.answeredItems().stream().filter(i -> i.type() == ItemType.RATING).count();
        if (scales.isEmpty() && !checks) {
            // Wide scales carry their labels under their circles: one line says what to do, no band.
            String fill = rated == 1 ? f.t("sheets.fill-one") : f.t("sheets.fill");
            return List.of(new Block(14f, (c, top) -> c.text(f.left(), top - 10f, 9f, false, INK, fill)));
        }
        List<PdfText.Line> lines = new ArrayList<>();
        if (checks) {
            String fill = f.t("sheets.fill");
            if (instrument.scoring().method() == ScoringMethod.COVERAGE && instrument.titledSections()) {
                fill += " " + f.t("sheets.section.how", credit(instrument.scoring().partly()));
            }
            lines.addAll(PdfText.wrap(List.of(new PdfText.Run(f.t("sheets.legend.check") + " ", true),
                    new PdfText.Run(fill, false)), 9f, f.columnWidth() - 16f));
        }
        for (Scale scale : scales.values()) {
            lines.addAll(PdfText.wrap(List.of(new PdfText.Run(f.t("sheets.legend.scale", scale.min(), scale.max()) + " ", true),
                    new PdfText.Run(legend(scale, f), false)), 9f, f.columnWidth() - 16f));
        }
        float height = 5f + 9f + lines.size() * 12f + 4f;
        return List.of(new Block(height, (c, top) -> {
            float bandTop = top - 5f;
            c.box(f.left(), top - height + 4f, f.columnWidth(), height - 9f, BAND, -1, 0);
            float y = bandTop - 4f - 9f;
            for (PdfText.Line line : lines) {
                c.line(line, f.left() + 8f, y, 9f, INK);
                y -= 12f;
            }
        }));
    }

    private static String legend(Scale scale, Frame f) {
        if (scale.labels().isEmpty()) {
            return f.t("sheets.legend.ends", scale.min(), scale.max()) + " " + f.t("sheets.fill");
        }
        List<String> parts = new ArrayList<>();
        scale.labels().forEach((value, label) -> parts.add(f.t("sheets.legend.label", value, label)));
        return f.t("sheets.legend.labels", String.join("  ·  ", parts)) + " " + f.t("sheets.fill");
    }

    /**
     * Where a titled section of check items is scored, on its heading's title line: a box for the
     * points (Yes 1, Partly at its credit) "of" the section's items, and a box for the share in per cent.
     */
    record ScoreBox(String label, String of, String percent) {
        static final float BOX = 32f;
        static final float BOX_HEIGHT = 14f;

        float width() {
            return PdfText.width(label, true, TABLE_SIZE) + 6f + BOX + 5f + PdfText.width(of, false, TABLE_SIZE) + 5f + BOX
                    + 3f + PdfText.width(percent, true, TABLE_SIZE);
        }

        /** Drawn ending at {@code right}, its text on {@code baseline}, left to right as it reads. */
        void place(SheetLayout.Canvas c, float right, float baseline) {
            float boxY = baseline - 4f;
            float x = right - width();
            c.text(x, baseline, TABLE_SIZE, true, INK, label);
            x += PdfText.width(label, true, TABLE_SIZE) + 6f;
            c.box(x, boxY, BOX, BOX_HEIGHT, 1f, INK, 0.8f);
            x += BOX + 5f;
            c.text(x, baseline, TABLE_SIZE, false, INK, of);
            x += PdfText.width(of, false, TABLE_SIZE) + 5f;
            c.box(x, boxY, BOX, BOX_HEIGHT, 1f, INK, 0.8f);
            x += BOX + 3f;
            c.text(x, baseline, TABLE_SIZE, true, INK, percent);
        }
    }

    /** The score box of a titled section of check items when the checklist is scored by coverage, else null. */
    static ScoreBox sectionScore(Instrument instrument, Section section, Frame f) {
        if (instrument.scoring().method() != ScoringMethod.COVERAGE) {
            return null;
        }
        long items = section.items().stream().filter(i -> i.type() == ItemType.CHECK).count();
        return new ScoreBox(f.t("sheets.section.score"), f.t("sheets.section.of", items), f.t("sheets.section.percent"));
    }

    /** A check answer's credit as a person writes it: ½, ¼, 0.3. */
    private static String credit(double partly) {
        if (partly == 0.5) {
            return "½";
        }
        if (partly == 0.25) {
            return "¼";
        }
        return ScoreRange.format(partly);
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
        String how = method == ScoringMethod.MEAN
                ? f.t("sheets.score.how-mean", instrument.scoredItems().size()) : f.t("sheets.score.how-sum");
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
        float height = 8f + boxHeight;
        String what = method == ScoringMethod.MEAN ? f.t("sheets.score.average") : f.t("sheets.score.total");
        return new Block(height, (c, top) -> {
            float boxTop = top - 8f;
            c.box(f.left(), boxTop - boxHeight, f.columnWidth(), boxHeight, BAND, -1, 0);
            total(c, f, f.left() + pad, boxTop - pad - 9f, howLines, what, range);
            bands(c, f, instrument.scoring().bands(), rows, tableX, boxTop - pad - 9f);
        });
    }

    /** The left half of the scoring box: what to do, and a box to write the result in. */
    private static void total(SheetLayout.Canvas c, Frame f, float x, float y, List<String> how, String what,
                              ScoreRange range) {
        c.text(x, y, 11f, true, INK, f.t("sheets.score.title"));
        for (String line : how) {
            y -= TABLE_LEADING;
            c.text(x, y, TABLE_SIZE, false, INK, line);
        }
        float boxY = y - 8f - 24f;
        c.text(x, boxY + 8f, TABLE_SIZE, true, INK, what);
        float bx = x + PdfText.width(what, true, TABLE_SIZE) + 8f;
        c.box(bx, boxY, 72f, 24f, 1f, INK, 0.9f);
        c.text(bx + 80f, boxY + 8f, 8f, false, MUTED,
                f.t("sheets.score.range", ScoreRange.format(range.min()), ScoreRange.format(range.max())));
    }

    private static void bands(SheetLayout.Canvas c, Frame f, List<Band> bands, List<List<String>> rows, float x, float y) {
        c.text(x, y, TABLE_SIZE, true, INK, f.t("sheets.score.bands"));
        for (int i = 0; i < bands.size(); i++) {
            y -= TABLE_LEADING;
            Band b = bands.get(i);
            c.textRight(x + 48f, y, TABLE_SIZE, true, INK,
                    f.t("sheets.score.band", ScoreRange.format(b.min()), ScoreRange.format(b.max())));
            for (String line : rows.get(i)) {
                c.text(x + 58f, y, TABLE_SIZE, false, INK, line);
                y -= TABLE_LEADING;
            }
            y += TABLE_LEADING;
        }
    }

    /** The source credit of a participants' sheet ("Source: Title by Author, Publisher."), or null. */
    static String creditText(Instrument instrument, Frame f) {
        Credit credit = instrument.credit();
        if (credit == null || instrument.delivery().forCustomers()) {
            // A customer's sheet speaks in the organisation's voice; the credit stays on the site's about page.
            return null;
        }
        String source = credit.author() == null ? credit.title() : f.t("sheets.credit.by", credit.title(), credit.author());
        if (credit.publisher() != null) {
            source = f.t("sheets.credit.publisher", source, credit.publisher());
        }
        return f.t("sheets.credit", source);
    }

    /** Whether the credit fits the one line above the last page's footer, where it takes no room from the items. */
    static boolean creditInFooter(Instrument instrument, Frame f) {
        String text = creditText(instrument, f);
        return text != null && PdfText.width(text, false, CREDIT_SIZE) <= f.columnWidth();
    }

    /** A longer credit as a block after the items. */
    static Block credit(Instrument instrument, Frame f) {
        String text = creditText(instrument, f);
        if (text == null || creditInFooter(instrument, f)) {
            return null;
        }
        List<String> lines = PdfText.wrap(text, false, CREDIT_SIZE, f.columnWidth());
        float height = 14f + lines.size() * 9.5f;
        return new Block(height, (c, top) -> {
            float y = top - 14f - 6f;
            for (String line : lines) {
                c.text(f.left(), y, CREDIT_SIZE, false, MUTED, line);
                y -= 9.5f;
            }
        });
    }
}
