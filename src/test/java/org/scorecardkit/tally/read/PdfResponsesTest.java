package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.bytes;
import static org.scorecardkit.tally.TallyFixtures.tally;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.RadioCheckField;
import com.lowagie.text.pdf.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Paper;
import org.scorecardkit.render.pdf.FillableRenderer;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.TallyFixtures.Run;

/**
 * Filled fillable PDFs: a form made here with the contract's field names and filled with
 * PdfStamper as a PDF reader would, and the fillable renderer's own form filled the same way.
 */
class PdfResponsesTest {
    @TempDir
    Path dir;

    /** A pulse form with the contract's fields: radio groups, check boxes per option, text fields. */
    static byte[] pulseForm(String keywords) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(400, 400));
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        if (keywords != null) {
            doc.addKeywords(keywords);
        }
        doc.open();
        radio(writer, "energy", List.of("1", "2", "3", "4"), 300);
        radio(writer, "channel", List.of("chat", "email"), 260);
        radio(writer, "followed-up", List.of("yes", "partly", "no"), 220);
        int x = 20;
        for (String option : List.of("wiki", "board", "bot")) {
            RadioCheckField box = new RadioCheckField(writer, new Rectangle(x, 180, x + 12, 192), "tools__" + option, "Yes");
            writer.addAnnotation(box.getFullField());
            x += 20;
        }
        int y = 140;
        for (String name : List.of("comment", "respondent", "group", "date")) {
            writer.addAnnotation(new TextField(writer, new Rectangle(20, y, 300, y + 14), name).getTextField());
            y -= 20;
        }
        doc.add(new com.lowagie.text.Paragraph("Team Pulse"));
        doc.close();
        return out.toByteArray();
    }

    private static void radio(PdfWriter writer, String name, List<String> values, int y) throws Exception {
        PdfFormField group = PdfFormField.createRadioButton(writer, true);
        group.setFieldName(name);
        int x = 20;
        for (String v : values) {
            group.addKid(new RadioCheckField(writer, new Rectangle(x, y, x + 12, y + 12), null, v).getKidField());
            x += 20;
        }
        writer.addAnnotation(group);
    }

    /** Fills a form as a person would in a PDF reader. */
    static byte[] fill(byte[] form, Map<String, String> values) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReader reader = new PdfReader(form);
        PdfStamper stamper = new PdfStamper(reader, out);
        AcroFields fields = stamper.getAcroFields();
        for (Map.Entry<String, String> e : values.entrySet()) {
            assertTrue(fields.setField(e.getKey(), e.getValue()), "no field " + e.getKey());
        }
        stamper.close();
        reader.close();
        return out.toByteArray();
    }

    @Test
    void aFilledFormTalliesAsOneResponse() throws Exception {
        byte[] filled = fill(pulseForm("SCK1|pulse|3"), Map.of("energy", "4", "channel", "email", "followed-up", "partly",
                "tools__wiki", "Yes", "tools__bot", "Yes", "comment", "More coffee", "respondent", "Ann", "date", "2026-11-22"));

        Run run = tally("pulse", bytes(dir, "ann.pdf", filled));

        assertEquals("{\"read\":1,\"accepted\":1,\"rejected\":0,\"blank_lines\":0}", run.json().path("rows").toString());
        assertEquals(4.0, run.json().path("score").path("mean").asDouble());
        assertEquals("{\"wiki\":1,\"board\":0,\"bot\":1}", run.item("tools").path("counts").toString());
        assertEquals("{\"chat\":0,\"email\":1}", run.item("channel").path("counts").toString());
        assertEquals("{\"yes\":0,\"partly\":1,\"no\":0}", run.item("followed-up").path("counts").toString());
        assertEquals("[\"More coffee\"]", run.item("comment").path("answers").toString());
    }

    @Test
    void theKeywordsTellAnotherVersionAndAnUnfilledFormHasNoAnswers() throws Exception {
        Path old = bytes(dir, "old.pdf", fill(pulseForm("SCK1|pulse|2"), Map.of("energy", "2", "respondent", "Bo")));
        Path empty = bytes(dir, "empty.pdf", pulseForm(null));

        Run run = tally("pulse", old, empty);

        assertEquals(List.of("1: other-version", "1: no-answers"), run.rejectLines());
        assertEquals("the row is for version \"2\" of the instrument, not version \"3\"", run.rejects().get(0).message());
        assertEquals("energy=2; instrument=pulse; respondent=Bo; version=2", run.rejects().get(0).raw());
    }

    @Test
    void aPdfWithoutFormIsReadAsScansAndWithoutASheetIsNotRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new com.lowagie.text.Paragraph("printed, not fillable"));
        doc.close();

        Run run = tally("pulse", bytes(dir, "flat.pdf", out.toByteArray()));

        // A PDF without form fields is read as scanned sheets (ScanTallyTest): this one's page has no sheet's QR code.
        assertEquals(List.of(), run.rejectLines());
        assertEquals(List.of("page not read"), run.problems().stream().map(p -> p.kind().label()).toList());
        assertTrue(run.result().unreadable(), "a file of which no page is a sheet is not read");
        assertTrue(run.result().notes().get(0).startsWith(dir.resolve("flat.pdf") + ": no page is a sheet of pulse"),
                run.result().notes().toString());
    }

    @Test
    void theFillableRenderersOwnFormFilledInTalliesToItsAnswers() throws Exception {
        byte[] form = FillableRenderer.render(TallyFixtures.instrument("pulse"), Paper.A4);
        byte[] filled = fill(form, Map.of("energy", "2", "channel", "chat", "followed-up", "no",
                "tools__board", "Yes", "comment", "Fine", "respondent", "Cy"));

        Run run = tally("pulse", bytes(dir, "cy.pdf", filled));

        assertEquals(1L, run.json().path("rows").path("accepted").asLong(), run.rejects().toString());
        assertEquals(2.0, run.json().path("score").path("mean").asDouble());
        assertEquals("{\"wiki\":0,\"board\":1,\"bot\":0}", run.item("tools").path("counts").toString());
        assertEquals("{\"yes\":0,\"partly\":0,\"no\":1}", run.item("followed-up").path("counts").toString());
    }
}
