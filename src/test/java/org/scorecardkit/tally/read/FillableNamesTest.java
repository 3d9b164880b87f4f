package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Paper;
import org.scorecardkit.render.pdf.FillableRenderer;
import org.scorecardkit.tally.TallyFixtures;

/**
 * The fillable renderer's form filled with PDFBox (which draws the typed text in the form's own
 * embedded font) with names in Polish, Greek and Cyrillic, tallied through the CLI: the names come
 * back exactly, and the calculated total is not taken for an answer.
 */
class FillableNamesTest {
    private static final String NAME = "Łucja Ψαρά-Жукова";
    private static final String GROUP = "Группа Ωμέγα Łódź";

    @TempDir
    Path dir;

    private byte[] filled() throws Exception {
        byte[] form = FillableRenderer.render(TallyFixtures.instrument("pulse"), Paper.A4);
        try (PDDocument doc = Loader.loadPDF(form)) {
            PDAcroForm acro = doc.getDocumentCatalog().getAcroForm();
            ((PDRadioButton) acro.getField("energy")).setValue("3");
            acro.getField("respondent").setValue(NAME);
            acro.getField("group").setValue(GROUP);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void namesInAnyScriptAreReadBackExactly() throws Exception {
        Map<String, String> cells = PdfResponses.cells(filled());
        assertEquals(NAME, cells.get("respondent"));
        assertEquals(GROUP, cells.get("group"));
        assertFalse(cells.containsKey("answers.score_total"), cells.toString());
    }

    @Test
    void theCliTalliesTheFormWithItsGroupNamedExactly() throws Exception {
        Path pdf = TallyFixtures.bytes(dir, "łucja.pdf", filled());
        Path out = dir.resolve("out");

        int code = TallyFixtures.tallyCommand("pulse", pdf.toString(), "--by", "group", "--out", out.toString());

        assertEquals(0, code);
        JsonNode summary = new ObjectMapper().readTree(Files.readString(out.resolve("summary.json")));
        assertEquals(1, summary.path("rows").path("accepted").asInt(), summary.toString());
        assertTrue(summary.toString().contains("\"" + GROUP + "\""), summary.toString());
    }
}
