package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.render.pdf.SheetPdfs.content;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;

/** The fillable PDF read back: field names, kinds and export values as the tally reads them, and filling. */
class FillableRendererTest {

    static Instrument pulse() {
        return content(SheetPdfs.BASIC).instrument("pulse");
    }

    /** Each field's name with its kind and on-values, e.g. "energy" → "radio [1, 2, 3, 4]". */
    static Map<String, String> fields(PDAcroForm form) {
        Map<String, String> out = new TreeMap<>();
        for (PDField f : form.getFieldTree()) {
            if (f instanceof PDRadioButton r) {
                out.put(f.getFullyQualifiedName(), "radio " + r.getExportValues() + " " + new TreeSet<>(r.getOnValues()));
            } else if (f instanceof PDCheckBox c) {
                out.put(f.getFullyQualifiedName(), "checkbox " + c.getOnValue());
            } else if (f instanceof PDTextField t) {
                out.put(f.getFullyQualifiedName(), "text" + (t.isMultiline() ? " multiline" : ""));
            }
        }
        return out;
    }

    @Test
    void theKeywordsNameTheInstrumentAndVersionForTheTally() throws IOException {
        try (PDDocument doc = SheetPdfs.open(FillableRenderer.render(pulse(), Paper.A4))) {
            assertEquals("SCK1|pulse|3", doc.getDocumentInformation().getKeywords());
        }
    }

    @Test
    void everyItemHasItsFieldNamedAsTheTallyReadsIt() throws IOException {
        try (PDDocument doc = SheetPdfs.open(FillableRenderer.render(pulse(), Paper.A4))) {
            Map<String, String> expected = new TreeMap<>(Map.of(
                    "energy", "radio [] [1, 2, 3, 4]",
                    "channel", "radio [] [chat, email]",
                    "tools__wiki", "checkbox Yes",
                    "tools__board", "checkbox Yes",
                    "tools__bot", "checkbox Yes",
                    "followed-up", "radio [] [no, partly, yes]",
                    "comment", "text multiline",
                    "respondent", "text",
                    "group", "text",
                    "date", "text"));
            assertEquals(expected, fields(doc.getDocumentCatalog().getAcroForm()));
        }
    }

    @Test
    void theSkillsetHasARadioGroupPerStatementWithValuesOneToFive() throws Exception {
        Instrument skillset = content(SheetPdfs.STANDARD).instrument("skillset");
        try (PDDocument doc = SheetPdfs.open(FillableRenderer.render(skillset, Paper.A4))) {
            Map<String, String> fields = fields(doc.getDocumentCatalog().getAcroForm());
            for (var item : skillset.items()) {
                assertEquals("radio [] [1, 2, 3, 4, 5]", fields.get(item.id()), item.id());
            }
            // Name, group and date, and the calculated total and band (FillableScoreTest).
            assertEquals(skillset.items().size() + 5, fields.size(), fields.toString());
        }
    }

    @Test
    void fieldsSitExactlyOnTheSheetsBubbles() throws Exception {
        Geometry.Sheet sheet = SheetLayout.layout(pulse(), Paper.A4);
        try (PDDocument doc = SheetPdfs.open(FillableRenderer.render(pulse(), Paper.A4))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (Geometry.Bubble b : sheet.pages().get(0).bubbles()) {
                PDField field = form.getField(b.item());
                if (field == null) {
                    field = form.getField(b.item() + "__" + b.value());
                }
                boolean found = false;
                for (PDAnnotationWidget w : field.getWidgets()) {
                    PDRectangle r = w.getRectangle();
                    found |= Math.abs(r.getLowerLeftX() + r.getWidth() / 2 - b.x()) < 0.01
                            && Math.abs(r.getLowerLeftY() + r.getHeight() / 2 - b.y()) < 0.01
                            && Math.abs(r.getWidth() / 2 - b.r()) < 0.01;
                }
                assertTrue(found, "a widget of " + field.getFullyQualifiedName() + " on " + b);
            }
        }
    }

    @Test
    void fillingTheFormWithPdfBoxAndReadingItBackGivesTheAnswers() throws IOException {
        byte[] filled;
        try (PDDocument doc = SheetPdfs.open(FillableRenderer.render(pulse(), Paper.A4))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            ((PDRadioButton) form.getField("energy")).setValue("3");
            ((PDRadioButton) form.getField("channel")).setValue("email");
            ((PDCheckBox) form.getField("tools__bot")).check();
            ((PDRadioButton) form.getField("followed-up")).setValue("partly");
            form.getField("comment").setValue("More coffee, please.\nAnd a second line.");
            form.getField("respondent").setValue("Zoë");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            filled = out.toByteArray();
        }
        try (PDDocument doc = SheetPdfs.open(filled)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertEquals("3", form.getField("energy").getValueAsString());
            assertEquals("email", form.getField("channel").getValueAsString());
            assertEquals("Yes", form.getField("tools__bot").getValueAsString());
            assertEquals("Off", form.getField("tools__wiki").getValueAsString());
            assertEquals("partly", form.getField("followed-up").getValueAsString());
            assertEquals("More coffee, please.\nAnd a second line.", form.getField("comment").getValueAsString());
            assertEquals("Zoë", form.getField("respondent").getValueAsString());
        }
    }

    @Test
    void fillingTheFormWithOpenPdfWorksToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReader reader = new PdfReader(FillableRenderer.render(pulse(), Paper.LETTER));
        PdfStamper stamper = new PdfStamper(reader, out);
        AcroFields form = stamper.getAcroFields();
        assertTrue(form.setField("followed-up", "no"));
        assertTrue(form.setField("tools__wiki", "Yes"));
        assertTrue(form.setField("group", "Team A"));
        stamper.close();
        reader.close();

        PdfReader back = new PdfReader(out.toByteArray());
        AcroFields read = back.getAcroFields();
        assertEquals("no", read.getField("followed-up"));
        assertEquals("Yes", read.getField("tools__wiki"));
        assertEquals("Team A", read.getField("group"));
        assertEquals(Set.of("yes", "partly", "no", "Off"), Set.of(read.getAppearanceStates("followed-up")));
        back.close();
    }

    @Test
    void theFillableShowsTheSheetsWordingAndIsByteStable() throws Exception {
        byte[] a = FillableRenderer.render(pulse(), Paper.A4);
        assertArrayEquals(a, FillableRenderer.render(pulse(), Paper.A4));
        try (PDDocument doc = SheetPdfs.open(a)) {
            String text = SheetPdfs.text(doc);
            for (String s : List.of("Team Pulse", "Name", "Group", "Date", "1. I have energy for my work.",
                    "Team chat", "The board", "Yes Partly No", "5. Anything else?")) {
                assertTrue(text.contains(s), s + " in " + text);
            }
            assertInstanceOf(PDTextField.class, doc.getDocumentCatalog().getAcroForm().getField("date"));
        }
    }
}
