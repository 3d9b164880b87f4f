package org.scorecardkit.tally.report;

/**
 * What the report says about itself beyond the numbers: the workshop's title (the tally's
 * {@code --title}) and the organisation (site.yaml); the responses' dates come from the summary
 * ({@code Summary.Numbers.dates}).
 *
 * @param workshop "" when not given
 * @param organisation "" when site.yaml has none
 */
public record ReportContext(String workshop, String organisation) {
    /** No title or organisation. */
    public static final ReportContext NONE = new ReportContext("", "");

    public ReportContext {
        workshop = workshop == null ? "" : workshop.strip();
        organisation = organisation == null ? "" : organisation.strip();
    }
}
