package org.scorecardkit.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF embeds, shipped in the jar under their free licences and embedded as subsets
 * with Unicode encoding: DejaVu Sans regular and bold, loaded once, and Droid Sans Fallback (Chinese,
 * Japanese, Korean and more) for the characters DejaVu lacks, loaded only the first time a text
 * needs it, so documents in the common scripts never pay for its 4 MB.
 */
public final class PdfFonts {
    private static final String DIR = "/org/scorecardkit/fonts/";
    /** The fallback's file: TrueType, which OpenPDF subsets reliably (CFF-based CJK fonts it may not). */
    static final String FALLBACK = "DroidSansFallbackFull.ttf";
    private static final PdfFonts INSTANCE = new PdfFonts();

    private final BaseFont regular;
    private final BaseFont bold;

    private PdfFonts() {
        regular = load("DejaVuSans.ttf");
        bold = load("DejaVuSans-Bold.ttf");
    }

    /** Loaded by the JVM on first use of {@link #fallback()}, once, safely across threads. */
    private static final class Fallback {
        static final BaseFont FONT = load(FALLBACK);
    }

    public static PdfFonts get() {
        return INSTANCE;
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    /** The font for what DejaVu cannot draw; it has one weight, used for bold text too. */
    public BaseFont fallback() {
        return Fallback.FONT;
    }

    /**
     * The font that draws a code point in text set in {@code primary} (one of the DejaVu weights):
     * the primary itself when it can, else the fallback when it can, else null.
     */
    public BaseFont fontFor(int codePoint, BaseFont primary) {
        if (codePoint >= 0x20 && codePoint < 0x7F || primary.charExists(codePoint)) {
            return primary;
        }
        BaseFont fallback = fallback();
        return fallback.charExists(codePoint) ? fallback : null;
    }

    /** Whether some embedded font draws this code point in both weights. */
    public boolean canDraw(int codePoint) {
        return fontFor(codePoint, regular) != null && fontFor(codePoint, bold) != null;
    }

    /**
     * Spaces, line breaks, control and format characters and variation selectors lay text out or
     * select a presentation rather than print a glyph of their own, so no font need draw them.
     */
    public static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    private static BaseFont load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the font " + name);
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
