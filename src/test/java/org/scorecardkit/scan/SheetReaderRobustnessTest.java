package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.SheetGeometry;

/**
 * The reading side's defences: black-and-white (dithered, G4) scans, a 12-megapixel photo searched
 * for its code at a quarter of its pixels, a page cut off at an edge, and a page whose reading takes
 * too long, reported rather than waited for.
 */
class SheetReaderRobustnessTest {
    private final SheetGeometry skillset = Sheets.geometry("skillset");

    @Test
    void aDitheredBlackAndWhiteCopierScanOnGreyPaperIsIdentifiedAndRegistered() {
        BufferedImage page = Sheets.raster(Sheets.blankPdf("skillset"), 0, 150f);
        BufferedImage bw = Degrade.dither(Degrade.levels(page, 20, 225));
        Truth.assertRegistered(new SheetReader(List.of(skillset)).read("copier.pdf", 1, bw), skillset, 1, "000000",
                (x, y) -> Truth.raster(skillset, x, y, 150), 2.0);
    }

    @Test
    void aG4TiffOfADitheredScanIsReadThroughItsFile(@TempDir Path dir) throws Exception {
        BufferedImage page = Sheets.raster(Sheets.blankPdf("skillset"), 0, 200f);
        Path tiff = dir.resolve("fax.tif");
        Files.write(tiff, Degrade.g4Tiff(Degrade.dither(Degrade.levels(page, 10, 235))));
        List<PageResult> results = new ArrayList<>();
        new SheetReader(List.of(skillset)).readFile(tiff, (result, image) -> results.add(result));
        assertEquals(1, results.size());
        Truth.assertRegistered(results.get(0), skillset, 1, "000000", (x, y) -> Truth.raster(skillset, x, y, 200), 2.0);
    }

    @Test
    void aTwelveMegapixelPhotoIsIdentifiedAndRegisteredAtItsFullSize() {
        BufferedImage page = Sheets.raster(Sheets.blankPdf("skillset"), 0, 300f);
        Degrade.Picture photo = Degrade.photograph(page, -12, 0.08, 2700, 300, 12);
        BufferedImage image = Degrade.jpeg(Degrade.gradient(photo.image(), 1.0, 0.6), 80);
        assertTrue(Math.max(image.getWidth(), image.getHeight()) > SheetReader.DETECT_MAX,
                image.getWidth() + " × " + image.getHeight());
        Truth.assertRegistered(new SheetReader(List.of(skillset)).read("IMG_4000.jpg", 1, image), skillset, 1, "000000",
                (x, y) -> {
                    double[] p = Truth.raster(skillset, x, y, 300);
                    return photo.where(p[0], p[1]);
                }, 5.0);
    }

    @Test
    void aPageCutOffAtItsBottomEdgeIsReportedByTheMissingCornerMark() {
        BufferedImage page = Sheets.raster(Sheets.blankPdf("skillset"), 0, 200f);
        BufferedImage cropped = Degrade.copy(page.getSubimage(0, 0, page.getWidth(), (int) (page.getHeight() * 0.95)));
        PageProblem p = assertInstanceOf(PageProblem.class, new SheetReader(List.of(skillset)).read("scan.pdf", 2, cropped));
        assertTrue(p.reason().matches("the bottom-(left|right) corner mark is not found .*"), p.reason());
    }

    @Test
    void aPageWhoseReadingTakesLongerThanTheCapIsReportedAndTheNextPageIsStillRead(@TempDir Path dir)
            throws Exception {
        BufferedImage page = Sheets.raster(Sheets.blankPdf("skillset"), 0, 300f);
        SheetReader reader = new SheetReader(List.of(skillset)).capped(1);
        PageProblem slow = assertInstanceOf(PageProblem.class, reader.readCapped("big.pdf", 7, page));
        assertEquals(7, slow.pageNumber());
        assertTrue(slow.reason().startsWith("reading the page took longer than"), slow.reason());
        reader.capped(SheetReader.PAGE_MILLIS);
        assertInstanceOf(RegisteredPage.class, reader.readCapped("big.pdf", 8, page), "a fresh worker reads on");
    }
}
