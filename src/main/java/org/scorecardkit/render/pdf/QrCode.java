package org.scorecardkit.render.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.Locale;
import java.util.Map;

/**
 * The QR code on every sheet page: its payload ({@code SCK1|instrument|version|page|serial}), encoded
 * with ZXing and drawn as filled vector rectangles, one per run of dark modules, so it stays crisp
 * at any size.
 */
public final class QrCode {
    /** The serial of the blank sheets the site offers. */
    public static final int BLANK = 0;
    /** Let the encoder choose the mask pattern. */
    public static final int ANY_MASK = -1;

    private QrCode() {
    }

    /** The payload of one page: instrument id, version, page number from 1 and a six-digit serial. */
    public static String payload(String instrument, String version, int page, int serial) {
        return String.format(Locale.ROOT, "SCK1|%s|%s|%d|%s", instrument, version, page, serial(serial));
    }

    /** A serial as the QR code carries it and the page prints it: six digits, 000007. */
    public static String serial(int serial) {
        return String.format(Locale.ROOT, "%06d", serial);
    }

    /** The line printed under the code, so a person can match a torn page by eye: "Sheet 000007 · page 1 of 3". */
    public static String label(int serial, int page, int pages) {
        return "Sheet " + serial(serial) + " · page " + page + " of " + pages;
    }

    /**
     * The encoded code. Choosing a mask means trying all eight and is most of the encoding time, so
     * a batch chooses once per page (on the blank payload, which differs only in the serial's digits)
     * and passes that mask for every participant.
     */
    static QRCode encode(String payload, int mask) {
        Map<EncodeHintType, Object> hints = mask == ANY_MASK
                ? Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")
                : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, mask);
        try {
            return Encoder.encode(payload, ErrorCorrectionLevel.M, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode \"" + payload + "\" as a QR code: " + e.getMessage(), e);
        }
    }

    /** The mask pattern the encoder finds best for a payload. */
    static int bestMask(String payload) {
        return encode(payload, ANY_MASK).getMaskPattern();
    }

    /** Draws the code for a payload filling the square the geometry gives (centre and side). */
    static void draw(PdfContentByte cb, String payload, int mask, Geometry.Qr qr) {
        ByteMatrix m = encode(payload, mask).getMatrix();
        int n = m.getWidth();
        float module = qr.size() / n;
        cb.saveState();
        // Drawing in module units (y down from the code's top) keeps every coordinate a small
        // integer: quick to write and exact.
        cb.concatCTM(module, 0f, 0f, -module, qr.x() - qr.size() / 2, qr.y() + qr.size() / 2);
        cb.setGrayFill(0f);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (m.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && m.get(col, row) == 1) {
                    col++;
                }
                cb.rectangle(start, row, col - start, 1);
            }
        }
        // One fill for the whole path, so abutting rows leave no seams when rasterised.
        cb.fill();
        cb.restoreState();
    }
}
