package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Scale;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.report.Labels;
import org.scorecardkit.tally.stats.Summary;

/**
 * Rating items on one scale as diverging stacked bars of their answer counts: the points below the
 * scale's middle to the left of a centre line, those above to the right, the middle point split
 * across it, each segment labelled with its count, under a legend of the scale's labelled points.
 * Long lists come in pieces of at most {@link #ROWS} items, so each piece fits a page.
 */
final class RatingChart {
    static final int ROWS = 20;
    static final float LABEL_W = 200;
    static final float VALUE_W = 82;
    static final float SIZE = 8;
    static final float LEADING = 9.5f;
    static final Color LOW = new Color(0xb3, 0x3a, 0x3a);
    static final Color LOW_LIGHT = new Color(0xf2, 0xc4, 0xb8);
    static final Color MIDDLE = new Color(0xd0, 0xd4, 0xd9);
    static final Color HIGH_LIGHT = new Color(0xbd, 0xd7, 0xe7);
    static final Color HIGH = new Color(0x1f, 0x5a, 0x86);

    private RatingChart() {
    }

    /** The colour of each point of a scale of k points, from the lowest. */
    static Color[] colours(int k) {
        Color[] c = new Color[k];
        int half = k / 2;
        for (int i = 0; i < k; i++) {
            if (k % 2 == 1 && i == half) {
                c[i] = MIDDLE;
            } else if (i < half) {
                c[i] = PdfCanvas.mix(LOW, LOW_LIGHT, half == 1 ? 0 : (double) i / (half - 1));
            } else {
                int j = k - 1 - i;
                c[i] = PdfCanvas.mix(HIGH, HIGH_LIGHT, half == 1 ? 0 : (double) j / (half - 1));
            }
        }
        return c;
    }

    /** The legend: a swatch per point with its number, and the points' labels in words. */
    static Image legend(PdfContentByte cb, Scale scale, float width, FontRuns.Missing missing) throws BadElementException {
        int k = scale.max() - scale.min() + 1;
        Color[] colours = colours(k);
        List<String> words = new ArrayList<>();
        scale.labels().forEach((point, label) -> words.add(point + " = " + label));
        List<String> lines = PdfCanvas.wrap(String.join(" · ", words), SIZE, width, 4);
        float h = 16 + lines.size() * LEADING + 2;
        PdfCanvas c = new PdfCanvas(cb, width, h, missing);
        float x = 0;
        c.text("Scale points:", x, 10, SIZE, PdfContentByte.ALIGN_LEFT, true, PdfCanvas.TEXT);
        x += PdfCanvas.width("Scale points:", SIZE, true) + 6;
        for (int i = 0; i < k && x < width - 30; i++) {
            c.rect(x, 2, 22, 11, colours[i]);
            c.text(Integer.toString(scale.min() + i), x + 11, 10.5f, SIZE, PdfContentByte.ALIGN_CENTER, false,
                    PdfCanvas.dark(colours[i]) ? PdfCanvas.WHITE : PdfCanvas.TEXT);
            x += 25;
        }
        c.wrapped(lines, 0, 16 + LEADING - 2, SIZE, LEADING, PdfCanvas.MUTED);
        return c.image();
    }

    /** The chart of these items (all on {@code scale}) in pieces of at most {@link #ROWS} rows. */
    static List<Image> of(PdfContentByte cb, Instrument instrument, Summary.Numbers numbers, List<String> ids, Scale scale,
                          float width, FontRuns.Missing missing) throws BadElementException {
        double most = 0;
        for (String id : ids) {
            long[] side = sides(numbers.items().get(id), scale);
            most = Math.max(most, Math.max(side[0], side[1]) / 2.0);
        }
        List<Image> pieces = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += ROWS) {
            pieces.add(piece(cb, instrument, numbers, ids.subList(from, Math.min(ids.size(), from + ROWS)), scale, most,
                    width, missing));
        }
        return pieces;
    }

    /** Twice the count left and right of the centre: the middle point's count goes half to each side. */
    private static long[] sides(Summary.ItemStats s, Scale scale) {
        int k = scale.max() - scale.min() + 1;
        long left = 0;
        long right = 0;
        for (int i = 0; i < k; i++) {
            long n = s.counts().getOrDefault(Integer.toString(scale.min() + i), 0L);
            if (k % 2 == 1 && i == k / 2) {
                left += n;
                right += n;
            } else if (i < k / 2) {
                left += 2 * n;
            } else {
                right += 2 * n;
            }
        }
        return new long[] {left, right};
    }

    private static Image piece(PdfContentByte cb, Instrument instrument, Summary.Numbers numbers, List<String> ids,
                               Scale scale, double most, float width, FontRuns.Missing missing) throws BadElementException {
        List<List<String>> labels = new ArrayList<>();
        float h = 0;
        for (String id : ids) {
            List<String> lines = PdfCanvas.wrap(Labels.of(instrument, id), SIZE, LABEL_W - 8, 3);
            labels.add(lines);
            h += rowHeight(lines);
        }
        PdfCanvas c = new PdfCanvas(cb, width, h + 4, missing);
        float barLeft = LABEL_W;
        float barW = width - LABEL_W - VALUE_W;
        float centre = barLeft + barW / 2;
        double unit = most <= 0 ? 0 : (barW / 2 - 2) / most;
        int k = scale.max() - scale.min() + 1;
        Color[] colours = colours(k);
        float y = 0;
        for (int r = 0; r < ids.size(); r++) {
            Summary.ItemStats s = numbers.items().get(ids.get(r));
            float rh = rowHeight(labels.get(r));
            float barY = y + (rh - 13) / 2;
            c.wrapped(labels.get(r), 0, y + (rh - labels.get(r).size() * LEADING) / 2 + 7, SIZE, LEADING, PdfCanvas.TEXT);
            long[] n = new long[k];
            for (int i = 0; i < k; i++) {
                n[i] = s.counts().getOrDefault(Integer.toString(scale.min() + i), 0L);
            }
            // Leftwards from the centre: half the middle point, then the points below it, lowest last.
            float x = centre;
            int half = k / 2;
            if (k % 2 == 1) {
                x -= (float) (n[half] / 2.0 * unit);
            }
            for (int i = half - 1; i >= 0; i--) {
                x -= (float) (n[i] * unit);
            }
            for (int i = 0; i < k; i++) {
                float w = (float) (n[i] * unit);
                c.rect(x, barY, w, 13, colours[i]);
                String count = Figures.count(n[i]);
                if (n[i] > 0 && w >= PdfCanvas.width(count, 7, false) + 3) {
                    c.text(count, x + w / 2, barY + 9.5f, 7, PdfContentByte.ALIGN_CENTER, false,
                            PdfCanvas.dark(colours[i]) ? PdfCanvas.WHITE : PdfCanvas.TEXT);
                }
                x += w;
            }
            c.text("mean " + Figures.mean(s.mean()) + " · n " + Figures.count(s.n()), width - VALUE_W + 6, barY + 9.5f,
                    SIZE, PdfContentByte.ALIGN_LEFT, false, s.n() < org.scorecardkit.tally.stats.Summarize.SMALL_N
                            ? PdfCanvas.SMALL : PdfCanvas.TEXT);
            y += rh;
        }
        c.line(centre, 0, centre, h + 4, 0.8f, PdfCanvas.TEXT);
        return c.image();
    }

    private static float rowHeight(List<String> lines) {
        return Math.max(19, lines.size() * LEADING + 5);
    }
}
