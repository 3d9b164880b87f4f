package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files a facilitator has, page by page: a copier's PDF of JPEG or CCITT G4 pages (pulled out, not
 * rendered), a vector PDF (rendered at 200 dpi), a multi-page G4 TIFF, PNG and JPEG; anything else is
 * one problem naming the file and what it appears to be.
 */
class PageImagesTest {
    @TempDir
    Path dir;

    private final SheetGeometry sevenCs = Sheets.geometry("seven-cs");

    /** Each page of the seven Cs' blank sheet, scanned at 200 dpi. */
    private List<BufferedImage> scans(int count) {
        List<BufferedImage> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Sheets.raster(Sheets.blankPdf("seven-cs"), i, 200));
        }
        return out;
    }

    private static BufferedImage bilevel(BufferedImage grey) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = out.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return out;
    }

    /** A copier's PDF: one full-page image per A4 page. */
    private Path copierPdf(String name, List<BufferedImage> pages, boolean g4) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = g4 ? CCITTFactory.createFromImage(doc, bilevel(image))
                        : JPEGFactory.createFromImage(doc, image, 0.8f);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private record Seen(int number, int width, String how) {
    }

    private static List<Seen> pages(Path file) throws PageImages.NotPages {
        List<Seen> seen = new ArrayList<>();
        PageImages.read(file, new PageImages.Pages() {
            @Override
            public void page(int number, BufferedImage grey, String how) {
                assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType());
                seen.add(new Seen(number, grey.getWidth(), how));
            }

            @Override
            public void unreadable(int number, String reason) {
                throw new AssertionError("page " + number + ": " + reason);
            }
        });
        return seen;
    }

    /** Reads a file through the sheet reader and checks every page is the seven Cs' page in order. */
    private void assertSevenCsPages(Path file, int count) {
        List<PageResult> results = new ArrayList<>();
        new SheetReader(List.of(sevenCs)).readFile(file, (r, image) -> results.add(r));
        assertEquals(count, results.size());
        for (int i = 0; i < count; i++) {
            int page = i + 1;
            Truth.assertRegistered(results.get(i), sevenCs, page, "000000", (x, y) -> Truth.raster(sevenCs, x, y, 200), 1.5);
            assertEquals(file.getFileName().toString(), results.get(i).file());
            assertEquals(page, results.get(i).pageNumber());
        }
    }

    @Test
    void aCopiersJpegPdfHasItsPageImagesPulledOutNotRendered() throws Exception {
        Path pdf = copierPdf("copier.pdf", scans(2), false);
        assertEquals(List.of(new Seen(1, 1653, "embedded jpg image"), new Seen(2, 1653, "embedded jpg image")), pages(pdf));
        assertSevenCsPages(pdf, 2);
    }

    @Test
    void aCcittG4PdfIsPulledOutAndRegistered() throws Exception {
        Path pdf = copierPdf("g4.pdf", scans(2), true);
        assertEquals(List.of(new Seen(1, 1653, "embedded tiff image"), new Seen(2, 1653, "embedded tiff image")), pages(pdf));
        assertSevenCsPages(pdf, 2);
    }

    @Test
    void aVectorPdfIsRenderedAtTwoHundredDpi() throws Exception {
        Path pdf = dir.resolve("sheet.pdf");
        Files.write(pdf, Sheets.blankPdf("seven-cs"));
        List<Seen> seen = pages(pdf);
        assertEquals(sevenCs.pages().size(), seen.size());
        assertEquals(new Seen(1, 1653, "rendered at 200 dpi"), seen.get(0));
        assertSevenCsPages(pdf, sevenCs.pages().size());
    }

    @Test
    void aMultiPageG4TiffIsReadPageByPage() throws Exception {
        Path tiff = dir.resolve("scans.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : scans(2)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("CCITT T.6");
                writer.writeToSequence(new IIOImage(bilevel(page), null, null), param);
            }
            writer.endWriteSequence();
        }
        writer.dispose();
        // The seven Cs take two pages.
        assertEquals(List.of(new Seen(1, 1653, "TIFF image"), new Seen(2, 1653, "TIFF image")), pages(tiff));
        assertSevenCsPages(tiff, 2);
    }

    @Test
    void pngAndJpegPhotosAreOnePageEach() throws Exception {
        BufferedImage scan = scans(1).get(0);
        Path png = dir.resolve("page.png");
        ImageIO.write(scan, "png", png.toFile());
        Path jpeg = dir.resolve("IMG_0001.JPG");
        Files.write(jpeg, Degrade.jpegBytes(scan, 85));
        assertEquals(List.of(new Seen(1, 1653, "PNG image")), pages(png));
        assertEquals(List.of(new Seen(1, 1653, "JPEG image")), pages(jpeg));
        assertSevenCsPages(png, 1);
        assertSevenCsPages(jpeg, 1);
    }

    @Test
    void anotherKindOfFileIsOneProblemNamingTheFileAndWhatItAppearsToBe() throws Exception {
        Path text = dir.resolve("notes.pdf");
        Files.writeString(text, "respondent,q1\nAda,3\n", StandardCharsets.UTF_8);
        Path zip = dir.resolve("returns.docx");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7\nnot really\n", StandardCharsets.US_ASCII);
        assertEquals("notes.pdf: not a PDF, TIFF, PNG or JPEG file (it looks like a text file); scan or photograph the sheets"
                + " into one of those", onlyProblem(text).toString());
        assertTrue(onlyProblem(zip).reason().contains("it looks like a ZIP archive"), onlyProblem(zip).reason());
        assertTrue(onlyProblem(broken).reason().startsWith("cannot read it as PDF ("), onlyProblem(broken).reason());
    }

    private PageProblem onlyProblem(Path file) {
        List<PageResult> results = new ArrayList<>();
        new SheetReader(List.of(sevenCs)).readFile(file, (r, image) -> {
            assertEquals(null, image);
            results.add(r);
        });
        assertEquals(1, results.size());
        PageProblem p = assertInstanceOf(PageProblem.class, results.get(0));
        assertEquals(0, p.pageNumber());
        return p;
    }
}
