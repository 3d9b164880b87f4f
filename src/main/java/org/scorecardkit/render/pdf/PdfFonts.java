package org.scorecardkit.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF embeds: DejaVu Sans regular and bold (shipped in the jar under their free
 * licence), loaded once and embedded as subsets with Unicode encoding, so any text they cover
 * prints exactly and anything else can be found before printing.
 */
public final class PdfFonts {
    private static final String DIR = "/org/scorecardkit/fonts/";
    private static final PdfFonts INSTANCE = new PdfFonts();

    private final BaseFont regular;
    private final BaseFont bold;

    private PdfFonts() {
        regular = load("DejaVuSans.ttf");
        bold = load("DejaVuSans-Bold.ttf");
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

    /** Whether both weights can draw this code point. */
    public boolean canDraw(int codePoint) {
        return regular.charExists(codePoint) && bold.charExists(codePoint);
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
