package org.scorecardkit.tally.report;

import java.util.Base64;
import org.scorecardkit.model.Brand;
import org.scorecardkit.model.Logo;

/**
 * The report's look from the site's brand: the logo at the top and the colour of headings and of the bars of
 * one amount (scores, coverage, profile). Charts whose colours carry meaning (promoters and detractors,
 * agree and disagree, the heat map's shades) keep their own, so they read the same in every organisation's report.
 *
 * @param logo the logo, or null
 * @param colour the bars' colour as "#rrggbb": the brand's primary, or the report's own blue without a brand
 * @param branded whether the site sets a colour of its own: then headings take it too
 */
public record ReportLook(Logo logo, String colour, boolean branded) {
    /** The report's blue when the site sets no colour: lighter than the site's default, for large filled areas. */
    public static final String OWN_COLOUR = "#2f6f9f";
    public static final ReportLook NEUTRAL = new ReportLook(null, OWN_COLOUR, false);

    public static ReportLook of(Brand brand) {
        boolean branded = !brand.primary().equals(Brand.DEFAULT_PRIMARY);
        return new ReportLook(brand.logo(), branded ? brand.primary() : OWN_COLOUR, branded);
    }

    /** The headings' colour: the brand's, else the text's own. */
    public String heading() {
        return branded ? colour : "#1b1f24";
    }

    /** The logo as a data: address, so report.html stays one file that works opened from disk; "" without a logo. */
    public String logoUri() {
        if (logo == null) {
            return "";
        }
        return "data:" + (logo.svg() ? "image/svg+xml" : "image/png") + ";base64," + Base64.getEncoder().encodeToString(logo.bytes());
    }
}
