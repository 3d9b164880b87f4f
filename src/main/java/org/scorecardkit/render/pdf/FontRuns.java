package org.scorecardkit.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into runs that one embedded font each can draw (DejaVu Sans first, the fallback
 * second), and measures and shows them on a content stream or as a {@link Phrase}. A character
 * that no embedded font draws becomes a visible {@link #SUBSTITUTE} and is reported to a
 * {@link Missing}, so no character is ever dropped silently.
 */
public final class FontRuns {
    /** What a character no embedded font draws is shown as: WHITE SQUARE, which DejaVu draws in both weights. */
    public static final String SUBSTITUTE = "\u25A1";

    private FontRuns() {
    }

    /** A piece of text that one font draws. */
    public record Run(BaseFont font, String text) {
    }

    /** Told of each character shown as the substitute because no embedded font draws it. */
    @FunctionalInterface
    public interface Missing {
        /** For text that has been checked before (the site's content, by {@link GlyphCheck}). */
        Missing IGNORE = cp -> { };

        void missing(int codePoint);
    }

    /** Whether the primary font draws the whole text, as it does almost always: then no run is needed. */
    public static boolean simple(String text, BaseFont primary) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return drawsFrom(text, i, primary);
            }
        }
        return true;
    }

    private static boolean drawsFrom(String text, int from, BaseFont primary) {
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!primary.charExists(cp) && !PdfFonts.invisible(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The runs of a text set in {@code primary}: characters the primary lacks go to the fallback;
     * those no font draws become {@link #SUBSTITUTE} (reported), except invisible ones such as a
     * line break, which stay for the layout to use.
     */
    public static List<Run> runs(String text, BaseFont primary, Missing missing) {
        if (simple(text, primary)) {
            return List.of(new Run(primary, text));
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        BaseFont current = primary;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            BaseFont font = PdfFonts.invisible(cp) ? spacing(cp, current, primary) : PdfFonts.get().fontFor(cp, primary);
            boolean substitute = font == null;
            if (substitute) {
                missing.missing(cp);
                font = primary;
            }
            if (font != current && run.length() > 0) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            if (substitute) {
                run.append(SUBSTITUTE);
            } else {
                run.appendCodePoint(cp);
            }
        }
        if (run.length() > 0) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    /** A space or line break stays in the current run when its font has it (most do), else goes to the primary. */
    private static BaseFont spacing(int cp, BaseFont current, BaseFont primary) {
        return current == primary || current.charExists(cp) || !primary.charExists(cp) ? current : primary;
    }

    /** The width of a text in points, each character measured in the font that draws it. */
    public static float width(String text, BaseFont primary, float size) {
        if (simple(text, primary)) {
            return primary.getWidthPoint(text, size);
        }
        float width = 0;
        for (Run r : runs(text, primary, Missing.IGNORE)) {
            width += r.font().getWidthPoint(r.text(), size);
        }
        return width;
    }

    /**
     * Shows a text at the current text position, inside {@code beginText}/{@code endText}, setting
     * the font of each run; the content stream's font is the last run's afterwards.
     */
    public static void show(PdfContentByte cb, String text, BaseFont primary, float size, Missing missing) {
        for (Run r : runs(text, primary, missing)) {
            cb.setFontAndSize(r.font(), size);
            cb.showText(r.text());
        }
    }

    /** As {@link PdfContentByte#showTextAligned} (no rotation), inside {@code beginText}/{@code endText}. */
    public static void showAligned(PdfContentByte cb, int align, String text, BaseFont primary, float size,
                                   float x, float y, Missing missing) {
        List<Run> runs = runs(text, primary, missing);
        if (runs.size() == 1 && runs.get(0).font() == primary) {
            cb.setFontAndSize(primary, size);
            cb.showTextAligned(align, runs.get(0).text(), x, y, 0);
            return;
        }
        float width = 0;
        for (Run r : runs) {
            width += r.font().getWidthPoint(r.text(), size);
        }
        float left = align == PdfContentByte.ALIGN_RIGHT ? x - width : align == PdfContentByte.ALIGN_CENTER ? x - width / 2 : x;
        cb.setTextMatrix(left, y);
        for (Run r : runs) {
            cb.setFontAndSize(r.font(), size);
            cb.showText(r.text());
        }
    }

    /**
     * A text as chunks of a phrase in {@code font} (whose base font is a DejaVu weight); a fallback
     * run keeps the size and colour and, for bold text, is made bold by stroking its outline.
     */
    public static Phrase phrase(String text, Font font, Missing missing) {
        Phrase phrase = new Phrase(Float.NaN, "", font);
        add(phrase, text, font, missing);
        return phrase;
    }

    /** Adds a text's chunks to a phrase (or paragraph). */
    public static void add(Phrase phrase, String text, Font font, Missing missing) {
        BaseFont primary = font.getBaseFont();
        for (Run r : runs(text, primary, missing)) {
            if (r.font() == primary) {
                phrase.add(new Chunk(r.text(), font));
            } else {
                int style = primary == PdfFonts.get().bold() ? Font.BOLD : Font.NORMAL;
                phrase.add(new Chunk(r.text(), new Font(r.font(), font.getSize(), style, font.getColor())));
            }
        }
    }
}
