package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.report.Labels;
import org.scorecardkit.tally.stats.Comparison;

/**
 * Before and after as paired dots per item: the before mean hollow, the after mean filled, joined by a
 * line, on the item's scale, with the mean change and the pairs written beside them.
 */
final class ChangeChart {
    private ChangeChart() {
    }

    /** An item's place on the chart: its label, its axis and its change. */
    private record Row(List<String> label, double lo, double hi, Comparison.Change change) {
    }

    static List<Image> of(PdfContentByte cb, Instrument instrument, Map<String, Comparison.Change> items, float width,
                          FontRuns.Missing missing) throws BadElementException {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Comparison.Change> e : items.entrySet()) {
            Item item = instrument.item(e.getKey());
            if (item == null || e.getValue().before() == null || e.getValue().after() == null) {
                continue;
            }
            boolean rating = item.type() == ItemType.RATING && item.scale() != null;
            rows.add(new Row(PdfCanvas.wrap(Labels.of(instrument, e.getKey()), RatingChart.SIZE, RatingChart.LABEL_W - 8, 2),
                    rating ? item.scale().min() : 0, rating ? item.scale().max() : 1, e.getValue()));
        }
        List<Image> pieces = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += RatingChart.ROWS) {
            pieces.add(piece(cb, rows.subList(from, Math.min(rows.size(), from + RatingChart.ROWS)), width, missing));
        }
        return pieces;
    }

    private static Image piece(PdfContentByte cb, List<Row> rows, float width, FontRuns.Missing missing) throws BadElementException {
        float row = 22;
        float left = RatingChart.LABEL_W;
        float plot = width - left - RatingChart.VALUE_W - 8;
        boolean shared = rows.stream().allMatch(r -> r.lo() == rows.get(0).lo() && r.hi() == rows.get(0).hi());
        float h = rows.size() * row + (shared ? 16 : 4);
        PdfCanvas c = new PdfCanvas(cb, width, h, missing);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            float y = i * row;
            c.wrapped(r.label(), 0, y + (row - r.label().size() * RatingChart.LEADING) / 2 + 7, RatingChart.SIZE,
                    RatingChart.LEADING, PdfCanvas.TEXT);
            c.line(left + 4, y + row / 2, left + 4 + plot, y + row / 2, 0.6f, PdfCanvas.TRACK);
            float x1 = left + 4 + (float) ((r.change().before() - r.lo()) / (r.hi() - r.lo()) * plot);
            float x2 = left + 4 + (float) ((r.change().after() - r.lo()) / (r.hi() - r.lo()) * plot);
            c.line(x1, y + row / 2, x2, y + row / 2, 2, PdfCanvas.RULE);
            c.dot(x1, y + row / 2, 3.5f, PdfCanvas.MUTED, true);
            c.dot(x2, y + row / 2, 3.5f, PdfCanvas.FILL, false);
            c.text(Figures.change(r.change().mean(), 2) + " · " + Figures.count(r.change().n()) + " pairs",
                    width - RatingChart.VALUE_W + 6, y + row / 2 + 3, RatingChart.SIZE, PdfContentByte.ALIGN_LEFT, false, PdfCanvas.TEXT);
        }
        if (shared && !rows.isEmpty()) {
            Row r = rows.get(0);
            boolean share = r.lo() == 0 && r.hi() == 1;
            c.text(share ? "0%" : Figures.fixed(r.lo(), 0), left + 4, h - 3, 7.5f, PdfContentByte.ALIGN_CENTER, false, PdfCanvas.MUTED);
            c.text(share ? "100%" : Figures.fixed(r.hi(), 0), left + 4 + plot, h - 3, 7.5f, PdfContentByte.ALIGN_CENTER, false,
                    PdfCanvas.MUTED);
            c.text("○ before  ● after", left + 4 + plot / 2, h - 3, 7.5f, PdfContentByte.ALIGN_CENTER, false, PdfCanvas.MUTED);
        }
        return c.image();
    }
}
