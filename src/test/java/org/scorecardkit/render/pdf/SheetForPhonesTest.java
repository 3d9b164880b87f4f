package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.render.pdf.SheetPdfs.DARK;
import static org.scorecardkit.render.pdf.SheetPdfs.SCALE;
import static org.scorecardkit.render.pdf.SheetPdfs.content;
import static org.scorecardkit.render.pdf.SheetPdfs.gray;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;

/**
 * Sheets made for phone photos: solid 5–6 mm corner marks and a 22–25 mm QR code exactly where the
 * geometry says, clear of all text, the QR readable from a whole page at phone resolution, and the
 * serial printed in words under it.
 */
class SheetForPhonesTest {
    private static final float MM = 72f / 25.4f;

    private static List<Geometry.Sheet> sheets() {
        Instrument skillset = content(SheetPdfs.STANDARD).instrument("skillset");
        Instrument sevenCs = content(SheetPdfs.STANDARD).instrument("seven-cs");
        return List.of(SheetLayout.layout(skillset, Paper.A4), SheetLayout.layout(skillset, Paper.LETTER),
                SheetLayout.layout(sevenCs, Paper.A4), SheetLayout.layout(sevenCs, Paper.LETTER));
    }

    @Test
    void theMarksAreSolidSquaresDarkToTheirCornersAndWhiteJustOutside() throws Exception {
        for (Geometry.Sheet sheet : sheets()) {
            try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                for (Geometry.Page page : sheet.pages()) {
                    BufferedImage img = SheetPdfs.raster(doc, page.number() - 1);
                    for (Geometry.Mark m : page.registration()) {
                        String where = sheet.instrument() + " " + sheet.paperName() + " page " + page.number() + " " + m;
                        assertTrue(m.r() * 2 >= 5 * MM && m.r() * 2 <= 6 * MM, "5–6 mm across: " + where);
                        for (float fx : new float[] {-0.8f, 0f, 0.8f}) {
                            for (float fy : new float[] {-0.8f, 0f, 0.8f}) {
                                assertTrue(pixel(img, sheet, m.x() + fx * m.r(), m.y() + fy * m.r()) < DARK,
                                        "dark at " + fx + "," + fy + " of " + where);
                            }
                        }
                        float out = m.r() + 2f;
                        for (float[] d : new float[][] {{out, 0}, {-out, 0}, {0, out}, {0, -out}, {out, out}, {-out, -out}}) {
                            assertTrue(pixel(img, sheet, m.x() + d[0], m.y() + d[1]) > 230,
                                    "white 2 pt outside " + where + " towards " + d[0] + "," + d[1]);
                        }
                    }
                }
            }
        }
    }

    private static int pixel(BufferedImage img, Geometry.Sheet sheet, float x, float y) {
        return gray(img, (int) Math.floor(x * SCALE), (int) Math.floor((sheet.height() - y) * SCALE));
    }

    @Test
    void noTextComesNearAMarkOrIntoTheQrCodesQuietZone() throws Exception {
        for (Geometry.Sheet sheet : sheets()) {
            try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                for (SheetPdfs.Glyph g : SheetPdfs.glyphs(doc)) {
                    Geometry.Page page = sheet.pages().get(g.page() - 1);
                    Geometry.Qr qr = page.qr();
                    float half = qr.size() / 2 + SheetLayout.QR_QUIET;
                    String where = sheet.instrument() + " " + sheet.paperName() + " page " + g.page() + " \"" + g.text() + "\"";
                    assertTrue(qr.size() >= 22 * MM && qr.size() <= 25 * MM, "22–25 mm QR code");
                    // The glyph's box: from the baseline up to cap height, down to the descenders.
                    boolean acrossX = g.right() > qr.x() - half && g.left() < qr.x() + half;
                    boolean acrossY = g.baseline() - 2 < qr.y() + half && g.baseline() + 7 > qr.y() - half;
                    boolean serialLine = g.baseline() < qr.y() - qr.size() / 2 - 7;
                    assertTrue(!(acrossX && acrossY) || serialLine, where + " at " + g.left() + "," + g.baseline() + " is in the QR's quiet zone");
                    for (Geometry.Mark m : page.registration()) {
                        assertTrue(g.right() < m.x() - m.r() - 10 || g.left() > m.x() + m.r() + 10
                                || g.baseline() > m.y() + m.r() + 10 || g.baseline() + 7 < m.y() - m.r() - 10,
                                where + " is within 10 pt of the mark " + m);
                    }
                }
            }
        }
    }

    @Test
    void theQrCodeDecodesFromTheWholePageAtPhoneResolutionWithoutUpscaling() throws Exception {
        for (Geometry.Sheet sheet : sheets()) {
            try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                for (Geometry.Page page : sheet.pages()) {
                    // About 1300 px tall, as a phone photo of the page cropped to the paper.
                    float dpi = 1300f / sheet.height() * 72f;
                    BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page.number() - 1, dpi, ImageType.GRAY);
                    assertEquals(1300, img.getHeight(), 1);
                    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img)));
                    String text = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
                    assertEquals(QrCode.payload(sheet.instrument(), sheet.version(), page.number(), QrCode.BLANK), text,
                            sheet.instrument() + " " + sheet.paperName() + " page " + page.number());
                }
            }
        }
    }

    @Test
    void everyPageShowsItsSerialInWordsUnderTheQrCode() throws Exception {
        for (Geometry.Sheet sheet : sheets()) {
            try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                int n = sheet.pages().size();
                for (Geometry.Page page : sheet.pages()) {
                    String label = "Sheet 000000 · page " + page.number() + " of " + n;
                    String text = SheetPdfs.text(doc, page.number(), page.number());
                    assertTrue(text.contains(label), label + " in " + text);
                    Geometry.Qr qr = page.qr();
                    List<SheetPdfs.Glyph> line = SheetPdfs.glyphs(doc).stream()
                            .filter(g -> g.page() == page.number() && g.baseline() < qr.y() - qr.size() / 2
                                    && g.baseline() > qr.y() - qr.size() / 2 - 12 && g.left() > qr.x() - 1.5f * qr.size()).toList();
                    assertEquals(label.replace(" ", ""), String.join("", line.stream().map(SheetPdfs.Glyph::text).toList()).replace(" ", ""),
                            "the serial line sits just under the QR code");
                }
            }
        }
    }
}
