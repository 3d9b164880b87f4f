package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.scorecardkit.render.pdf.SheetPdfs.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Paper;

/**
 * The fillable PDF's calculated total and band read through PDFBox: radios filled with PDFBox, the
 * viewer's calculation scripts and order read from the file, and the scripts run in node with the
 * few viewer objects they use (getField, event), so the sums and bands are what a viewer shows.
 */
class FillableScoreTest {
    @TempDir
    Path dir;

    static Instrument skillset() {
        return content(SheetPdfs.STANDARD).instrument("skillset");
    }

    static byte[] fillable(Instrument instrument) {
        return FillableRenderer.render(instrument, Paper.A4);
    }

    /** The calculation script of a field (its /AA /C JavaScript action). */
    static String script(PDField field) {
        PDActionJavaScript js = (PDActionJavaScript) field.getActions().getC();
        assertNotNull(js, "a calculation on " + field.getFullyQualifiedName());
        return js.getAction();
    }

    /** The fully qualified names in the AcroForm's /CO calculation order. */
    static List<String> order(PDAcroForm form) {
        List<String> names = new ArrayList<>();
        COSArray co = form.getCOSObject().getCOSArray(COSName.CO);
        if (co != null) {
            for (COSBase b : co) {
                COSBase f = b instanceof COSObject o ? o.getObject() : b;
                names.add(((org.apache.pdfbox.cos.COSDictionary) f).getString(COSName.T));
            }
        }
        return names;
    }

    /** The PDF filled with these radio values by PDFBox, saved and opened again. */
    static PDDocument filled(byte[] pdf, Map<String, String> values) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = SheetPdfs.open(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (Map.Entry<String, String> v : values.entrySet()) {
                ((PDRadioButton) form.getField(v.getKey())).setValue(v.getValue());
            }
            doc.save(out);
        }
        return SheetPdfs.open(out.toByteArray());
    }

    /**
     * Runs the calculations in /CO order in node, as a viewer does after a change: each script sees
     * {@code this.getField(name).value} (the radio's value, "Off" when unset) and sets {@code event.value}.
     * Returns the value each calculated field ends with.
     */
    Map<String, String> calculate(PDAcroForm form) throws Exception {
        assumeTrue(nodeAvailable(), "node is not installed");
        StringBuilder js = new StringBuilder("var values = {};\n");
        for (PDField f : form.getFieldTree()) {
            if (f instanceof PDRadioButton r) {
                js.append("values[").append(FillableScore.literal(f.getFullyQualifiedName())).append("] = ")
                        .append(FillableScore.literal(r.getValue())).append(";\n");
            }
        }
        js.append("var doc = { getField: function (n) { return n in values ? { value: values[n] } : null; } };\n");
        js.append("var out = {};\n");
        for (String name : order(form)) {
            js.append("(function () { var event = { value: values[").append(FillableScore.literal(name))
                    .append("] }; (function () {\n").append(script(form.getField(name)))
                    .append("\n}).call(doc); values[").append(FillableScore.literal(name)).append("] = event.value; out[")
                    .append(FillableScore.literal(name)).append("] = String(event.value); })();\n");
        }
        js.append("process.stdout.write(JSON.stringify(out));\n");
        Path file = dir.resolve("calc.js");
        Files.writeString(file, js);
        Process p = new ProcessBuilder("node", file.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "node finished");
        String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), result);
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : result.replaceAll("^\\{|\\}$", "").split(",(?=\")")) {
            String[] kv = pair.split("\":\"", 2);
            values.put(kv[0].substring(1), kv[1].substring(0, kv[1].length() - 1).replace("\\\"", "\""));
        }
        return values;
    }

    static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every scored item of the skillset given the values in turn, cycling. */
    static Map<String, String> answers(Instrument instrument, int... values) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Item> items = instrument.scoredItems();
        for (int i = 0; i < items.size() && i < values.length; i++) {
            out.put(items.get(i).id(), Integer.toString(values[i]));
        }
        return out;
    }

    @Test
    void theTotalAndBandAreReadOnlyCalculatedFieldsInThatOrder() throws IOException {
        try (PDDocument doc = SheetPdfs.open(fillable(skillset()))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            PDField total = form.getField(FillableScore.TOTAL);
            PDField band = form.getField(FillableScore.BAND);
            assertTrue(total instanceof PDTextField && total.isReadOnly(), "the total is a read-only text field");
            assertTrue(band instanceof PDTextField && band.isReadOnly(), "the band is a read-only text field");
            assertEquals(List.of(FillableScore.TOTAL, FillableScore.BAND), order(form));
            for (Item item : skillset().scoredItems()) {
                assertTrue(script(total).contains("\"" + item.id() + "\""), item.id() + " is added up");
            }
        }
    }

    @Test
    void theScriptsAddUpTheFilledNumbersAndNameTheBand() throws Exception {
        Instrument skillset = skillset();
        byte[] pdf = fillable(skillset);
        // 12 items: all 1s is the lowest score, all 5s the highest; 2s give 24, the first "Developing".
        Map<String, String> expected = Map.of(
                "1,1,1,1,1,1,1,1,1,1,1,1", "12|Getting started",
                "2,2,2,2,2,2,2,2,2,2,2,1", "23|Getting started",
                "2,2,2,2,2,2,2,2,2,2,2,2", "24|Developing",
                "5,5,5,5,5,5,5,5,5,5,5,5", "60|" + skillset.scoring().bandOf(60).label(),
                "3,4,5", "12|Fill in all 12 to see what it means",
                "", "|");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            int[] values = e.getKey().isEmpty() ? new int[0]
                    : java.util.Arrays.stream(e.getKey().split(",")).mapToInt(Integer::parseInt).toArray();
            try (PDDocument doc = filled(pdf, answers(skillset, values))) {
                Map<String, String> shown = calculate(doc.getDocumentCatalog().getAcroForm());
                assertEquals(e.getValue(), shown.get(FillableScore.TOTAL) + "|" + shown.get(FillableScore.BAND), e.getKey());
            }
        }
    }

    @Test
    void radioExportValuesAreTheNumbersTheScriptsAdd() throws IOException {
        try (PDDocument doc = SheetPdfs.open(fillable(skillset()))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            for (Item item : skillset().scoredItems()) {
                PDRadioButton r = (PDRadioButton) form.getField(item.id());
                assertEquals(java.util.Set.of("1", "2", "3", "4", "5"), r.getOnValues(), item.id());
            }
        }
    }

    @Test
    void anInstrumentWithoutAScoreBoxGetsNoCalculatedFields() throws IOException {
        try (PDDocument doc = SheetPdfs.open(fillable(FillableRendererTest.pulse()))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertNull(form.getField(FillableScore.TOTAL));
            assertFalse(form.getCOSObject().containsKey(COSName.CO));
        }
    }

    @Test
    void writesALookAtAFilledForm() throws Exception {
        Instrument skillset = skillset();
        try (PDDocument doc = filled(fillable(skillset), answers(skillset, 4, 3, 5, 2, 4, 4, 3, 5, 1, 2, 4, 3))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            Map<String, String> shown = calculate(form);
            form.getField("respondent").setValue("Łucja Ψαρά-Жукова");
            form.getField(FillableScore.TOTAL).setValue(shown.get(FillableScore.TOTAL));
            form.getField(FillableScore.BAND).setValue(shown.get(FillableScore.BAND));
            Path look = Path.of("target", "look-fillable");
            Files.createDirectories(look);
            doc.save(look.resolve("skillset-filled.pdf").toFile());
            assertEquals("40", shown.get(FillableScore.TOTAL));
        }
    }
}
