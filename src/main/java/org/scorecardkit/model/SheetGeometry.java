package org.scorecardkit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a scanner needs to know of a printed sheet: the page size and, per page, the corner marks,
 * the QR code and every answer bubble, in PDF points from the bottom-left corner. The PDF renderer
 * fills it, the geometry JSON is its text form, and the scanner reads it back; the fingerprint tells
 * two layouts apart by exactly what reading relies on.
 *
 * @param paper the paper as the JSON names it ("a4", "letter")
 */
public record SheetGeometry(String instrument, String version, String paper, float width, float height,
                            List<Page> pages) {
    /** The format the geometry JSON declares; a reader refuses any other. */
    public static final String FORMAT = "scorecard-kit sheet geometry 2";

    public SheetGeometry {
        pages = List.copyOf(pages);
    }

    /**
     * One page.
     *
     * @param registration the four corner marks: top-left, top-right, bottom-left, bottom-right
     */
    public record Page(int number, List<Mark> registration, Qr qr, List<Bubble> bubbles) {
        public Page {
            registration = List.copyOf(registration);
            bubbles = List.copyOf(bubbles);
        }
    }

    /** A filled registration mark: its centre and half its size; a square of side 2r, or a disc of radius r. */
    public record Mark(float x, float y, float r, boolean square) {
        /** The mark's side or diameter. */
        public float size() {
            return 2 * r;
        }
    }

    /** Where the page's QR code is: centre and side of its dark-module area (the quiet zone is outside it). */
    public record Qr(float x, float y, float size) {
    }

    /**
     * One answer mark: a circle (r = radius) or, when {@code square}, a box (r = half side).
     *
     * @param value the answer it stands for, as responses record it ("3", "yes", "chat")
     */
    public record Bubble(String item, String value, float x, float y, float r, boolean square) {
    }

    /** The page with this number (from 1), or null. */
    public Page page(int number) {
        for (Page p : pages) {
            if (p.number() == number) {
                return p;
            }
        }
        return null;
    }

    /**
     * A stable hash of the layout: the first 16 hex digits of SHA-256 over the page size, every
     * mark, QR box and bubble, with coordinates as the JSON writes them. Titles and wording are
     * left out: rewording a sheet keeps its fingerprint, moving a bubble changes it.
     */
    public String fingerprint() {
        StringBuilder s = new StringBuilder(4096);
        s.append(number(width)).append('x').append(number(height)).append('\n');
        for (Page p : pages) {
            s.append("page ").append(p.number()).append('\n');
            for (Mark m : p.registration()) {
                s.append("mark ").append(m.square() ? "square " : "disc ")
                        .append(number(m.x())).append(' ').append(number(m.y())).append(' ').append(number(m.r())).append('\n');
            }
            s.append("qr ").append(number(p.qr().x())).append(' ').append(number(p.qr().y())).append(' ')
                    .append(number(p.qr().size())).append('\n');
            for (Bubble b : p.bubbles()) {
                // Item and value are length-prefixed so no choice of text can make two layouts alike.
                s.append("bubble ").append(b.item().length()).append(':').append(b.item()).append(' ')
                        .append(b.value().length()).append(':').append(b.value()).append(' ')
                        .append(b.square() ? "square " : "circle ")
                        .append(number(b.x())).append(' ').append(number(b.y())).append(' ').append(number(b.r())).append('\n');
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A coordinate with at most two decimals and no trailing zeros: 595.28, 24, 48.5. */
    public static String number(float value) {
        long cents = Math.round(value * 100.0);
        long abs = Math.abs(cents);
        String s = (cents < 0 ? "-" : "") + abs / 100;
        long frac = abs % 100;
        if (frac == 0) {
            return s;
        }
        return s + "." + (frac % 10 == 0 ? String.valueOf(frac / 10) : String.format("%02d", frac));
    }
}
