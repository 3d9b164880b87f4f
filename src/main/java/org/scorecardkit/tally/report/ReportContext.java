package org.scorecardkit.tally.report;

/**
 * What the report says about itself beyond the numbers: the workshop's title (the tally's
 * {@code --title}), the organisation (site.yaml), and optionally a span of dates. The report's
 * header takes the responses' first and last date from the summary ({@code Summary.Numbers.dates});
 * the dates here only stand in when the summary has none (every caller passes null today).
 *
 * @param workshop "" when not given
 * @param organisation "" when site.yaml has none
 * @param firstDate a first date as yyyy-mm-dd used when the summary has no range, or null
 * @param lastDate the matching last date, or null
 */
public record ReportContext(String workshop, String organisation, String firstDate, String lastDate) {
    /** No title, organisation or dates. */
    public static final ReportContext NONE = new ReportContext("", "", null, null);

    public ReportContext {
        workshop = workshop == null ? "" : workshop.strip();
        organisation = organisation == null ? "" : organisation.strip();
    }
}
