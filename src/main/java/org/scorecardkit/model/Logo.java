package org.scorecardkit.model;

import java.util.Arrays;

/**
 * The organisation's logo as read from the content folder.
 *
 * @param file the path written in {@code site.yaml}, relative to the content folder, with forward slashes
 * @param svg true for an SVG drawing, false for a PNG image
 */
public record Logo(String file, boolean svg, byte[] bytes) {
    public Logo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file name the built site publishes it under, e.g. "assets/logo.svg". */
    public String sitePath() {
        return svg ? "assets/logo.svg" : "assets/logo.png";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo l && l.file.equals(file) && l.svg == svg && Arrays.equals(l.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + file + ", " + bytes.length + " bytes]";
    }
}
