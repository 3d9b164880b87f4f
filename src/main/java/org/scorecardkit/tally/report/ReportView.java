package org.scorecardkit.tally.report;

import java.util.List;

/**
 * Everything the report shows, formatted and laid out, as the records the jte templates and the PDF
 * report take: facts as label and text, charts as geometry ({@link Charts}, {@link Stacks},
 * {@link Centered}, {@link Distribution}, {@link Dots}). Sections that do not apply are empty or null.
 * Items are labelled by their number and wording (or short label) throughout, never by id alone.
 *
 * @param header what the report is about: organisation, workshop, dates, n
 * @param findings the three findings in plain words, first on the page and first in present mode
 * @param rows the rows/rejects accounting, shown at the end
 * @param nps null unless the instrument is scored as NPS
 * @param groups null without a breakdown
 * @param comparison null without --before/--after
 * @param methods how each number is computed, in words
 * @param ratings the rating items' answers as diverging stacked bars (empty without rating items)
 * @param checks the check items' answers as Yes/Partly/No bars (empty without check items)
 * @param totals the distribution of total scores with the bands shaded (empty without bands)
 * @param heat each section's coverage per group, or null without both coverage and a breakdown
 * @param alphaNote what alpha means, in one sentence, or "" without alpha
 * @param alphaItems per item: alpha if it is dropped and its item–rest correlation (empty until computed)
 * @param look the organisation's logo and colour from the site's brand
 */
public record ReportView(String title, String heading, List<Fact> rows, List<Fact> rejects, List<String> notes,
                         List<String> warnings, List<Fact> score, Charts.Bars bands, NpsView nps, Charts.Bars coverage,
                         Charts.Bars profile, List<Fact> alpha, List<ItemView> items, List<TextView> texts,
                         GroupsView groups, ComparisonView comparison, List<String> methods,
                         Header header, List<Finding> findings, Stacks.Chart ratings, Stacks.Chart checks,
                         Distribution.Chart totals, HeatView heat, String alphaNote, List<AlphaRow> alphaItems,
                         ReportLook look) {

    /** A label and its value as written. */
    public record Fact(String label, String value) {
    }

    /**
     * The top of the report.
     *
     * @param organisation from site.yaml, or ""
     * @param workshop the --title of the tally, or ""
     * @param dates the responses' first to last date, or "" when the responses carry none that are known
     * @param n the respondents counted, as written ("40")
     */
    public record Header(String organisation, String workshop, String dates, String n) {
        /** The first and last day as written ("1 March 2026", "30 May 2026"), or the one day, or none. */
        public List<String> days() {
            return dates.isEmpty() ? List.of() : List.of(dates.split(" to ", 2));
        }
    }

    /** One finding: a heading ("Where the group is strongest") and its points in plain words. */
    public record Finding(String title, List<String> points) {
    }

    /**
     * The NPS with its interval, the stacked bar of the three categories, and the counts.
     *
     * @param scale the score on the −100…100 axis around zero, with its interval as a whisker
     * @param note what the interval means, in one sentence
     */
    public record NpsView(String headline, Charts.Stack stack, List<Fact> facts, Centered.Chart scale, String note) {
    }

    /**
     * One item's numbers and the chart of its answers.
     *
     * @param label the item's number and wording (or short label)
     */
    public record ItemView(String id, String text, String type, String n, String noAnswer, String mean, String sd,
                           String median, Charts.Bars distribution, boolean small, String label) {
    }

    /** A free-text item's answers (the first ones kept), respondents' words as written. */
    public record TextView(String id, String text, String n, List<String> answers, String more, String label) {
    }

    /**
     * The breakdown: a chart comparing the keys and a row per key.
     *
     * @param chart mean score (or n) per key as bars; empty for NPS, which is {@code centered}
     * @param centered NPS per key around zero with interval whiskers, or null when the instrument is not NPS
     * @param scoreHeading the table's heading of the score column ("NPS", "Mean score", "")
     */
    public record GroupsView(String by, Charts.Bars chart, List<GroupRow> rows, Centered.Chart centered, String scoreHeading,
                             String note) {
    }

    /**
     * @param small whether the key has fewer respondents than the warning threshold
     * @param score the key's NPS (1 decimal) or mean score (2 decimals), or ""
     * @param interval its 95% interval, or ""
     * @param vsRest its difference from the rest with the 95% interval, or "" until computed
     */
    public record GroupRow(String key, String n, String headline, boolean small, String score, String interval, String vsRest) {
    }

    /**
     * The coverage of each section per key as a shaded table.
     *
     * @param columns the keys, each with its n
     */
    public record HeatView(String by, List<String> columns, List<HeatRow> rows) {
    }

    public record HeatRow(String label, List<HeatCell> cells) {
    }

    /** @param level the shade, 0 (lowest fifth) to 4 (highest), or -1 without answers */
    public record HeatCell(String text, int level, boolean small) {
    }

    /** Alpha if the item is dropped, and the item's correlation with the rest of the items. */
    public record AlphaRow(String label, String ifDropped, String itemRest) {
    }

    /**
     * The before/after comparison.
     *
     * @param dots each item's mean before and after as paired dots, the change written beside them
     */
    public record ComparisonView(List<Fact> facts, List<ChangeRow> rows, Dots.Chart dots, String note) {
    }

    /**
     * @param label the item's number and wording, or "Score"
     * @param interval the change's 95% interval, or "" until computed
     */
    public record ChangeRow(String id, String n, String before, String after, String change, String label, String interval) {
    }
}
