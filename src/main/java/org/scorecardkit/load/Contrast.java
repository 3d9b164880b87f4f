package org.scorecardkit.load;

import java.util.Locale;

/**
 * WCAG 2 contrast between two colours written as "#rrggbb": the ratio, whether it reaches AA for text
 * (4.5:1), and a darker colour of the same hue and saturation that does, to suggest as a fix.
 */
public final class Contrast {
    /** WCAG AA's minimum contrast for body text. */
    public static final double AA_TEXT = 4.5;
    public static final String WHITE = "#ffffff";

    private Contrast() {
    }

    /** The contrast ratio of two colours, from 1 (the same) to 21 (black and white). */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The relative luminance of a colour, 0 (black) to 1 (white), as WCAG defines it. */
    static double luminance(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear((v >> 16) & 0xff) + 0.7152 * linear((v >> 8) & 0xff) + 0.0722 * linear(v & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * A ratio as a message writes it, one decimal, rounded down: a pair shown as "4.5:1" really reaches 4.5,
     * and one below it is never shown as reaching it.
     */
    public static String shown(double ratio) {
        return String.format(Locale.ROOT, "%.1f:1", Math.floor(ratio * 10 + 1e-9) / 10);
    }

    /**
     * The lightest colour of the same hue and saturation whose contrast with {@code against} (a light colour,
     * white here) reaches {@code min}; the colour itself when it already does.
     */
    public static String darkened(String hex, String against, double min) {
        if (ratio(hex, against) >= min) {
            return hex;
        }
        double[] hsl = hsl(hex);
        double low = 0;
        double high = hsl[2];
        for (int i = 0; i < 30; i++) {   // lightness to 1e-9: well past the 1/255 a hex digit can show
            double mid = (low + high) / 2;
            if (ratio(hex(hsl[0], hsl[1], mid), against) >= min) {
                low = mid;
            } else {
                high = mid;
            }
        }
        // Rounding to whole channels can lose a hair of contrast: step down until the written colour passes.
        for (double l = low; l > 0; l -= 0.002) {
            String candidate = hex(hsl[0], hsl[1], l);
            if (ratio(candidate, against) >= min) {
                return candidate;
            }
        }
        return "#000000";
    }

    /** Hue (0..1), saturation and lightness (0..1) of a colour. */
    static double[] hsl(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        double r = ((v >> 16) & 0xff) / 255.0;
        double g = ((v >> 8) & 0xff) / 255.0;
        double b = (v & 0xff) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double l = (max + min) / 2;
        double d = max - min;
        if (d == 0) {
            return new double[] {0, 0, l};
        }
        double s = d / (1 - Math.abs(2 * l - 1));
        double h = max == r ? ((g - b) / d + (g < b ? 6 : 0)) : max == g ? (b - r) / d + 2 : (r - g) / d + 4;
        return new double[] {h / 6, s, l};
    }

    /** The colour of a hue, saturation and lightness, as "#rrggbb". */
    static String hex(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h * 6) % 2 - 1));
        double m = l - c / 2;
        int sector = (int) Math.floor(h * 6) % 6;
        double[][] rgb = {{c, x, 0}, {x, c, 0}, {0, c, x}, {0, x, c}, {x, 0, c}, {c, 0, x}};
        double[] p = rgb[sector];
        return String.format(Locale.ROOT, "#%02x%02x%02x", channel(p[0] + m), channel(p[1] + m), channel(p[2] + m));
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
