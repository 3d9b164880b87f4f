package org.scorecardkit.render.html.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the downloaded CSV: records end in CRLF, a field is either bare (no
 * {@code "}, comma, CR or LF) or wrapped in {@code "} with inner quotes doubled. Anything else is an error,
 * so a malformed download fails the test instead of being read leniently.
 */
final class Csv {
    private Csv() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        if (n == 0) {
            return records;
        }
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unclosed quoted field at " + i);
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(c);
                        i++;
                    }
                }
            } else {
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare field holds " + (c == '"' ? "a quote" : "a lone LF") + " at " + i);
                    }
                    field.append(c);
                    i++;
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                throw new IllegalArgumentException("the last record does not end in CRLF");
            }
            char c = text.charAt(i);
            if (c == ',') {
                i++;
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i += 2;
                records.add(record);
                record = new ArrayList<>();
                if (i >= n) {
                    return records;
                }
            } else {
                throw new IllegalArgumentException("expected a comma or CRLF at " + i + ", found " + (int) c);
            }
        }
    }
}
