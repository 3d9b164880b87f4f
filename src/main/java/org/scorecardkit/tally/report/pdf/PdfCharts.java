package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.render.pdf.PdfFonts;
import org.scorecardkit.tally.report.Charts;

/**
 * Draws the report's {@link Charts} as PDF vectors, the same geometry the HTML report draws as SVG:
 * each chart becomes a form XObject placed as an image, so it flows with the text and stays sharp.
 */
final class PdfCharts {
    static final Color TRACK = new Color(0xea, 0xee, 0xf2);
    static final Color FILL = new Color(0x2f, 0x6f, 0x9f);
    static final Color SMALL = new Color(0xbf, 0x87, 0x00);
    static final Color TEXT = new Color(0x1b, 0x1f, 0x24);
    static final Color DETRACTORS = new Color(0xcf, 0x22, 0x2e);
    static final Color PASSIVES = new Color(0xaf, 0xb8, 0xc1);
    static final Color PROMOTERS = new Color(0x1a, 0x7f, 0x37);

    private PdfCharts() {
    }

    /**
     * A bar chart as an image {@code width} points wide (the geometry is scaled to fit); characters of
     * the labels that no font draws are reported to {@code missing}.
     */
    static Image bars(PdfContentByte cb, Charts.Bars chart, float width, FontRuns.Missing missing) throws BadElementException {
        return bars(cb, chart, width, missing, FILL);
    }

    /** The same with the bars in {@code fill}, the organisation's colour. */
    static Image bars(PdfContentByte cb, Charts.Bars chart, float width, FontRuns.Missing missing, Color fill)
            throws BadElementException {
        PdfTemplate t = cb.createTemplate(Charts.WIDTH, chart.height());
        BaseFont font = PdfFonts.get().regular();
        float h = chart.height();
        for (Charts.Bar bar : chart.bars()) {
            // PDF y runs upwards: a row's top in chart geometry is h - y.
            float top = h - bar.y();
            rect(t, Charts.LABEL, top - 19, Charts.BAR, 16, TRACK);
            rect(t, Charts.LABEL, top - 19, bar.width(), 16, bar.small() ? SMALL : fill);
            if (bar.marker() >= 0) {
                rect(t, Charts.LABEL + bar.marker() - 1.5f, top - 21, 3, 20, TEXT);
            }
            text(t, font, bar.label(), Charts.LABEL - 8, top - 15, PdfContentByte.ALIGN_RIGHT, missing);
            text(t, font, bar.text(), Charts.LABEL + Charts.BAR + 6, top - 15, PdfContentByte.ALIGN_LEFT, missing);
        }
        return scaled(t, width);
    }

    /** The NPS stacked bar with its labels underneath. */
    static Image stack(PdfContentByte cb, Charts.Stack stack, float width, FontRuns.Missing missing) throws BadElementException {
        float h = Charts.STACK_HEIGHT + 22;
        PdfTemplate t = cb.createTemplate(Charts.WIDTH, h);
        BaseFont font = PdfFonts.get().regular();
        for (Charts.Segment s : stack.segments()) {
            if (s.width() > 0) {
                Color c = switch (s.css()) {
                    case "detractors" -> DETRACTORS;
                    case "passives" -> PASSIVES;
                    default -> PROMOTERS;
                };
                rect(t, s.x(), h - Charts.STACK_HEIGHT, s.width(), Charts.STACK_HEIGHT, c);
                text(t, font, s.label() + " " + s.text(), s.x() + s.width() / 2f, 4, PdfContentByte.ALIGN_CENTER, missing);
            }
        }
        return scaled(t, width);
    }

    private static Image scaled(PdfTemplate t, float width) throws BadElementException {
        Image image = Image.getInstance(t);
        image.scaleToFit(width, t.getHeight() * width / t.getWidth());
        return image;
    }

    private static void rect(PdfTemplate t, float x, float y, float w, float h, Color c) {
        if (w <= 0) {
            return;
        }
        t.setColorFill(c);
        t.rectangle(x, y, w, h);
        t.fill();
    }

    private static void text(PdfTemplate t, BaseFont font, String s, float x, float y, int align, FontRuns.Missing missing) {
        t.beginText();
        t.setColorFill(TEXT);
        FontRuns.showAligned(t, align, s, font, Charts.LABEL_SIZE, x, y, missing);
        t.endText();
    }
}
