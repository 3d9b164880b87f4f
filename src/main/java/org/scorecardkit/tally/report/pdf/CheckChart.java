package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.report.Labels;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/**
 * Check items as stacked bars of their Yes, Partly and No answers, each bar the item's answers as
 * shares of 100%, each segment labelled with its count; with a legend.
 */
final class CheckChart {
    static final Color YES = new Color(0x1f, 0x5a, 0x86);
    static final Color PARTLY = new Color(0x9e, 0xc5, 0xe0);
    static final Color NO = new Color(0xd9, 0x9a, 0x8a);
    static final Color[] COLOURS = {YES, PARTLY, NO};

    private CheckChart() {
    }

    static Image legend(PdfContentByte cb, float width, FontRuns.Missing missing) throws BadElementException {
        PdfCanvas c = new PdfCanvas(cb, width, 15, missing);
        float x = 0;
        for (int i = 0; i < 3; i++) {
            String label = Item.CHECK_ANSWERS.get(i).label();
            c.rect(x, 2, 11, 11, COLOURS[i]);
            c.text(label, x + 15, 11, RatingChart.SIZE, PdfContentByte.ALIGN_LEFT, false, PdfCanvas.TEXT);
            x += 20 + PdfCanvas.width(label, RatingChart.SIZE, false) + 12;
        }
        c.text("Each bar is one item's answers as shares of 100%; the numbers are counts.", x + 6, 11, RatingChart.SIZE,
                PdfContentByte.ALIGN_LEFT, false, PdfCanvas.MUTED);
        return c.image();
    }

    /** The bars of these check items. */
    static Image of(PdfContentByte cb, Instrument instrument, Summary.Numbers numbers, List<String> ids, float width,
                    FontRuns.Missing missing) throws BadElementException {
        List<List<String>> labels = new ArrayList<>();
        float h = 0;
        for (String id : ids) {
            List<String> lines = PdfCanvas.wrap(Labels.of(instrument, id), RatingChart.SIZE, RatingChart.LABEL_W - 8, 3);
            labels.add(lines);
            h += rowHeight(lines);
        }
        PdfCanvas c = new PdfCanvas(cb, width, h, missing);
        float barLeft = RatingChart.LABEL_W;
        float barW = width - RatingChart.LABEL_W - RatingChart.VALUE_W;
        float y = 0;
        for (int r = 0; r < ids.size(); r++) {
            Summary.ItemStats s = numbers.items().get(ids.get(r));
            List<String> lines = labels.get(r);
            float rh = rowHeight(lines);
            float barY = y + (rh - 13) / 2;
            c.wrapped(lines, 0, y + (rh - lines.size() * RatingChart.LEADING) / 2 + 7, RatingChart.SIZE, RatingChart.LEADING,
                    PdfCanvas.TEXT);
            c.rect(barLeft, barY, barW, 13, PdfCanvas.TRACK);
            long total = s.n();
            float x = barLeft;
            for (int i = 0; i < 3 && total > 0; i++) {
                long n = s.counts().getOrDefault(Item.CHECK_ANSWERS.get(i).value(), 0L);
                float w = (float) (barW * n / (double) total);
                c.rect(x, barY, w, 13, COLOURS[i]);
                String count = Figures.count(n);
                if (n > 0 && w >= PdfCanvas.width(count, 7, false) + 3) {
                    c.text(count, x + w / 2, barY + 9.5f, 7, PdfContentByte.ALIGN_CENTER, false,
                            PdfCanvas.dark(COLOURS[i]) ? PdfCanvas.WHITE : PdfCanvas.TEXT);
                }
                x += w;
            }
            long yes = s.counts().getOrDefault("yes", 0L);
            String text = total == 0 ? "no answers" : Figures.percent(100.0 * yes / total) + " yes · n " + Figures.count(total);
            c.text(text, width - RatingChart.VALUE_W + 6, barY + 9.5f, RatingChart.SIZE, PdfContentByte.ALIGN_LEFT, false,
                    total < Summarize.SMALL_N ? PdfCanvas.SMALL : PdfCanvas.TEXT);
            y += rh;
        }
        return c.image();
    }

    private static float rowHeight(List<String> lines) {
        return Math.max(18, lines.size() * RatingChart.LEADING + 5);
    }
}
