package org.scorecardkit.tally.report;

import java.util.List;

/**
 * Everything the report shows, formatted and laid out, as the records the jte templates and the PDF
 * report take: facts as label and text, charts as {@link Charts} geometry. Sections that do not
 * apply are empty or null.
 *
 * @param nps null unless the instrument is scored as NPS
 * @param groups null without a breakdown
 * @param comparison null without --before/--after
 * @param methods how each number is computed, in words
 */
public record ReportView(String title, String heading, List<Fact> rows, List<Fact> rejects, List<String> notes,
                         List<String> warnings, List<Fact> score, Charts.Bars bands, NpsView nps, Charts.Bars coverage,
                         Charts.Bars profile, List<Fact> alpha, List<ItemView> items, List<TextView> texts,
                         GroupsView groups, ComparisonView comparison, List<String> methods) {

    /** A label and its value as written. */
    public record Fact(String label, String value) {
    }

    /** The NPS with its interval, the stacked bar of the three categories, and the counts. */
    public record NpsView(String headline, Charts.Stack stack, List<Fact> facts) {
    }

    /** One item's numbers and the chart of its answers. */
    public record ItemView(String id, String text, String type, String n, String noAnswer, String mean, String sd,
                           String median, Charts.Bars distribution, boolean small) {
    }

    /** A free-text item's answers (the first ones kept), respondents' words as written. */
    public record TextView(String id, String text, String n, List<String> answers, String more) {
    }

    /** The breakdown: a chart comparing the keys and a row per key. */
    public record GroupsView(String by, Charts.Bars chart, List<GroupRow> rows) {
    }

    /** @param small whether the key has fewer respondents than the warning threshold */
    public record GroupRow(String key, String n, String headline, boolean small) {
    }

    /** The before/after comparison. */
    public record ComparisonView(List<Fact> facts, List<ChangeRow> rows) {
    }

    public record ChangeRow(String id, String n, String before, String after, String change) {
    }
}
