package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Paper;
import org.scorecardkit.render.SourceDate;

/** Byte-identical PDFs: the in-memory and the file-based finish agree, and the dates come from SOURCE_DATE_EPOCH. */
class StablePdfTest {
    @TempDir
    Path tmp;

    /** A raw OpenPDF document of several pages in both embedded fonts, not yet finished. */
    private static byte[] raw(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(300, 300));
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        StablePdf.dates(writer);
        for (int p = 0; p < pages; p++) {
            if (p > 0) {
                doc.newPage();
            }
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(PdfText.font(p % 2 == 0), 12);
            cb.setTextMatrix(20, 200);
            cb.showText("Page " + p + " · Zoë Łódź Ελλάδα Москва");
            cb.endText();
        }
        doc.close();
        return out.toByteArray();
    }

    @Test
    void finishingAFileInChunksGivesTheSameBytesAsFinishingInMemory() throws Exception {
        byte[] raw = raw(40);
        byte[] expected = StablePdf.finish(raw.clone());
        assertFalse(java.util.Arrays.equals(raw, expected), "finishing replaces the random id and prefixes");
        for (int chunk : List.of(1 << 20, 4096, 1500, 977)) {
            Path file = tmp.resolve("doc-" + chunk + ".pdf");
            Files.write(file, raw);
            StablePdf.finish(file, chunk);
            assertArrayEquals(expected, Files.readAllBytes(file), "chunk " + chunk);
        }
    }

    @Test
    void twoRunsOfTheSameBatchGiveTheSameBytes() throws Exception {
        Geometry.Sheet sheet = SheetLayout.layout(SheetRendererTest.standard("nps"), Paper.A4);
        List<Participants.Participant> people = List.of(new Participants.Participant("Anna", "A"),
                new Participants.Participant("Ben", "B"));
        SheetRenderer.batch(sheet, people, tmp.resolve("a.pdf"));
        SheetRenderer.batch(sheet, people, tmp.resolve("b.pdf"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.pdf")), Files.readAllBytes(tmp.resolve("b.pdf")));
    }

    @Test
    void theCreationDateIsTheDefaultSourceDateWhenSourceDateEpochIsUnset() throws Exception {
        assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null, "SOURCE_DATE_EPOCH is set in this environment");
        byte[] pdf = SheetRenderer.blank(SheetLayout.layout(SheetRendererTest.standard("skillset"), Paper.LETTER));
        try (PDDocument doc = SheetPdfs.open(pdf)) {
            assertEquals(SourceDate.DEFAULT, doc.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(SourceDate.DEFAULT, doc.getDocumentInformation().getModificationDate().toInstant());
            assertEquals("Customer Care Skillset for Pros", doc.getDocumentInformation().getTitle());
        }
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(text.matches("(?s).*/ID\\s*\\[\\s*<([0-9a-f]{32})>\\s*<(?!\\1)[0-9a-f]{32}>.*"), "both ids are the digest");
    }
}
