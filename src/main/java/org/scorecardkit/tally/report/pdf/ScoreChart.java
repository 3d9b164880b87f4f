package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.List;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.stats.Summary;

/**
 * The distribution of total scores over the score range with the bands shaded behind it: each band a
 * tinted region of the axis, named, holding a column as tall as its share of respondents, and the
 * mean marked as a line.
 */
final class ScoreChart {
    static final Color[] TINTS = {new Color(0xf6, 0xe3, 0xdc), new Color(0xef, 0xf0, 0xf2), new Color(0xdc, 0xea, 0xf3),
        new Color(0xe6, 0xf0, 0xdc)};
    static final float PLOT = 90;

    private ScoreChart() {
    }

    /** The chart, its columns in {@code fill} (the organisation's colour), or null when the instrument has no score range or no bands. */
    static Image of(PdfContentByte cb, Instrument instrument, Summary.ScoreStats score, float width, FontRuns.Missing missing,
                    java.awt.Color fill) throws BadElementException {
        ScoreRange range = instrument.scoreRange();
        List<Band> bands = instrument.scoring().bands();
        if (range == null || bands.isEmpty() || score == null || range.max() <= range.min()) {
            return null;
        }
        float top = 16;
        float h = top + PLOT + 30;
        PdfCanvas c = new PdfCanvas(cb, width, h, missing);
        double lo = range.min();
        double hi = range.max();
        // Whole-number scores: each band reaches half a point beyond its ends, so bands meet without gaps.
        double pad = range.integer() ? 0.5 : 0;
        double span = hi - lo + 2 * pad;
        java.util.function.DoubleUnaryOperator at = v -> (v - lo + pad) / span * width;
        long most = score.bands().values().stream().mapToLong(Long::longValue).max().orElse(0);
        long total = score.bands().values().stream().mapToLong(Long::longValue).sum();
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            float x1 = (float) at.applyAsDouble(band.min() - pad);
            float x2 = (float) at.applyAsDouble(band.max() + pad);
            c.rect(x1, top, x2 - x1, PLOT, TINTS[b % TINTS.length]);
            c.text(band.label(), (x1 + x2) / 2, 11, RatingChart.SIZE, PdfContentByte.ALIGN_CENTER, true, PdfCanvas.TEXT);
            long n = score.bands().getOrDefault(band.label(), 0L);
            float colH = most == 0 ? 0 : (float) (PLOT - 14) * n / most;
            float inset = Math.min(12, (x2 - x1) / 6);
            c.rect(x1 + inset, top + PLOT - colH, x2 - x1 - 2 * inset, colH, fill);
            String text = Figures.count(n) + (total == 0 ? "" : " (" + Figures.percent(100.0 * n / total) + ")");
            c.text(text, (x1 + x2) / 2, top + PLOT - colH - 3, RatingChart.SIZE, PdfContentByte.ALIGN_CENTER, false, PdfCanvas.TEXT);
            c.text(ScoreRange.format(band.min()) + "–" + ScoreRange.format(band.max()), (x1 + x2) / 2, top + PLOT + 11,
                    RatingChart.SIZE, PdfContentByte.ALIGN_CENTER, false, PdfCanvas.MUTED);
        }
        c.line(0, top + PLOT, width, top + PLOT, 0.8f, PdfCanvas.TEXT);
        if (score.mean() != null) {
            float x = (float) at.applyAsDouble(score.mean());
            c.line(x, top, x, top + PLOT + 2, 1.5f, PdfCanvas.TEXT);
            c.text("mean " + Figures.mean(score.mean()), x, top + PLOT + 24, RatingChart.SIZE, PdfContentByte.ALIGN_CENTER, true,
                    PdfCanvas.TEXT);
        }
        return c.image();
    }
}
