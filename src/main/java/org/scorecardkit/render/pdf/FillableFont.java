package org.scorecardkit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Gives a fillable PDF's text fields a font that draws the names people type: DejaVu Sans (Latin with
 * Ł and the rest of Latin Extended, Greek, Cyrillic and more) embedded whole, not as a subset, with
 * widths and a Unicode map for every glyph, because the viewer draws characters typed later; the
 * font goes into the AcroForm's default resources and every text field's default appearance names it.
 * PDFBox does this because OpenPDF writes widths and Unicode maps only for the characters it drew.
 */
final class FillableFont {
    /** The resource name fields use for the font in their /DA. */
    static final String NAME = "DejaVuSans";
    private static final String FILE = "/org/scorecardkit/fonts/DejaVuSans.ttf";
    private static final Pattern FONT = Pattern.compile("/[^\\s/]+\\s+([0-9.]+)\\s+Tf");

    private FillableFont() {
    }

    /** The PDF with the field font embedded and named in every text field's appearance. */
    static byte[] embed(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf); InputStream ttf = FillableFont.class.getResourceAsStream(FILE)) {
            if (ttf == null) {
                throw new IllegalStateException("the jar lacks the font " + FILE);
            }
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            PDType0Font font = PDType0Font.load(doc, ttf, false);
            PDResources dr = form.getDefaultResources() == null ? new PDResources() : form.getDefaultResources();
            dr.put(COSName.getPDFName(NAME), font);
            form.setDefaultResources(dr);
            form.setDefaultAppearance(appearance(form.getDefaultAppearance()));
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDTextField text) {
                    text.setDefaultAppearance(appearance(text.getDefaultAppearance()));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The appearance with its font swapped for the field font, keeping the size and colour. */
    static String appearance(String da) {
        if (da == null || da.isBlank()) {
            return "/" + NAME + " 0 Tf 0 g";
        }
        Matcher m = FONT.matcher(da);
        return m.find() ? m.replaceFirst("/" + NAME + " $1 Tf") : "/" + NAME + " 0 Tf " + da;
    }
}
