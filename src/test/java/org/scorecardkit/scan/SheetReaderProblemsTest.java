package org.scorecardkit.scan;

import org.scorecardkit.model.SheetGeometry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages that are not a readable sheet are each a reported page with the reason, never an exception. */
class SheetReaderProblemsTest {
    private static final float DPI = 200f;
    private static final double S = DPI / 72;

    private final SheetGeometry skillset = Sheets.geometry("skillset");
    private final SheetReader reader = new SheetReader(List.of(skillset));

    private static BufferedImage scan() {
        return Sheets.raster(Sheets.blankPdf("skillset"), 0, DPI);
    }

    private PageProblem problem(BufferedImage image) {
        PageResult result = reader.read("returns.pdf", 4, image);
        PageProblem p = assertInstanceOf(PageProblem.class, result, result::toString);
        assertEquals("returns.pdf", p.file());
        assertEquals(4, p.pageNumber());
        return p;
    }

    /** Paints a white or black disc at a geometry point. */
    private void disc(BufferedImage image, double x, double y, double r, Color colour) {
        double[] c = Truth.raster(skillset, x, y, DPI);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fill(new Ellipse2D.Double(c[0] - r * S, c[1] - r * S, 2 * r * S, 2 * r * S));
        g.dispose();
    }

    private static BufferedImage white() {
        BufferedImage white = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1654, 2339);
        g.dispose();
        return white;
    }

    @Test
    void aBlankPageIsReportedAsHavingNoQrCode() {
        String reason = problem(white()).reason();
        assertTrue(reason.startsWith("no QR code found"), reason);
    }

    @Test
    void aCoveredQrCodeIsReported() {
        BufferedImage image = scan();
        SheetGeometry.Qr q = skillset.page(1).qr();
        disc(image, q.x(), q.y(), q.size() * 0.45, Color.WHITE);
        String reason = problem(image).reason();
        assertTrue(reason.contains("QR code"), reason);
    }

    @ParameterizedTest
    @CsvSource({"0, top-left", "1, top-right", "2, bottom-left", "3, bottom-right"})
    void aCoveredCornerMarkIsReportedByItsCorner(int index, String corner) {
        BufferedImage image = scan();
        SheetGeometry.Mark m = skillset.page(1).registration().get(index);
        disc(image, m.x(), m.y(), m.r() * 2, Color.WHITE);
        assertEquals("the " + corner + " corner mark is not found (covered, cut off or outside the picture)",
                problem(image).reason());
    }

    @Test
    void aMarkMovedFromItsPlaceFailsTheFit() {
        BufferedImage image = scan();
        SheetGeometry.Mark m = skillset.page(1).registration().get(1);
        disc(image, m.x(), m.y(), m.r() * 2, Color.WHITE);
        disc(image, m.x() - 6, m.y() - 6, m.r(), Color.BLACK);
        String reason = problem(image).reason();
        assertTrue(reason.startsWith("the corner marks do not fit the QR code"), reason);
    }

    @Test
    void aQrCodeOfSomethingElseIsNotAScorecardKitSheet() throws Exception {
        BufferedImage image = white();
        BitMatrix code = new QRCodeWriter().encode("https://example.org/menu", BarcodeFormat.QR_CODE, 300, 300);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                if (code.get(x, y)) {
                    g.fillRect(500 + x, 900 + y, 1, 1);
                }
            }
        }
        g.dispose();
        assertEquals("not a Scorecard Kit sheet (its QR code reads \"https://example.org/menu\")", problem(image).reason());
    }

    @Test
    void aSheetOfAnotherInstrumentIsReportedAsSuch() {
        BufferedImage nps = Sheets.raster(Sheets.blankPdf("nps"), 0, DPI);
        assertEquals("a sheet of nps version 1, not of skillset version 1", problem(nps).reason());
    }
}
