package org.scorecardkit.tally.report;

import org.scorecardkit.model.Brand;
import org.scorecardkit.model.Site;

/**
 * What the report says about itself beyond the numbers: the workshop's title (the tally's
 * {@code --title}), the organisation and its brand (site.yaml); the responses' dates come from the summary
 * ({@code Summary.Numbers.dates}).
 *
 * @param workshop "" when not given
 * @param organisation "" when site.yaml has none
 * @param brand the site's logo and colours, {@link Brand#neutral()} when not given
 */
public record ReportContext(String workshop, String organisation, Brand brand) {
    /** No title or organisation. */
    public static final ReportContext NONE = new ReportContext("", "");

    public ReportContext {
        workshop = workshop == null ? "" : workshop.strip();
        organisation = organisation == null ? "" : organisation.strip();
        brand = brand == null ? Brand.neutral() : brand;
    }

    /** A context with the report's own neutral look. */
    public ReportContext(String workshop, String organisation) {
        this(workshop, organisation, null);
    }

    /** The workshop's title with the organisation and brand of a site (none when the site is null). */
    public static ReportContext of(String workshop, Site site) {
        return site == null ? new ReportContext(workshop, "") : new ReportContext(workshop, site.organisation(), site.brand());
    }
}
