package org.scorecardkit.render.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.Map;
import java.util.TreeMap;
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
 * Big batch files are finished in place with {@link #finish(Path)}, which streams the file instead.
 */
public final class StablePdf {
    private static final Pattern SUBSET = Pattern.compile("/(BaseFont|FontName)\\s*/([A-Z]{6})\\+([A-Za-z0-9-]+)");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*\\]");
    private static final int CHUNK = 1 << 20;
    /** Longer than any match, so a match cut by a chunk's end is found whole in the next chunk's read. */
    private static final int OVERLAP = 1024;

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

    /**
     * The same as {@link #finish(byte[])} for a PDF file, in place, reading it in chunks so that a
     * file of any size needs the same memory: the same bytes as finishing it in memory.
     */
    public static void finish(Path file) throws IOException {
        finish(file, CHUNK);
    }

    /** {@link #finish(Path)} reading {@code chunk} bytes at a time (small in tests, to cross chunk ends). */
    static void finish(Path file, int chunk) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            Map<Long, String> patches = new TreeMap<>();
            long[] id = {-1, -1};
            ByteBuffer buf = ByteBuffer.allocate(chunk + OVERLAP);
            long size = ch.size();
            for (long pos = 0; pos < size; pos += chunk) {
                int n = read(ch, buf, pos);
                String text = new String(buf.array(), 0, n, StandardCharsets.ISO_8859_1);
                long limit = pos + chunk;
                Matcher subset = SUBSET.matcher(text);
                while (subset.find() && pos + subset.start() < limit) {
                    patches.put(pos + subset.start(2), letters(digest(subset.group(3).getBytes(StandardCharsets.ISO_8859_1)), 6));
                }
                Matcher m = ID.matcher(text);
                if (id[0] < 0 && m.find() && pos + m.start() < limit) {
                    id[0] = pos + m.start(1);
                    id[1] = pos + m.start(2);
                }
            }
            for (Map.Entry<Long, String> p : patches.entrySet()) {
                write(ch, p.getKey(), p.getValue());
            }
            if (id[0] >= 0) {
                write(ch, id[0], "0".repeat(32));
                write(ch, id[1], "0".repeat(32));
                String hex = hex(digest(ch, buf), 16);
                write(ch, id[0], hex);
                write(ch, id[1], hex);
            }
        }
    }

    private static int read(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        buf.clear();
        int n = 0;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, pos + n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    private static void write(FileChannel ch, long at, String ascii) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(ascii.getBytes(StandardCharsets.ISO_8859_1));
        while (b.hasRemaining()) {
            ch.write(b, at + b.position());
        }
    }

    private static byte[] digest(FileChannel ch, ByteBuffer buf) throws IOException {
        MessageDigest sha = sha256();
        long size = ch.size();
        for (long pos = 0; pos < size; ) {
            int n = read(ch, buf, pos);
            sha.update(buf.array(), 0, n);
            pos += n;
        }
        return sha.digest();
    }

    private static void put(byte[] pdf, int at, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(b, 0, pdf, at, b.length);
    }

    private static byte[] digest(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
