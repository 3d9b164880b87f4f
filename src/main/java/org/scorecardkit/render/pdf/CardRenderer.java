package org.scorecardkit.render.pdf;

import static org.scorecardkit.render.pdf.PosterRenderer.BLUE;
import static org.scorecardkit.render.pdf.PosterRenderer.INK;
import static org.scorecardkit.render.pdf.PosterRenderer.MUTE;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Logo;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Scale;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.SitePaths;
import org.scorecardkit.render.Words;
import org.scorecardkit.render.pdf.PosterRenderer.Pen;

/**
 * Draws one sheet of NPS cards to hand out: {@code print.cards_per_sheet} identical cards, each
 * complete on its own (the organisation's logo and name, question, 0–10 boxes with the scale's end
 * labels, the reason question with writing lines, the title and, when the site has a {@code base_url},
 * a QR code to the web form with its address printed under it), with crop marks at every card corner.
 */
public final class CardRenderer {
    /** Sheet edge to the cards: room for the marks and for printers that cannot print to the edge. */
    static final float MARGIN = 28;
    /** Between cards: wide enough that the marks of two neighbouring cards never meet. */
    static final float GUTTER = 30;
    /** Marks start this far from the corner, so a slightly-off cut leaves no line on the card. */
    static final float MARK_GAP = 4;
    static final float MARK_LENGTH = 9;
    static final float MARK_WIDTH = 0.5f;
    private static final Color LINE = new Color(0x9aa5b1);
    private static final float BOX_GAP = 0.16f;
    /** Writing-line spacing in points: about 6 mm at the least, 9 mm at the most. */
    private static final float NARROW_LINES = 16;
    private static final float WIDE_LINES = 26;
    /** Below this question size the thank-you line gives its room to the question. */
    private static final float INTRO_MIN = 9;

    private final String intro;
    private boolean showIntro = true;
    private final String question;
    private final Scale scale;
    private final String reason;
    private final int lines;
    private final String footer;
    private final String organisation;
    private final Logo logo;
    /** The web form's address, or null when the site has no {@code base_url} (then no QR code). */
    private final String url;
    private final Words words;

    private CardRenderer(Instrument nps, Site site) {
        Item rating = nps.answeredItems().stream().filter(i -> i.type() == ItemType.RATING).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("instrument " + nps.id() + " has no rating item"));
        Item text = nps.answeredItems().stream().filter(i -> i.type() == ItemType.TEXT).findFirst().orElse(null);
        this.intro = nps.intro() == null || nps.intro().isBlank() ? null : nps.intro();
        this.question = rating.text();
        this.scale = rating.scale();
        this.reason = text == null ? null : text.text();
        this.lines = text == null ? 0 : text.lines();
        this.footer = nps.title();
        this.organisation = site == null ? null : site.organisation();
        this.logo = site == null || site.brand() == null ? null : site.brand().logo();
        this.url = site == null ? null : formUrl(site.baseUrl(), nps.id());
        this.words = Words.of(site == null ? null : site.language());
    }

    /** The absolute address of an instrument's web form, or null without a base URL. */
    static String formUrl(String baseUrl, String id) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        // The QR code carries the folder address: shorter (a smaller code) and what a person would type.
        String page = SitePaths.instrument(id);
        return base + (page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page);
    }

    /** The cards without the site's organisation, logo or QR code; kept for callers not yet passing the site. */
    public static byte[] render(Instrument nps, Paper paper) {
        return render(nps, null, paper);
    }

    /** The finished PDF: one sheet of {@code nps.print().cardsPerSheet()} cards on this paper, portrait. */
    public static byte[] render(Instrument nps, Site site, Paper paper) {
        CardRenderer card = new CardRenderer(nps, site);
        Document document = new Document(new Rectangle(paper.widthPt(), paper.heightPt()), 0, 0, 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(card.words.get("cards.title", nps.title()));
        document.open();
        StablePdf.dates(writer);
        PdfContentByte cb = writer.getDirectContent();
        List<Rectangle> cards = cards(paper, nps.print().cardsPerSheet());
        // Every card has the same size, so one fit serves them all.
        float size = card.fit(cards.get(0));
        if (size < INTRO_MIN) {
            card.showIntro = false;
            size = card.fit(cards.get(0));
        }
        for (Rectangle r : cards) {
            card.draw(cb, r, size);
        }
        cropMarks(cb, cards);
        document.close();
        return StablePdf.finish(out.toByteArray());
    }

    /** Columns and rows for a number of cards: one column for one or two cards, else two. */
    static int[] grid(int perSheet) {
        int columns = perSheet <= 2 ? 1 : 2;
        return new int[] {columns, (perSheet + columns - 1) / columns};
    }

    /** The cards' rectangles on a sheet, row by row from the top left. */
    static List<Rectangle> cards(Paper paper, int perSheet) {
        int[] grid = grid(perSheet);
        float w = (paper.widthPt() - 2 * MARGIN - (grid[0] - 1) * GUTTER) / grid[0];
        float h = (paper.heightPt() - 2 * MARGIN - (grid[1] - 1) * GUTTER) / grid[1];
        List<Rectangle> cards = new ArrayList<>();
        for (int i = 0; i < perSheet; i++) {
            float x = MARGIN + (i % grid[0]) * (w + GUTTER);
            float top = paper.heightPt() - MARGIN - (i / grid[0]) * (h + GUTTER);
            cards.add(new Rectangle(x, top - h, x + w, top));
        }
        return cards;
    }

    /** Two short lines pointing away from each card corner along its edges, outside every card. */
    private static void cropMarks(PdfContentByte cb, List<Rectangle> cards) {
        cb.setColorStroke(Color.BLACK);
        cb.setLineWidth(MARK_WIDTH);
        for (Rectangle r : cards) {
            for (float x : new float[] {r.getLeft(), r.getRight()}) {
                for (float y : new float[] {r.getBottom(), r.getTop()}) {
                    float dx = x == r.getLeft() ? -1 : 1;
                    float dy = y == r.getBottom() ? -1 : 1;
                    cb.moveTo(x + dx * MARK_GAP, y);
                    cb.lineTo(x + dx * (MARK_GAP + MARK_LENGTH), y);
                    cb.moveTo(x, y + dy * MARK_GAP);
                    cb.lineTo(x, y + dy * (MARK_GAP + MARK_LENGTH));
                }
            }
        }
        cb.stroke();
    }

    private static float padding(Rectangle card) {
        return Math.max(10, Math.min(30, 0.05f * card.getWidth()));
    }

    /** The largest question size at which the card's content fits, capped by the card's width. */
    private float fit(Rectangle card) {
        float room = card.getHeight() - 2 * padding(card);
        return Pen.largest(3, Math.min(18, card.getWidth() / 22), q -> height(card, (float) q) <= room);
    }

    private float height(Rectangle card, float q) {
        return compose(null, card, q, 0, 0) + footerHeight(card, q);
    }

    private float footerHeight(Rectangle card, float q) {
        float text = 1.1f * q + 1.2f * footerSize(q);
        return url == null ? text : Math.max(text, 0.4f * q + qrSide(card) + 1.4f * urlSize(q));
    }

    /** The QR code's side: large enough for a phone at arm's length (15 mm at the least), never the card's half. */
    private static float qrSide(Rectangle card) {
        return Math.max(43, Math.min(0.26f * card.getWidth(), Math.min(0.3f * card.getHeight(), 96)));
    }

    private static float urlSize(float q) {
        return Math.max(0.5f * q, 5.5f);
    }

    private void draw(PdfContentByte cb, Rectangle card, float q) {
        float room = card.getHeight() - 2 * padding(card);
        float slack = room - height(card, q);
        // Spare room widens the writing lines up to a comfortable hand, then spreads evenly between the blocks.
        float lineExtra = lines == 0 ? 0 : Math.max(0, Math.min(slack / lines, WIDE_LINES - lineSpacing(q)));
        float gapExtra = (slack - lineExtra * lines) / 3;
        compose(cb, card, q, lineExtra, gapExtra);
        float p = padding(card);
        float x0 = card.getLeft() + p;
        float bottom = card.getBottom() + p;
        Pen.show(cb, footer, PdfFonts.get().regular(), footerSize(q), MUTE, Element.ALIGN_LEFT,
                x0, bottom + 0.24f * footerSize(q));
        if (url != null) {
            qr(cb, card, q, x0, bottom);
        }
    }

    /** The QR code in the card's lower right, its address under it and an invitation beside it. */
    private void qr(PdfContentByte cb, Rectangle card, float q, float x0, float bottom) {
        float side = qrSide(card);
        float x1 = card.getRight() - padding(card);
        float size = urlSize(q);
        // The address may be wider than the code: it then runs left from the card's right edge, still whole.
        float urlWidth = PdfText.width(url, false, size);
        float urlSize = urlWidth > x1 - x0 ? size * (x1 - x0) / urlWidth : size;
        Pen.show(cb, url, PdfFonts.get().regular(), urlSize, MUTE, Element.ALIGN_RIGHT, x1, bottom + 0.24f * urlSize);
        float codeBottom = bottom + 1.4f * size;
        QrCode.draw(cb, url, QrCode.ANY_MASK, new Geometry.Qr(x1 - side / 2, codeBottom + side / 2, side));
        Pen pen = new Pen(cb, codeBottom + side);
        pen.text(words.get("cards.qr.invite"), true, 0.8f * q, BLUE, x0, x1 - side - 0.6f * q, 1.25f, false);
    }

    /** Writing lines never closer than a narrow-ruled notebook's, however small the type. */
    private static float lineSpacing(float q) {
        return Math.max(1.9f * q, NARROW_LINES);
    }

    private static float footerSize(float q) {
        return Math.max(0.62f * q, 5.5f);
    }

    /** Lays out (and with a canvas draws) the card from its top; returns the height used. */
    private float compose(PdfContentByte cb, Rectangle card, float q, float lineExtra, float gapExtra) {
        float p = padding(card);
        float x0 = card.getLeft() + p;
        float x1 = card.getRight() - p;
        Pen pen = new Pen(cb, card.getTop() - p);
        header(pen, q, x0, x1);
        if (intro != null && showIntro) {
            pen.text(intro, false, 0.72f * q, MUTE, x0, x1, 1.3f, false);
            pen.skip(0.5f * q);
        }
        pen.text(question, true, q, INK, x0, x1, 1.22f, false);
        pen.skip(0.8f * q + gapExtra);
        boxes(pen, q, x0, x1);
        if (reason != null) {
            pen.skip(1.1f * q + gapExtra);
            pen.text(reason, false, 0.85f * q, INK, x0, x1, 1.25f, false);
            writingLines(pen, q, lineExtra, x0, x1);
        }
        pen.skip(0.9f * q + gapExtra);
        return card.getTop() - p - pen.y();
    }

    /** The logo and the organisation's name at the card's top, or a short accent rule when the site names neither. */
    private void header(Pen pen, float q, float x0, float x1) {
        boolean named = organisation != null && !organisation.isBlank();
        if (!named && logo == null) {
            pen.rule(x0, x0 + 0.14f * (x1 - x0), 0.32f * q, BLUE);
            pen.skip(0.9f * q);
            return;
        }
        float h = 1.9f * q;
        float logoWidth = 0;
        if (logo != null) {
            logoWidth = pen.cb() == null ? h : PdfLogo.draw(pen.cb(), logo, x0, pen.y() - h, 0.4f * (x1 - x0), h);
        }
        if (named) {
            float from = logo == null ? x0 : x0 + logoWidth + 0.6f * q;
            float size = 0.85f * q;
            Pen name = new Pen(pen.cb(), pen.y() - (h - 1.2f * size) / 2);
            name.text(organisation, true, size, BLUE, from, x1, 1.15f, false);
        }
        pen.skip(h);
        pen.rule(x0, x1, 0.06f * q, LINE);
        pen.skip(0.8f * q);
    }

    /** One box per scale point with its number inside, and the labelled points named underneath. */
    private void boxes(Pen pen, float q, float x0, float x1) {
        int n = scale.max() - scale.min() + 1;
        float box = Math.min((x1 - x0) / (n + (n - 1) * BOX_GAP), 2.3f * q);
        float step = box * (1 + BOX_GAP);
        float start = x0 + ((x1 - x0) - (n * box + (n - 1) * BOX_GAP * box)) / 2;
        PdfContentByte cb = pen.cb();
        float labelSize = labelSize(q, n * step / 2);
        if (cb != null) {
            float bottom = pen.y() - box;
            cb.setColorStroke(BLUE);
            cb.setLineWidth(Math.max(0.6f, 0.07f * q));
            for (int i = 0; i < n; i++) {
                cb.roundRectangle(start + i * step, bottom, box, box, 0.16f * box);
            }
            cb.stroke();
            float numberSize = Math.min(0.5f * box, q);
            for (int i = 0; i < n; i++) {
                Pen.show(cb, String.valueOf(scale.min() + i), PdfFonts.get().regular(), numberSize, INK,
                        Element.ALIGN_CENTER, start + i * step + box / 2, bottom + box / 2 - 0.36f * numberSize);
            }
            float baseline = bottom - 0.35f * q - 0.93f * labelSize;
            for (Scale.Point point : scale.points()) {
                if (point.label() != null) {
                    label(cb, point, labelSize, start + (point.value() - scale.min()) * step, box, baseline);
                }
            }
        }
        pen.skip(box + 0.35f * q + 1.2f * labelSize);
    }

    /** The labels' size: small under the boxes, and smaller still if an end label would reach the row's middle. */
    private float labelSize(float q, float half) {
        float size = Math.max(0.66f * q, 5.5f);
        float widest = scale.labels().values().stream().map(l -> PdfText.width(l, false, size))
                .max(Float::compare).orElse(0f);
        return widest > half - 6 ? size * (half - 6) / widest : size;
    }

    /** A point's label under its box: the ends flush with the row's ends, others centred. */
    private void label(PdfContentByte cb, Scale.Point point, float size, float boxLeft, float box, float baseline) {
        int align = point.value() == scale.min() ? Element.ALIGN_LEFT
                : point.value() == scale.max() ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER;
        float x = align == Element.ALIGN_LEFT ? boxLeft
                : align == Element.ALIGN_RIGHT ? boxLeft + box : boxLeft + box / 2;
        Pen.show(cb, point.label(), PdfFonts.get().regular(), size, MUTE, align, x, baseline);
    }

    private void writingLines(Pen pen, float q, float extra, float x0, float x1) {
        float spacing = lineSpacing(q) + extra;
        PdfContentByte cb = pen.cb();
        if (cb != null) {
            cb.setColorStroke(LINE);
            cb.setLineWidth(0.5f);
            for (int i = 1; i <= lines; i++) {
                cb.moveTo(x0, pen.y() - i * spacing);
                cb.lineTo(x1, pen.y() - i * spacing);
            }
            cb.stroke();
        }
        pen.skip(lines * spacing);
    }
}
