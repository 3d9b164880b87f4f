package org.scorecardkit.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.SheetGeometry;

/**
 * The accuracy targets on seeded synthetic returns of the real sheets (skillset, the 7 Cs'
 * three pages, NPS): flatbed and copier scans at 150–300 dpi and phone photos, read by the sheet
 * reader and the mark reader, counted against what a careful person would key. The build runs sizes
 * that make the rates meaningful (2,000+ scanned items); bench/scan.sh runs them larger
 * ({@code -Dscan.accuracy.scale=N}) and prints the matrices.
 */
class MarkAccuracyTest {
    private static final int SCALE = Integer.getInteger("scan.accuracy.scale", 1);
    private static final float[] SCAN_DPI = {150f, 200f, 300f};
    private static final float[] PHOTO_DPI = {150f};

    @TempDir
    Path dir;

    @Test
    void scansAt150To300DpiAreAllIdentifiedAndAlmostNeverReadWrong() {
        Confusion c = new Confusion();
        run(c, "skillset", 125 * SCALE, Returns.Mix.workshop(), 1001, SCAN_DPI, MarkAccuracyTest::scanned);
        run(c, "seven-cs", 15 * SCALE, Returns.Mix.workshop(), 1002, SCAN_DPI, MarkAccuracyTest::scanned);
        run(c, "nps", 30 * SCALE, Returns.Mix.workshop(), 1003, SCAN_DPI, MarkAccuracyTest::scanned);
        System.out.print(c.report("scans 150-300 dpi"));
        assertTrue(c.items() >= 2000, "enough items to measure 0.05 %: " + c.items());
        assertEquals(List.of(), c.unidentified(), "every scanned page is identified");
        assertTrue(c.wrongShare() <= 0.0005, c.report("scans") + String.join("\n", c.wrongExamples()));
        assertTrue(c.reviewShare() <= 0.01, c.report("scans"));
        assertEquals(0, c.silentlyResolved(), c.report("scans"));
    }

    @Test
    void phonePhotosAreIdentifiedAndReadWithFewReviews() {
        Confusion c = new Confusion();
        run(c, "skillset", 30 * SCALE, Returns.Mix.workshop(), 2001, PHOTO_DPI, MarkAccuracyTest::photographed);
        run(c, "seven-cs", 6 * SCALE, Returns.Mix.workshop(), 2002, PHOTO_DPI, MarkAccuracyTest::photographed);
        run(c, "nps", 10 * SCALE, Returns.Mix.workshop(), 2003, PHOTO_DPI, MarkAccuracyTest::photographed);
        System.out.print(c.report("phone photos"));
        assertTrue(c.items() >= 500, "enough items: " + c.items());
        assertTrue(c.identifiedShare() >= 0.995, c.report("phones") + c.unidentified());
        assertTrue(c.wrongShare() <= 0.002, c.report("phones") + String.join("\n", c.wrongExamples()));
        assertTrue(c.reviewShare() <= 0.03, c.report("phones"));
        assertEquals(0, c.silentlyResolved(), c.report("phones"));
    }

    @Test
    void doubleMarksAndErasuresBesideANewMarkAreNeverResolvedSilently() {
        Confusion c = new Confusion();
        run(c, "skillset", 12 * SCALE, Returns.Mix.hard(), 3001, SCAN_DPI, MarkAccuracyTest::scanned);
        run(c, "skillset", 6 * SCALE, Returns.Mix.hard(), 3002, PHOTO_DPI, MarkAccuracyTest::photographed);
        run(c, "seven-cs", 3 * SCALE, Returns.Mix.hard(), 3003, SCAN_DPI, MarkAccuracyTest::scanned);
        System.out.print(c.report("double and erased"));
        assertTrue(c.items() >= 250, "enough hard items: " + c.items());
        assertEquals(0, c.silentlyResolved(), c.report("hard") + String.join("\n", c.wrongExamples()));
        assertEquals(0, c.count(Confusion.Outcome.WRONG), c.report("hard") + String.join("\n", c.wrongExamples()));
    }

    private void run(Confusion c, String instrument, int people, Returns.Mix mix, long seed, float[] dpis,
                     BiFunction<BufferedImage, Random, BufferedImage> degrade) {
        SheetGeometry g = Sheets.geometry(instrument);
        SheetReader reader = new SheetReader(List.of(g));
        MarkReader marks = MarkReader.of(Sheets.content().instrument(instrument));
        // A larger run is another draw, not the build's pages again.
        long draw = seed + (SCALE - 1) * 7919L;
        Random r = new Random(draw);
        Returns.pages(instrument, Returns.batch(instrument, people, dir), mix, draw, dpis, page -> {
            BufferedImage image = degrade.apply(page.image(), r);
            String where = instrument + " " + page.serial() + " p" + page.page() + " at " + page.dpi() + " dpi";
            PageResult result = reader.read("returns", page.page(), image);
            c.page(result instanceof RegisteredPage rp && rp.page() == page.page() && rp.serial().equals(page.serial()),
                    where + ": " + result);
            if (!(result instanceof RegisteredPage rp)) {
                return;
            }
            PageReading reading = marks.read(rp, image, g.page(page.page()));
            assertEquals(page.expected().size(), reading.items().size());
            for (int i = 0; i < page.expected().size(); i++) {
                assertEquals(page.expected().get(i).item(), reading.items().get(i).item(), "items in the sheet's order");
                c.item(page.expected().get(i), reading.items().get(i), where);
            }
        });
    }

    /** A flatbed or copier: a slight skew, its levels, noise, a little blur, then JPEG, PNG, dithering or G4 TIFF. */
    static BufferedImage scanned(BufferedImage clean, Random r) {
        BufferedImage image = clean;
        if (r.nextInt(3) > 0) {
            image = Degrade.skew(image, (r.nextDouble() - 0.5) * 3, (r.nextDouble() - 0.5) * 20, (r.nextDouble() - 0.5) * 20)
                    .image();
        }
        image = Degrade.levels(image, r.nextInt(40), 225 + r.nextInt(31));
        if (r.nextInt(5) == 0) {
            image = Degrade.blur(image, 3);
        }
        image = Degrade.noise(image, 1 + 4 * r.nextDouble(), r.nextLong());
        int kind = r.nextInt(10);
        if (kind < 6) {
            return Degrade.jpeg(image, 40 + r.nextInt(56));
        }
        if (kind < 8) {
            return Degrade.dither(image);
        }
        if (kind < 9) {
            return Degrade.ImageIoFiles.read(Degrade.g4Tiff(Degrade.dither(image)));
        }
        return image;
    }

    /**
     * A phone held over a desk: tilted up to 20°, in perspective, 1200–1500 px across the page (a
     * picture of at least 1200 × 1600), uneven light, a shadow, blur, noise and JPEG.
     */
    static BufferedImage photographed(BufferedImage clean, Random r) {
        double degrees = (r.nextDouble() * 2 - 1) * 20 + (r.nextInt(8) == 0 ? 90 * (1 + r.nextInt(3)) : 0);
        BufferedImage image = Degrade.photograph(clean, degrees, r.nextDouble() * 0.12, 1200 + r.nextInt(300),
                60 + r.nextInt(80), r.nextLong()).image();
        if (r.nextBoolean()) {
            image = Degrade.gradient(image, 1.0, 0.55 + 0.35 * r.nextDouble());
        }
        if (r.nextInt(3) == 0) {
            image = Degrade.shadow(image, 0.15 + 0.2 * r.nextDouble(), 0.6 + 0.3 * r.nextDouble(), r.nextLong());
        }
        int blur = 1 + 2 * r.nextInt(3);
        if (blur > 1) {
            image = Degrade.blur(image, blur);
        }
        image = Degrade.noise(image, 2 + 4 * r.nextDouble(), r.nextLong());
        return Degrade.jpeg(image, 60 + r.nextInt(31));
    }
}
