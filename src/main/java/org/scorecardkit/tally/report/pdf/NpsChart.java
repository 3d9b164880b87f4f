package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/**
 * The NPS charts: the promoter, passive and detractor shares as one stacked bar; and the groups'
 * scores as bars from a visible zero line on a −100…100 axis (negative to the left), each with its
 * 95% interval drawn as a whisker when it has one, small groups marked.
 */
final class NpsChart {
    static final Color DETRACTORS = new Color(0xcf, 0x22, 0x2e);
    static final Color PASSIVES = new Color(0xaf, 0xb8, 0xc1);
    static final Color PROMOTERS = new Color(0x1a, 0x7f, 0x37);
    static final float ROW = 20;

    private NpsChart() {
    }

    /** The stacked bar, detractors on the left, with each share named and counted underneath. */
    static Image stack(PdfContentByte cb, Nps nps, float width, FontRuns.Missing missing) throws BadElementException {
        PdfCanvas c = new PdfCanvas(cb, width, 50, missing);
        long[] n = {nps.detractors(), nps.passives(), nps.promoters()};
        Double[] pct = {nps.detractorsPct(), nps.passivesPct(), nps.promotersPct()};
        String[] names = {"Detractors (0–6)", "Passives (7–8)", "Promoters (9–10)"};
        Color[] colours = {DETRACTORS, PASSIVES, PROMOTERS};
        c.rect(0, 0, width, 26, PdfCanvas.TRACK);
        float x = 0;
        for (int i = 0; i < 3 && nps.n() > 0; i++) {
            float w = (float) (width * n[i] / (double) nps.n());
            c.rect(x, 0, w, 26, colours[i]);
            String share = Figures.percent(pct[i]);
            if (w >= PdfCanvas.width(share, 9, true) + 4) {
                c.text(share, x + w / 2, 17, 9, PdfContentByte.ALIGN_CENTER, true,
                        PdfCanvas.dark(colours[i]) ? PdfCanvas.WHITE : PdfCanvas.TEXT);
            }
            x += w;
        }
        float lx = 0;
        for (int i = 0; i < 3; i++) {
            String text = names[i] + ": " + Figures.count(n[i]) + " (" + Figures.percent(pct[i]) + ")";
            c.rect(lx, 35, 9, 9, colours[i]);
            c.text(text, lx + 13, 43, 8, PdfContentByte.ALIGN_LEFT, false, PdfCanvas.TEXT);
            lx += 13 + PdfCanvas.width(text, 8, false) + 18;
        }
        return c.image();
    }

    /** One group's bar: its key, score and interval (either end may be null), n and whether it is small. */
    record Row(String label, Double score, Double low, Double high, long n) {
    }

    /** The rows of a breakdown, in key order, with each group's own interval where the summary has one. */
    static List<Row> rows(Map<String, Summary.Numbers> groups) {
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, g) -> {
            Nps p = g.nps();
            rows.add(new Row(key, p == null ? null : p.score(), p == null ? null : p.low(), p == null ? null : p.high(), g.n()));
        });
        return rows;
    }

    /** Bars around zero on −100…100 in pieces of at most {@link RatingChart#ROWS} rows, each with its own axis. */
    static List<Image> groups(PdfContentByte cb, List<Row> rows, float width, FontRuns.Missing missing, Color fill)
            throws BadElementException {
        List<Image> pieces = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += RatingChart.ROWS) {
            pieces.add(groupPiece(cb, rows.subList(from, Math.min(rows.size(), from + RatingChart.ROWS)), width, missing, fill));
        }
        return pieces;
    }

    private static Image groupPiece(PdfContentByte cb, List<Row> rows, float width, FontRuns.Missing missing, Color fill)
            throws BadElementException {
        float labelW = 130;
        float valueW = 96;
        float plotW = width - labelW - valueW;
        float h = rows.size() * ROW + 22;
        PdfCanvas c = new PdfCanvas(cb, width, h, missing);
        java.util.function.DoubleUnaryOperator at = v -> labelW + (v + 100) / 200 * plotW;
        for (int t = -100; t <= 100; t += 50) {
            float x = (float) at.applyAsDouble(t);
            c.line(x, 0, x, rows.size() * ROW, 0.4f, PdfCanvas.TRACK);
            c.text(t < 0 ? "−" + -t : Integer.toString(t), x, rows.size() * ROW + 11, 7.5f, PdfContentByte.ALIGN_CENTER, false,
                    PdfCanvas.MUTED);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean small = row.n() < Summarize.SMALL_N;
            float y = r * ROW;
            String label = PdfCanvas.wrap(row.label() + (small ? " (small n)" : ""), RatingChart.SIZE, labelW - 8, 1).get(0);
            c.text(label, 0, y + 13, RatingChart.SIZE, PdfContentByte.ALIGN_LEFT, false, PdfCanvas.TEXT);
            if (row.score() != null) {
                float zero = (float) at.applyAsDouble(0);
                float x = (float) at.applyAsDouble(row.score());
                c.rect(Math.min(zero, x), y + 4, Math.abs(x - zero), 12, small ? PdfCanvas.SMALL : row.score() < 0 ? DETRACTORS : fill);
                if (row.low() != null && row.high() != null) {
                    float x1 = (float) at.applyAsDouble(row.low());
                    float x2 = (float) at.applyAsDouble(row.high());
                    c.line(x1, y + 10, x2, y + 10, 1, PdfCanvas.TEXT);
                    c.line(x1, y + 6, x1, y + 14, 1, PdfCanvas.TEXT);
                    c.line(x2, y + 6, x2, y + 14, 1, PdfCanvas.TEXT);
                }
            }
            String value = row.score() == null ? "no answers" : "NPS " + Figures.nps(row.score()) + " · n " + Figures.count(row.n());
            c.text(value, width - valueW + 6, y + 13, RatingChart.SIZE, PdfContentByte.ALIGN_LEFT, false,
                    small ? PdfCanvas.SMALL : PdfCanvas.TEXT);
        }
        float zero = (float) at.applyAsDouble(0);
        c.line(zero, 0, zero, rows.size() * ROW + 2, 1.4f, PdfCanvas.TEXT);
        return c.image();
    }
}
