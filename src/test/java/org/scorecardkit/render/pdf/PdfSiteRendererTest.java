package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.model.SitePaths;

/** The PDF part of the build: every file the site links, geometry beside each sheet, the same bytes every time. */
class PdfSiteRendererTest {
    @TempDir
    Path tmp;

    @Test
    void writesEveryPdfTheSiteLinksAndAGeometryFileBesideEachSheet() throws Exception {
        SiteContent content = SheetPdfs.content(SheetPdfs.STANDARD);
        Path out = tmp.resolve("site");

        List<String> written = new PdfSiteRenderer().render(content, out);

        List<String> expected = new ArrayList<>();
        for (Instrument i : content.instruments()) {
            for (SitePaths.Download d : SitePaths.pdfs(i)) {
                expected.add(d.path());
                if (d.path().endsWith(i.id() + "-a4.pdf") || d.path().endsWith(i.id() + "-letter.pdf")) {
                    expected.add(SitePaths.geometry(d.path()));
                }
            }
        }
        assertEquals(expected, written);
        assertEquals(expected.stream().sorted().toList(), TestFiles.files(out).keySet().stream().toList());
        for (String path : written) {
            byte[] bytes = Files.readAllBytes(out.resolve(path));
            if (path.endsWith(".pdf")) {
                assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1), path);
                try (PDDocument doc = SheetPdfs.open(bytes)) {
                    assertTrue(doc.getNumberOfPages() >= 1, path);
                }
            }
        }
        JsonNode geometry = new ObjectMapper().readTree(out.resolve("seven-cs/seven-cs-letter.geometry.json").toFile());
        assertEquals("letter", geometry.get("paper").asText());
        try (PDDocument sheet = SheetPdfs.open(Files.readAllBytes(out.resolve("seven-cs/seven-cs-letter.pdf")))) {
            assertEquals(sheet.getNumberOfPages(), geometry.get("pages").size());
        }
        try (PDDocument fillable = SheetPdfs.open(Files.readAllBytes(out.resolve("nps/nps-fillable.pdf")))) {
            assertEquals("recommend", fillable.getDocumentCatalog().getAcroForm().getField("recommend").getFullyQualifiedName());
        }
    }

    @Test
    void twoRendersOfTheSameContentAreByteIdentical() throws Exception {
        SiteContent content = SheetPdfs.content(SheetPdfs.BASIC);
        new PdfSiteRenderer().render(content, tmp.resolve("a"));
        new PdfSiteRenderer().render(content, tmp.resolve("b"));
        Map<String, byte[]> a = TestFiles.files(tmp.resolve("a"));
        Map<String, byte[]> b = TestFiles.files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
    }

    @Test
    void theStandardContentHasNothingTheFontsCannotPrint() throws Exception {
        assertEquals(List.of(), new PdfSiteRenderer().check(SheetPdfs.content(SheetPdfs.STANDARD), SheetPdfs.STANDARD));
    }
}
