package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.Paper;

/** The fillable PDF's text fields draw typed names in an embedded, whole (not subset) font. */
class FillableFontTest {
    private static final String NAME = "Łucja Ψαρά-Жукова";

    @Test
    void everyTextFieldNamesTheFontTheFormEmbedsWhole() throws IOException {
        try (PDDocument doc = SheetPdfs.open(FillableRenderer.render(FillableScoreTest.skillset(), Paper.A4))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            PDFont font = form.getDefaultResources().getFont(COSName.getPDFName(FillableFont.NAME));
            assertNotNull(font, "the field font is in the AcroForm's /DR");
            assertTrue(font instanceof PDType0Font, font.getClass().toString());
            assertEquals("DejaVuSans", font.getName(), "a whole font has no ABCDEF+ subset prefix");
            assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(), "FontFile2 embedded");
            assertTrue(font.isEmbedded());
            int text = 0;
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDTextField t) {
                    assertTrue(t.getDefaultAppearance().startsWith("/" + FillableFont.NAME + " "), t.getDefaultAppearance());
                    text++;
                }
            }
            assertEquals(5, text, "name, group, date, total and band");
            // The embedded program holds glyphs for what no sheet text drew: the whole font.
            for (int cp : NAME.codePoints().toArray()) {
                assertTrue(((PDType0Font) font).hasGlyph(cp), Character.toString(cp));
            }
        }
    }

    @Test
    void aNameTypedInPolishGreekAndCyrillicIsDrawnAndReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = SheetPdfs.open(FillableRenderer.render(FillableRendererTest.pulse(), Paper.A4))) {
            // PDFBox builds the field's appearance from its /DA font, as a viewer does when a person types.
            doc.getDocumentCatalog().getAcroForm().getField("respondent").setValue(NAME);
            doc.save(out);
        }
        try (PDDocument doc = SheetPdfs.open(out.toByteArray())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertEquals(NAME, form.getField("respondent").getValueAsString());
            form.flatten();
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(NAME), "the drawn appearance reads " + NAME + ": " + text);
        }
    }

    @Test
    void theAppearanceKeepsItsSizeAndColour() {
        assertEquals("/DejaVuSans 10 Tf 0 g", FillableFont.appearance("/Helv 10 Tf 0 g"));
        assertEquals("0 g /DejaVuSans 8.5 Tf", FillableFont.appearance("0 g /F1 8.5 Tf"));
        assertFalse(FillableFont.appearance(null).isBlank());
    }
}
