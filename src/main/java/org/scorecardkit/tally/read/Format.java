package org.scorecardkit.tally.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The formats a tally reads, and which one a file holds, decided by its first bytes, never its name. */
public enum Format {
    CSV, JSON, PDF;

    private static final int SNIFF = 4096;

    /** {@code %PDF} → PDF; first non-blank character (after a BOM) {@code {} or {@code [} → JSON; else CSV. */
    public static Format detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        return detect(head);
    }

    static Format detect(byte[] head) {
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return PDF;
        }
        int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length && (head[i] == '{' || head[i] == '[') ? JSON : CSV;
    }
}
