package org.scorecardkit.tally.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells, from a file's first bytes (and a zip's list of entries), when it is no table of responses
 * at all: a folder, an archive, an image, an old or OpenDocument spreadsheet, any other binary
 * file. Produces the one line that says what the file appears to be, so that no such file is
 * ever read as CSV.
 */
final class NotResponses {
    private static final String NOT_A_TABLE = ", not a table of responses";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    private NotResponses() {
    }

    /** What the file appears to be when it holds no responses a reader can take, or null. */
    static String describe(Path path, byte[] head) throws IOException {
        if (Files.isDirectory(path)) {
            return "a folder, not a file";
        }
        if (starts(head, '%', 'P', 'D', 'F')) {
            // A PDF without form fields is a scan (ScanResponses); the PDF form reader tells the rest apart.
            return null;
        }
        if (zip(head)) {
            return zipContent(path);
        }
        if (starts(head, 0x1F, 0x8B)) {
            return "a gzip-compressed file" + NOT_A_TABLE + "; unpack it and tally what it holds";
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "an Excel 97–2003 .xls workbook; save it as .xlsx or CSV";
        }
        String image = image(head);
        if (image != null) {
            return "an image (" + image + ")" + NOT_A_TABLE;
        }
        if (binary(head)) {
            return "a binary file" + NOT_A_TABLE;
        }
        return null;
    }

    /** A zip archive: a local file header, or the end record of an empty archive. */
    static boolean zip(byte[] head) {
        return starts(head, 'P', 'K', 3, 4) || starts(head, 'P', 'K', 5, 6);
    }

    /** Null for an OOXML workbook, which the xlsx reader takes; else what the archive holds. */
    private static String zipContent(Path path) throws IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return null;
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                return "an Excel binary workbook (.xlsb); save it as .xlsx or CSV";
            }
            if (zip.getEntry("word/document.xml") != null) {
                return "a Word document" + NOT_A_TABLE;
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    if (type.equals(ODS)) {
                        return "an OpenDocument spreadsheet; save it as .xlsx or CSV";
                    }
                }
            }
            return "a zip archive, not an Excel workbook";
        } catch (java.util.zip.ZipException e) {
            return "a damaged zip archive, not an Excel workbook";
        }
    }

    private static String image(byte[] h) {
        if (starts(h, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (starts(h, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(h, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (starts(h, 'I', 'I', '*', 0) || starts(h, 'M', 'M', 0, '*')) {
            return "TIFF";
        }
        return null;
    }

    /**
     * A NUL byte where the bytes show no UTF-16 or UTF-32 (whose NULs are half their characters):
     * no spreadsheet writes one into a CSV or JSON file.
     */
    private static boolean binary(byte[] head) {
        if (Decoding.sniff(head).kind() == Decoding.Kind.UNICODE) {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(byte[] h, int... magic) {
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
