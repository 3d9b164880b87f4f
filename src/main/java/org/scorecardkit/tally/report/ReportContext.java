package org.scorecardkit.tally.report;

/**
 * What the report says about itself beyond the numbers: the workshop's title (the tally's
 * {@code --title}), the organisation (site.yaml), and the responses' first and last date when known.
 *
 * @param workshop "" when not given
 * @param organisation "" when site.yaml has none
 * @param firstDate the earliest response date as yyyy-mm-dd, or null when not known
 * @param lastDate the latest, or null
 */
public record ReportContext(String workshop, String organisation, String firstDate, String lastDate) {
    /** No title, organisation or dates. */
    public static final ReportContext NONE = new ReportContext("", "", null, null);

    public ReportContext {
        workshop = workshop == null ? "" : workshop.strip();
        organisation = organisation == null ? "" : organisation.strip();
    }
}
