package org.scorecardkit.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;

/**
 * Draws a poster instrument (the Customer Service Creed) as a one-page, print-shop-ready PDF: the
 * organisation's logo and name, title, subtitle, numbered statements, the emphasised closing line and
 * the small credit. Each paper has its own designed type range (A4 and Letter a reading size of at
 * least 14 pt, A3 larger for reading across a room) rather than one layout zoomed.
 */
public final class PosterRenderer {
    static final Color BLUE = new Color(0x0b5cad);
    static final Color WARM = new Color(0xb44d12);
    static final Color INK = new Color(0x1d2733);
    static final Color MUTE = new Color(0x52606d);
    private static final Color WHITE = Color.WHITE;
    private static final Color TINT = new Color(0xe6eef8);
    /** The statements' line spacing, in ems: open enough to read, tight enough for ten at 14 pt on A4. */
    private static final float LEADING = 1.25f;
    /** Frame and margins follow the paper's smaller ratio to A4; the type follows {@link #bodyRange}. */
    private static final float A4_WIDTH = 595.28f;
    private static final float A4_HEIGHT = 841.89f;

    private final Instrument poster;
    private final Site site;
    private final float width;
    private final float height;
    /** Scale of this paper against A4, so A3 gets proportionally larger type, frame and margins. */
    private final float k;
    private final float left;
    private final float right;
    private final float top;
    private final float creditSize;
    private final List<String> statements;
    private final float[] range;

    private PosterRenderer(Instrument poster, Site site, Paper paper) {
        this.poster = poster;
        this.site = site;
        this.width = paper.widthPt();
        this.height = paper.heightPt();
        this.k = Math.min(width / A4_WIDTH, height / A4_HEIGHT);
        this.range = bodyRange(paper);
        float inset = 44 * k;
        this.left = inset;
        this.right = width - inset;
        this.top = height - inset + 4 * k;
        this.creditSize = paper == Paper.A3 ? 9 : 7.5f;
        this.statements = poster.items().stream().map(Item::text).toList();
    }

    /** The finished poster PDF on this paper, portrait. */
    public static byte[] render(Instrument poster, Site site, Paper paper) {
        Document document = new Document(new Rectangle(paper.widthPt(), paper.heightPt()), 0, 0, 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(poster.title());
        document.open();
        StablePdf.dates(writer);
        new PosterRenderer(poster, site, paper).draw(writer.getDirectContent());
        document.close();
        return StablePdf.finish(out.toByteArray());
    }

    private void draw(PdfContentByte cb) {
        frame(cb);
        float available = top - credit(null);
        float body = fit(available);
        // Spread what is left over the gaps, but not so far that the statements drift apart;
        // whatever still remains centres the whole block between the frame's top and the credit.
        float slack = available - compose(null, body, 0, 0);
        // Never negative: a poster that needs more room than the page keeps its gaps rather than overprint.
        float extra = Math.max(0, Math.min(slack / gaps(), 1.1f * body));
        float shift = Math.max(0, (slack - extra * gaps()) / 2);
        compose(cb, body, extra, shift);
        // Drawn last so the text reads in order: a reader or screen reader meets the credit at the end.
        credit(cb);
    }

    /**
     * The body type a paper is designed for, smallest and largest: A4 and Letter are read at arm's
     * length (14 pt at the least), A3 from a step or two away, so it gets a size of its own.
     */
    static float[] bodyRange(Paper paper) {
        // Letter is shorter than A4: the same reading size, allowed a point less when a long poster needs it.
        return paper == Paper.A3 ? new float[] {18.5f, 26} : paper == Paper.LETTER ? new float[] {13, 18} : new float[] {14, 18};
    }

    /**
     * The largest body size in the paper's range at which everything fits (below the range only for
     * a poster far longer than the creed).
     */
    private float fit(float available) {
        java.util.function.DoublePredicate fits = b -> compose(null, (float) b, 0, 0) <= available;
        // A poster longer than its paper's design allows shrinks to fit one page rather than run off it.
        return fits.test(range[0]) ? Pen.largest(range[0], range[1], fits) : Pen.largest(3, range[0], fits);
    }

    private int gaps() {
        return statements.size() + 3;
    }

    /** Lays out (and, when cb is not null, draws) everything above the credit; returns its height. */
    private float compose(PdfContentByte cb, float b, float extra, float shift) {
        Pen pen = new Pen(cb, top - shift);
        float wide = right - left;
        logo(pen, b);
        pen.spaced(site.organisation(), PdfFonts.get().bold(), 1.1f * b, WARM, left, right);
        pen.skip(0.35f * b);
        pen.text(poster.title(), true, 1.9f * b, BLUE, left, right, 1.12f, true);
        // The subtitle is the organisation's own line; the book's intro addresses the manager, not the wall.
        String subtitle = poster.subtitle();
        if (subtitle != null && !subtitle.isBlank()) {
            pen.skip(0.5f * b);
            pen.text(subtitle, false, 1.08f * b, MUTE, left + wide * 0.07f, right - wide * 0.07f, 1.3f, true);
        }
        pen.skip(0.8f * b + extra);
        pen.rule(width / 2 - 28 * k, width / 2 + 28 * k, 2.2f * k, WARM);
        pen.skip(1.0f * b + extra);
        for (int i = 0; i < statements.size(); i++) {
            if (i > 0) {
                pen.skip(0.3f * b + extra);
            }
            statement(pen, i + 1, statements.get(i), b);
        }
        closing(pen, b, extra);
        return top - shift - pen.y();
    }

    /** The organisation's logo, centred above its name, when the site has one. */
    private void logo(Pen pen, float b) {
        Logo logo = site.brand() == null ? null : site.brand().logo();
        if (logo == null) {
            return;
        }
        float h = 1.8f * b;
        PdfContentByte cb = pen.cb();
        if (cb != null) {
            // Drawn into a template first: only then is its width known, and so where to centre it.
            PdfTemplate box = cb.createTemplate(right - left, h);
            float w = PdfLogo.draw(box, logo, 0, 0, (right - left) / 2, h);
            cb.addTemplate(box, width / 2 - w / 2, pen.y() - h);
        }
        pen.skip(h + 0.5f * b);
    }

    /** One numbered statement: the number in a blue disc, the text wrapped beside it. */
    private void statement(Pen pen, int number, String text, float b) {
        float r = 0.8f * b;
        float textLeft = left + 2 * r + 0.8f * b;
        List<PdfText.Line> lines = Pen.lines(text, false, b, right - textLeft);
        // The first baseline sits low enough that the disc, centred on the capitals, stays clear of the line above.
        float baseline = pen.y() - 1.05f * b;
        PdfContentByte cb = pen.cb();
        if (cb != null) {
            float cy = baseline + 0.36f * b;
            cb.setColorFill(BLUE);
            cb.circle(left + r, cy, r);
            cb.fill();
            String digits = String.valueOf(number);
            // Two or three digits shrink to keep clear of the disc's edge.
            float size = Math.min(0.95f * b, 1.5f * r / PdfText.width(digits, true, 1));
            Pen.show(cb, digits, PdfFonts.get().bold(), size, WHITE, Element.ALIGN_CENTER, left + r, baseline);
            for (int i = 0; i < lines.size(); i++) {
                Pen.line(cb, lines.get(i), b, INK, textLeft, baseline - i * LEADING * b);
            }
        }
        pen.skip(1.05f * b + (lines.size() - 1) * LEADING * b + 0.4f * b);
    }

    /** The closing line, large and bold on a pale band: the poster's punchline. */
    private void closing(Pen pen, float b, float extra) {
        String closing = poster.closing();
        if (closing == null || closing.isBlank()) {
            return;
        }
        pen.skip(0.7f * b + extra);
        // A pale band behind the closing line sets it apart as the poster's message, as a sign would.
        float pad = 0.5f * b;
        // A short closing that would break before its last word is set a little smaller, on one line.
        List<PdfText.Line> unwrapped = Pen.lines(closing, true, 1, Float.MAX_VALUE);
        float oneLine = unwrapped.size() == 1 ? (right - left - 2 * pad) / unwrapped.get(0).width() : 0;
        float size = oneLine >= 1.3f * b ? Math.min(1.6f * b, oneLine) : 1.6f * b;
        float textHeight = Pen.measure(closing, true, size, right - left - 2 * pad, 1.2f);
        pen.band(left, right, textHeight + 2 * pad, TINT);
        pen.skip(pad);
        pen.text(closing, true, size, BLUE, left + pad, right - pad, 1.2f, true);
        pen.skip(pad);
    }

    /** Draws (with a canvas) the credit at the foot of the frame; returns the height the rest must stay above. */
    private float credit(PdfContentByte cb) {
        String line = poster.credit() == null ? null : poster.credit().line();
        float baseline = height - top + 6 * k;
        if (line == null) {
            return baseline;
        }
        List<String> lines = PdfText.wrap(line, false, creditSize, right - left);
        for (int i = 0; cb != null && i < lines.size(); i++) {
            Pen.show(cb, lines.get(i), PdfFonts.get().regular(), creditSize, MUTE,
                    Element.ALIGN_CENTER, width / 2, baseline + (lines.size() - 1 - i) * 1.35f * creditSize);
        }
        return baseline + lines.size() * 1.35f * creditSize + 10 * k;
    }

    /** A double rule in the accent colour, like the web poster's double border, inside the trim. */
    private void frame(PdfContentByte cb) {
        float m = 24 * k;
        cb.setColorStroke(BLUE);
        cb.setLineWidth(2.6f * k);
        cb.rectangle(m, m, width - 2 * m, height - 2 * m);
        cb.stroke();
        float inner = m + 5.5f * k;
        cb.setLineWidth(0.9f * k);
        cb.rectangle(inner, inner, width - 2 * inner, height - 2 * inner);
        cb.stroke();
    }

    /**
     * Lays text out downwards from a starting height, wrapping with {@link PdfText}; it draws only
     * when it has a canvas, so the same code measures a layout (to fit it) and then draws it.
     * {@link CardRenderer} uses it too.
     */
    static final class Pen {
        /** Where the first baseline sits below the top of a line, and the descent below the last, in ems. */
        private static final float ASCENT = 0.93f;
        private static final float DESCENT = 0.24f;

        private final PdfContentByte cb;
        private float y;

        Pen(PdfContentByte cb, float y) {
            this.cb = cb;
            this.y = y;
        }

        PdfContentByte cb() {
            return cb;
        }

        float y() {
            return y;
        }

        void skip(float dy) {
            y -= dy;
        }

        /** Markdown (or plain) text wrapped between two x positions, centred or flush left; the pen ends below it. */
        void text(String markdown, boolean bold, float size, Color color, float from, float to, float leading,
                  boolean centred) {
            List<PdfText.Line> lines = lines(markdown, bold, size, to - from);
            float baseline = y - ASCENT * size;
            for (int i = 0; cb != null && i < lines.size(); i++) {
                float x = centred ? (from + to - lines.get(i).width()) / 2 : from;
                line(cb, lines.get(i), size, color, x, baseline - i * leading * size);
            }
            y -= measure(lines.size(), size, leading);
        }

        /**
         * The largest size in [lo, hi] at which a layout fits, by bisection: a layout only grows with
         * its type size, and a tenth of a point is closer than anyone can see.
         */
        static float largest(float lo, float hi, java.util.function.DoublePredicate fits) {
            if (fits.test(hi)) {
                return hi;
            }
            while (hi - lo > 0.05f) {
                float mid = (lo + hi) / 2;
                if (fits.test(mid)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The height {@link #text} takes. */
        static float measure(String markdown, boolean bold, float size, float width, float leading) {
            return measure(lines(markdown, bold, size, width).size(), size, leading);
        }

        private static float measure(int lines, float size, float leading) {
            return lines == 0 ? 0 : (ASCENT + DESCENT) * size + (lines - 1) * leading * size;
        }

        /** The wrapped lines of Markdown: paragraphs one after another, list items with their marker. */
        static List<PdfText.Line> lines(String markdown, boolean bold, float size, float width) {
            List<PdfText.Line> lines = new ArrayList<>();
            for (PdfText.Paragraph paragraph : PdfText.paragraphs(markdown)) {
                List<PdfText.Run> runs = new ArrayList<>();
                if (paragraph.marker() != null) {
                    runs.add(new PdfText.Run(paragraph.marker() + " ", bold));
                }
                paragraph.runs().forEach(r -> runs.add(new PdfText.Run(r.text(), bold || r.bold())));
                lines.addAll(PdfText.wrap(runs, size, width));
            }
            return lines;
        }

        /** One wrapped line, its pieces each in their weight, starting at x. */
        static void line(PdfContentByte cb, PdfText.Line line, float size, Color color, float x, float baseline) {
            for (PdfText.Piece piece : line.pieces()) {
                show(cb, piece.text(), PdfText.font(piece.bold()), size, color, Element.ALIGN_LEFT, x + piece.dx(), baseline);
            }
        }

        /** One line of text at a baseline, aligned left, centre or right on x. */
        static void show(PdfContentByte cb, String text, BaseFont font, float size, Color color, int align,
                         float x, float baseline) {
            cb.beginText();
            cb.setColorFill(color);
            // The content was checked before printing (GlyphCheck), so nothing here is missing.
            FontRuns.showAligned(cb, align, text, font, size, x, baseline, FontRuns.Missing.IGNORE);
            cb.endText();
        }

        /**
         * One centred line of plain text with its letters spaced out, as a heading in small capitals
         * would be; text too long for one line is wrapped without the spacing instead.
         */
        void spaced(String text, BaseFont font, float size, Color color, float from, float to) {
            float spacing = 0.07f * size;
            float wide = FontRuns.width(text, font, size) + spacing * (text.codePointCount(0, text.length()) - 1);
            if (wide > to - from) {
                text(text, font == PdfFonts.get().bold(), size, color, from, to, 1.25f, true);
                return;
            }
            if (cb != null) {
                cb.beginText();
                cb.setColorFill(color);
                cb.setCharacterSpacing(spacing);
                FontRuns.showAligned(cb, Element.ALIGN_LEFT, text, font, size, (from + to - wide) / 2, y - ASCENT * size,
                        FontRuns.Missing.IGNORE);
                cb.setCharacterSpacing(0);
                cb.endText();
            }
            y -= measure(1, size, 1);
        }

        /** A filled band of a given height from the pen down, behind what follows; the pen stays. */
        void band(float from, float to, float height, Color color) {
            if (cb != null) {
                cb.setColorFill(color);
                cb.rectangle(from, y - height, to - from, height);
                cb.fill();
            }
        }

        /** A horizontal rule of a given thickness, its top at the pen. */
        void rule(float from, float to, float thickness, Color color) {
            band(from, to, thickness, color);
            y -= thickness;
        }
    }
}
