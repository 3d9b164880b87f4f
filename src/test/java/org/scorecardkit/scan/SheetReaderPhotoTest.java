package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phone photos of the real sheet: turned 10–20° either way, in perspective, on a desk, under uneven
 * light, blurred and saved as JPEG at quality 60, or turned a quarter or a half: identified, and every
 * bubble centre registered within 3 px of where the picture truly has it.
 */
class SheetReaderPhotoTest {
    private static final double PHOTO_TOLERANCE = 3.0;
    private static final float DPI = 150f;

    @ParameterizedTest(name = "{0}° turn, {1} narrowing, blur {2}, gradient {3}, JPEG {4}")
    @CsvSource({
        "10, 0.00, 1, false, 95",
        "-15, 0.06, 3, true, 60",
        "20, 0.10, 3, true, 60",
        "-20, 0.08, 5, true, 60",
        "12, 0.12, 1, true, 60",
        "90, 0.05, 3, true, 60",
        "180, 0.07, 3, true, 60",
        "-90, 0.04, 3, false, 60",
        "195, 0.06, 3, true, 60",
    })
    void aPhotographedSheetIsIdentifiedAndRegisteredWithinThreePixels(double degrees, double narrow, int blur,
                                                                       boolean gradient, int quality) {
        for (String instrument : List.of("skillset", "seven-cs")) {
            SheetGeometry g = Sheets.geometry(instrument);
            BufferedImage page = Sheets.raster(Sheets.blankPdf(instrument), 0, DPI);
            // 1300 px across the page, as a phone photo of 1500 × 2000 with the desk around it.
            Degrade.Picture photo = Degrade.photograph(page, degrees, narrow, 1300, 60, (long) degrees);
            BufferedImage image = photo.image();
            if (gradient) {
                image = Degrade.gradient(image, 1.0, 0.55);
            }
            if (blur > 1) {
                image = Degrade.blur(image, blur);
            }
            image = Degrade.jpeg(image, quality);
            PageResult result = new SheetReader(List.of(g)).read("IMG_0001.jpg", 1, image);
            Truth.assertRegistered(result, g, 1, "000000", (x, y) -> {
                double[] p = Truth.raster(g, x, y, DPI);
                return photo.where(p[0], p[1]);
            }, PHOTO_TOLERANCE);
        }
    }
}
