package org.scorecardkit.scan;

import java.nio.charset.StandardCharsets;

/** Names what a file is from its first bytes, so a wrong file is reported as what it appears to be. */
public final class FileKind {
    static final String PDF = "PDF";
    static final String TIFF = "TIFF";
    static final String PNG = "PNG";
    static final String JPEG = "JPEG";

    private FileKind() {
    }

    /** PDF, TIFF, PNG, JPEG, or a phrase such as "a ZIP archive (.zip, .docx, .xlsx)" for anything else. */
    static String of(byte[] head) {
        if (starts(head, "%PDF-")) {
            return PDF;
        }
        if (starts(head, "II*\0") || starts(head, "MM\0*")) {
            return TIFF;
        }
        if (starts(head, "\u0089PNG\r\n")) {
            return PNG;
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return JPEG;
        }
        return other(head);
    }

    /** Whether the bytes begin a page image the scanner reads: PNG, JPEG or TIFF. */
    public static boolean image(byte[] head) {
        String kind = of(head);
        return kind.equals(PNG) || kind.equals(JPEG) || kind.equals(TIFF);
    }

    /** Whether the bytes begin a PDF. */
    public static boolean pdf(byte[] head) {
        return starts(head, "%PDF-");
    }

    private static String other(byte[] head) {
        if (head.length == 0) {
            return "an empty file";
        }
        if (starts(head, "PK\u0003\u0004")) {
            return "a ZIP archive (.zip, .docx, .xlsx)";
        }
        if (starts(head, "GIF8")) {
            return "a GIF image";
        }
        if (starts(head, "RIFF") && head.length >= 12 && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "a WebP image";
        }
        if (head.length >= 12 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            return "a HEIC/HEIF photo or a video; export the photo as JPEG";
        }
        return text(head) ? "a text file" : "binary data of an unknown kind";
    }

    private static boolean text(byte[] head) {
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x09 || (c > 0x0d && c < 0x20)) {
                return false;
            }
        }
        return true;
    }

    private static boolean starts(byte[] head, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (head.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (head[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
