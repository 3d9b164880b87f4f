package org.scorecardkit.render.pdf;

import static org.scorecardkit.render.pdf.SheetItems.BOX_R;
import static org.scorecardkit.render.pdf.SheetItems.PAD;
import static org.scorecardkit.render.pdf.SheetItems.RATING_PITCH;
import static org.scorecardkit.render.pdf.SheetItems.RATING_R;
import static org.scorecardkit.render.pdf.SheetLayout.INK;
import static org.scorecardkit.render.pdf.SheetLayout.MUTED;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Option;
import org.scorecardkit.model.Scale;
import org.scorecardkit.render.pdf.SheetItems.Wording;
import org.scorecardkit.render.pdf.SheetLayout.Block;
import org.scorecardkit.render.pdf.SheetLayout.Frame;

/**
 * Blocks for items whose answers sit below their wording: single and multiple choice as a grid of
 * marks with labels in aligned columns, and rating scales too wide to sit beside the text (0–10)
 * as a row of numbered circles with the scale's labels underneath.
 */
final class SheetChoices {
    private static final float LABEL_SIZE = 9.5f;
    private static final float LABEL_LEADING = 12f;
    private static final float LABEL_GAP = 6f;
    private static final float COLUMN_GAP = 18f;
    private static final int MAX_COLUMNS = 4;
    private static final float MAX_PITCH = 40f;

    private SheetChoices() {
    }

    /** One option's label, wrapped to its column. */
    private record Cell(Option option, List<String> lines) {
    }

    /** A choice item: a circle (single) or box (multiple) per option, labels to their right. */
    static Block choices(Item item, int number, Frame f) {
        float x0 = f.left() + f.indent();
        float width = f.right() - x0;
        Wording w = Wording.of(item, number, width);
        float widest = 0;
        for (Option o : item.options()) {
            widest = Math.max(widest, PdfText.width(o.label(), false, LABEL_SIZE));
        }
        float cell = 2 * BOX_R + LABEL_GAP + widest + COLUMN_GAP;
        int columns = Math.max(1, Math.min(Math.min(MAX_COLUMNS, item.options().size()), (int) (width / cell)));
        float columnWidth = columns == 1 ? width : cell;
        float labelWidth = columnWidth - 2 * BOX_R - LABEL_GAP - (columns == 1 ? 0 : COLUMN_GAP);
        List<Cell> cells = new ArrayList<>();
        for (Option o : item.options()) {
            cells.add(new Cell(o, PdfText.wrap(o.label(), false, LABEL_SIZE, labelWidth)));
        }
        List<Float> rowCentres = rowCentres(cells, columns, PAD + 9f + w.depth() + 8f + BOX_R);
        int lastLines = cells.subList((rowCentres.size() - 1) * columns, cells.size()).stream()
                .mapToInt(c -> c.lines().size()).max().orElse(1);
        float height = rowCentres.get(rowCentres.size() - 1) + BOX_R + (lastLines - 1) * LABEL_LEADING + PAD;
        boolean square = item.type() == ItemType.MULTIPLE;
        return new Block(height, (c, top) -> {
            w.place(c, f, top - PAD - 9f);
            for (int k = 0; k < cells.size(); k++) {
                float cx = x0 + (k % columns) * columnWidth + BOX_R;
                float cy = top - rowCentres.get(k / columns);
                c.bubble(item.id(), cells.get(k).option().value(), cx, cy, BOX_R, square);
                float baseline = cy - 3.4f;
                for (String line : cells.get(k).lines()) {
                    c.text(cx + BOX_R + LABEL_GAP, baseline, LABEL_SIZE, false, INK, line);
                    baseline -= LABEL_LEADING;
                }
            }
            SheetItems.separator(c, f, top - height);
        });
    }

    /** The centre of each row of the grid below the block's top, the first at {@code first}; rows grow with wrapped labels. */
    private static List<Float> rowCentres(List<Cell> cells, int columns, float first) {
        List<Float> centres = new ArrayList<>();
        float y = first;
        for (int row = 0; row * columns < cells.size(); row++) {
            centres.add(y);
            int lines = 1;
            for (int k = row * columns; k < Math.min(cells.size(), (row + 1) * columns); k++) {
                lines = Math.max(lines, cells.get(k).lines().size());
            }
            y += (lines - 1) * LABEL_LEADING + 2 * BOX_R + 7f;
        }
        return centres;
    }

    /** Whether a scale's circles are too wide to sit beside the item text. */
    static boolean below(Scale scale, Frame f) {
        return (scale.max() - scale.min()) * RATING_PITCH + 2 * RATING_R > 0.45f * f.columnWidth();
    }

    /** A rating whose circles go in rows under the wording, the scale's labels under their points. */
    static Block scaleBelow(Item item, int number, Frame f) {
        float x0 = f.left() + f.indent();
        float width = f.right() - x0;
        Wording w = Wording.of(item, number, width);
        List<Scale.Point> points = item.scale().points();
        int perRow = Math.max(1, (int) ((width - 2 * RATING_R) / RATING_PITCH) + 1);
        // A scale that fits one row spreads over the column, up to a comfortable spacing.
        float pitch = points.size() > 1 && points.size() <= perRow
                ? Math.min(MAX_PITCH, (width - 2 * RATING_R) / (points.size() - 1)) : RATING_PITCH;
        boolean labels = !item.scale().labels().isEmpty();
        float rowPitch = 2 * RATING_R + SheetItems.VALUE_ROOM + (labels ? 20f : 8f);
        float first = PAD + 9f + w.depth() + 8f + SheetItems.VALUE_ROOM + RATING_R;
        int rows = (points.size() + perRow - 1) / perRow;
        float height = first + (rows - 1) * rowPitch + RATING_R + (labels ? 14f : 0f) + PAD;
        return new Block(height, (c, top) -> {
            w.place(c, f, top - PAD - 9f);
            for (int k = 0; k < points.size(); k++) {
                Scale.Point p = points.get(k);
                float x = x0 + RATING_R + (k % perRow) * pitch;
                float y = top - first - (k / perRow) * rowPitch;
                SheetItems.circle(c, item, p.value(), x, y);
                if (p.label() != null) {
                    label(c, p.label(), x, y - RATING_R - 10f, k == 0, k == points.size() - 1);
                }
            }
            SheetItems.separator(c, f, top - height);
        });
    }

    /** A scale label under its circle: the first starts at it, the last ends at it, others are centred. */
    private static void label(SheetLayout.Canvas c, String text, float x, float y, boolean first, boolean last) {
        if (first) {
            c.text(x - RATING_R, y, 8f, false, MUTED, text);
        } else if (last) {
            c.textRight(x + RATING_R, y, 8f, false, MUTED, text);
        } else {
            c.textCentred(x, y, 8f, false, MUTED, text);
        }
    }
}
