package org.scorecardkit.render.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorecardkit.render.SourceDate;

/**
 * Makes OpenPDF's output byte-identical for the same input. OpenPDF stamps the clock into the
 * document dates and draws the file id and font-subset prefixes at random; the dates are set from
 * {@link SourceDate} when the document opens, and {@link #finish} rewrites the id and prefixes with
 * values derived from the content. The replacements keep every byte offset, so the cross-reference
 * table stays valid. Documents must not use full compression, which would hide these names.
 */
public final class StablePdf {
    private static final Pattern SUBSET = Pattern.compile("/(BaseFont|FontName)\\s*/([A-Z]{6})\\+([A-Za-z0-9-]+)");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*\\]");

    private StablePdf() {
    }

    /** Call right after {@code document.open()}: fixes the creation and modification dates. */
    public static void dates(PdfWriter writer) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(SourceDate.instant().toEpochMilli());
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(when));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(when));
        writer.getInfo().put(PdfName.PRODUCER, new com.lowagie.text.pdf.PdfString("Scorecard Kit with OpenPDF"));
    }

    /** The finished PDF with its random parts replaced by content-derived ones (same length, in place). */
    public static byte[] finish(byte[] pdf) {
        // ISO-8859-1 maps bytes to chars one to one, so string offsets are byte offsets.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher subset = SUBSET.matcher(text);
        while (subset.find()) {
            String prefix = letters(digest(subset.group(3).getBytes(StandardCharsets.ISO_8859_1)), 6);
            put(pdf, subset.start(2), prefix);
        }
        Matcher id = ID.matcher(text);
        if (id.find()) {
            put(pdf, id.start(1), "0".repeat(32));
            put(pdf, id.start(2), "0".repeat(32));
            String hex = hex(digest(pdf), 16);
            put(pdf, id.start(1), hex);
            put(pdf, id.start(2), hex);
        }
        return pdf;
    }

    private static void put(byte[] pdf, int at, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(b, 0, pdf, at, b.length);
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String letters(byte[] hash, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + Math.floorMod(hash[i], 26)));
        }
        return s.toString();
    }

    private static String hex(byte[] hash, int bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            s.append(String.format("%02x", hash[i] & 0xff));
        }
        return s.toString();
    }
}
