package org.scorecardkit.render.html;

import java.util.regex.Pattern;
import org.scorecardkit.model.Brand;

/**
 * The organisation's colours as the CSS custom properties every page sets on its root element
 * ({@code --primary}, {@code --accent}), which the stylesheets use for the header, buttons, links and highlights.
 */
public final class BrandStyle {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private BrandStyle() {
    }

    /** The declarations, e.g. "--primary:#0b5cad;--accent:#b44d12"; a colour not in #rrggbb keeps the neutral one. */
    public static String of(Brand brand) {
        return "--primary:" + colour(brand.primary(), Brand.DEFAULT_PRIMARY)
                + ";--accent:" + colour(brand.accent(), Brand.DEFAULT_ACCENT);
    }

    // The loader checks the colours; this only keeps anything else out of a style attribute.
    private static String colour(String value, String fallback) {
        return value != null && HEX.matcher(value).matches() ? value.toLowerCase(java.util.Locale.ROOT) : fallback;
    }
}
