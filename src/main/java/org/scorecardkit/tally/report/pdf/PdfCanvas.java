package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.render.pdf.PdfFonts;
import org.scorecardkit.render.pdf.PdfText;

/**
 * A chart's drawing surface: a form XObject of a known size with y measured downwards from its top,
 * as the charts are laid out, and text drawn by the fonts that have its characters; it becomes an
 * image that flows with the report's text and stays sharp when printed.
 */
final class PdfCanvas {
    static final Color TEXT = new Color(0x1b, 0x1f, 0x24);
    static final Color MUTED = new Color(0x57, 0x60, 0x6a);
    static final Color TRACK = new Color(0xea, 0xee, 0xf2);
    static final Color RULE = new Color(0x8c, 0x95, 0x9f);
    static final Color FILL = new Color(0x2f, 0x6f, 0x9f);
    static final Color SMALL = new Color(0xbf, 0x87, 0x00);
    static final Color WHITE = Color.WHITE;

    private final PdfTemplate t;
    private final float height;
    private final FontRuns.Missing missing;

    PdfCanvas(PdfContentByte cb, float width, float height, FontRuns.Missing missing) {
        this.t = cb.createTemplate(width, Math.max(1, height));
        this.height = Math.max(1, height);
        this.missing = missing;
    }

    /** A filled rectangle whose top-left corner is (x, y); nothing when it has no width. */
    void rect(float x, float y, float w, float h, Color c) {
        if (w <= 0 || h <= 0) {
            return;
        }
        t.setColorFill(c);
        t.rectangle(x, height - y - h, w, h);
        t.fill();
    }

    void line(float x1, float y1, float x2, float y2, float width, Color c) {
        t.setColorStroke(c);
        t.setLineWidth(width);
        t.moveTo(x1, height - y1);
        t.lineTo(x2, height - y2);
        t.stroke();
    }

    /** A dot centred on (x, y); hollow ones are outlined. */
    void dot(float x, float y, float r, Color c, boolean hollow) {
        t.setLineWidth(1.2f);
        t.circle(x, height - y, r);
        if (hollow) {
            t.setColorStroke(c);
            t.setColorFill(WHITE);
            t.fillStroke();
        } else {
            t.setColorFill(c);
            t.fill();
        }
    }

    /** Text on a baseline {@code y} from the top, aligned left, centre or right of x. */
    void text(String s, float x, float y, float size, int align, boolean bold, Color c) {
        if (s == null || s.isEmpty()) {
            return;
        }
        t.beginText();
        t.setColorFill(c);
        BaseFont font = bold ? PdfFonts.get().bold() : PdfFonts.get().regular();
        FontRuns.showAligned(t, align, s, font, size, x, height - y, missing);
        t.endText();
    }

    /** Text wrapped to a width, at most {@code maxLines} lines (the last ending in "…" when cut), from baseline y. */
    void wrapped(List<String> lines, float x, float y, float size, float leading, Color c) {
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), x, y + i * leading, size, PdfContentByte.ALIGN_LEFT, false, c);
        }
    }

    static List<String> wrap(String s, float size, float width, int maxLines) {
        List<String> lines = PdfText.wrap(s, false, size, width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (last.length() > 1 && PdfText.width(last + "…", false, size) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(maxLines - 1, last.strip() + "…");
        return kept;
    }

    static float width(String s, float size, boolean bold) {
        return PdfText.width(s, bold, size);
    }

    /** The picture as an image at its own size (1 unit = 1 point). */
    Image image() throws BadElementException {
        Image image = Image.getInstance(t);
        image.setAlignment(Image.LEFT);
        return image;
    }

    /** A colour between two, {@code f} from 0 (a) to 1 (b). */
    static Color mix(Color a, Color b, double f) {
        double g = Math.max(0, Math.min(1, f));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * g),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * g),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * g));
    }

    /** Whether white text reads better than dark text on this colour. */
    static boolean dark(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 140;
    }
}
