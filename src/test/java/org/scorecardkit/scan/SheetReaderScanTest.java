package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorecardkit.render.pdf.Participants.Participant;
import org.scorecardkit.render.pdf.SheetRenderer;

/** Flatbed and copier scans of the real sheets at 150, 200 and 300 dpi: identified and registered within 1.5 px. */
class SheetReaderScanTest {
    private static final double SCAN_TOLERANCE = 1.5;

    @ParameterizedTest
    @ValueSource(floats = {150f, 200f, 300f})
    void everyPageOfAPrintedBatchIsIdentifiedAndEveryBubbleMapsWithinOnePointFivePixels(float dpi, @TempDir Path dir)
            throws Exception {
        SheetGeometry g = Sheets.geometry("seven-cs");
        Path pdf = dir.resolve("batch.pdf");
        SheetRenderer.batch(Sheets.layout("seven-cs"), List.of(new Participant("Ada Lovelace", "A"),
                new Participant("Alan Turing", "B")), pdf);
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        SheetReader reader = new SheetReader(List.of(g));
        int pages = g.pages().size();
        for (int i = 0; i < 2 * pages; i++) {
            BufferedImage scan = Sheets.raster(bytes, i, dpi);
            PageResult result = reader.read("batch.pdf", i + 1, scan);
            int sheetPage = i % pages + 1;
            String serial = String.format("%06d", i / pages + 1);
            Truth.assertRegistered(result, g, sheetPage, serial, (x, y) -> Truth.raster(g, x, y, dpi), SCAN_TOLERANCE);
            assertEquals(i + 1, result.pageNumber());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aScanFedSidewaysOrUpsideDownIsRegisteredAsWell(int quarters) {
        SheetGeometry g = Sheets.geometry("skillset");
        BufferedImage scan = Sheets.raster(Sheets.blankPdf("skillset"), 0, 200);
        Degrade.Picture turned = Degrade.turn(scan, quarters);
        PageResult result = new SheetReader(List.of(g)).read("turned.png", 1, turned.image());
        Truth.assertRegistered(result, g, 1, "000000", (x, y) -> {
            double[] p = Truth.raster(g, x, y, 200);
            return turned.where(p[0], p[1]);
        }, SCAN_TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"skillset", "nps"})
    void aReaderOfSeveralInstrumentsTellsThemApart(String instrument) {
        SheetReader reader = new SheetReader(List.of(Sheets.geometry("skillset"), Sheets.geometry("nps")));
        SheetGeometry g = Sheets.geometry(instrument);
        PageResult result = reader.read("mixed.pdf", 1, Sheets.raster(Sheets.blankPdf(instrument), 0, 150));
        Truth.assertRegistered(result, g, 1, "000000", (x, y) -> Truth.raster(g, x, y, 150), SCAN_TOLERANCE);
    }

    @org.junit.jupiter.api.Test
    void aTwoHundredDpiBatchOfFiftyPagesIsReadFastEnough(@TempDir Path dir) throws Exception {
        SheetGeometry g = Sheets.geometry("skillset");
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(new Participant("Participant " + i, ""));
        }
        Path pdf = dir.resolve("fifty.pdf");
        SheetRenderer.batch(Sheets.layout("skillset"), people, pdf);
        SheetReader reader = new SheetReader(List.of(g));
        reader.readFile(pdf, (r, image) -> { });
        List<PageResult> results = new ArrayList<>();
        long start = System.nanoTime();
        reader.readFile(pdf, (r, image) -> results.add(r));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(50, results.size());
        for (int i = 0; i < 50; i++) {
            RegisteredPage r = org.junit.jupiter.api.Assertions.assertInstanceOf(RegisteredPage.class, results.get(i),
                    results.get(i)::toString);
            assertEquals(String.format("%06d", i + 1), r.serial());
        }
        System.out.printf(java.util.Locale.ROOT, "scan speed: 50 pages rendered at 200 dpi and registered in %.2f s = %.0f pages per minute%n",
                seconds, 50 * 60 / seconds);
    }
}
