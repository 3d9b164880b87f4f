package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.tally.check.Reason;
import org.scorecardkit.tally.stats.Comparison;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

import static org.scorecardkit.tally.stats.Summarize.format;

/** Builds the {@link ReportView} of a summary: the facts, the charts and the notes on method. */
public final class ReportViews {
    private ReportViews() {
    }

    public static ReportView of(Summary s) {
        Instrument instrument = s.instrument();
        Summary.Numbers n = s.whole();
        Summary.Rows r = s.rows();
        List<ReportView.Fact> rows = new ArrayList<>(List.of(fact("Rows read", r.read()), fact("Accepted", r.accepted()),
                fact("Rejected", r.rejected()), fact("Blank lines skipped", r.blank())));
        listed(s.problems(), rows);
        List<ReportView.Fact> rejects = s.rejects().entrySet().stream()
                .map(e -> new ReportView.Fact(Reason.ofKey(e.getKey()).label(), Long.toString(e.getValue()))).toList();
        List<String> warnings = new ArrayList<>(n.warnings());
        s.groups().forEach((key, g) -> warnings.addAll(g.warnings()));
        return new ReportView("Tally: " + instrument.title(), instrument.title(), rows, rejects, s.notes(), warnings,
                scoreFacts(n.score(), instrument), bands(n.score()), nps(n.nps()), coverage(n), Items.profile(n, instrument),
                alpha(n), Items.views(n), Items.texts(n), groups(s), comparison(s.comparison()), methods(instrument, n));
    }

    /** What was listed besides rejected rows, kind by kind, where there was any. */
    private static void listed(java.util.Map<String, Long> problems, List<ReportView.Fact> rows) {
        String[][] kinds = {{"cell_ignored", "Cells ignored (counted as no answer)"}, {"date_unknown", "Dates unknown"},
            {"total_differs", "Written totals that differ from the score"}, {"column_ignored", "Columns ignored"}};
        for (String[] k : kinds) {
            long n = problems.getOrDefault(k[0], 0L);
            if (n > 0) {
                rows.add(fact(k[1], n));
            }
        }
    }

    static ReportView.Fact fact(String label, long value) {
        return new ReportView.Fact(label, Long.toString(value));
    }

    private static List<ReportView.Fact> scoreFacts(Summary.ScoreStats score, Instrument instrument) {
        if (score == null) {
            return List.of();
        }
        ScoreRange range = instrument.scoreRange();
        List<ReportView.Fact> facts = new ArrayList<>(List.of(
                new ReportView.Fact("Scoring", score.method() + (range == null ? "" : " (" + range + ")")),
                fact("Respondents with a score", score.n()),
                new ReportView.Fact("Mean", format(score.mean(), 2)), new ReportView.Fact("Standard deviation", format(score.sd(), 2)),
                new ReportView.Fact("Median", format(score.median(), 2)),
                new ReportView.Fact("Lowest – highest", format(score.min(), 2) + " – " + format(score.max(), 2))));
        if (score.unscored() > 0) {
            facts.add(new ReportView.Fact("Without a score (a required item unanswered)", Long.toString(score.unscored())));
        }
        return facts;
    }

    private static Charts.Bars bands(Summary.ScoreStats score) {
        if (score == null || score.bands().isEmpty() || "nps".equals(score.method())) {
            return Charts.bars("", "", List.of(), 0);
        }
        long total = score.bands().values().stream().mapToLong(Long::longValue).sum();
        List<Charts.Value> values = score.bands().entrySet().stream()
                .map(e -> new Charts.Value(e.getKey(), e.getValue(), e.getValue() + " (" + percent(e.getValue(), total) + ")", false))
                .toList();
        return Charts.bars("Respondents per band", "How many respondents' scores fall in each band.", values,
                score.bands().values().stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private static ReportView.NpsView nps(Nps p) {
        if (p == null) {
            return null;
        }
        if (p.n() == 0) {
            return new ReportView.NpsView("No answers to the NPS question.", Charts.stack(0, 0, 0, new String[] {"", "", ""}), List.of());
        }
        String[] texts = {format(p.detractorsPct(), 1) + "%", format(p.passivesPct(), 1) + "%", format(p.promotersPct(), 1) + "%"};
        return new ReportView.NpsView("NPS " + format(p.score(), 1) + " (95% interval " + format(p.low(), 1) + " to "
                + format(p.high(), 1) + "), n " + p.n(),
                Charts.stack(p.detractorsPct(), p.passivesPct(), p.promotersPct(), texts),
                List.of(new ReportView.Fact("Promoters", p.promoters() + " (" + texts[2] + ")"),
                        new ReportView.Fact("Passives", p.passives() + " (" + texts[1] + ")"),
                        new ReportView.Fact("Detractors", p.detractors() + " (" + texts[0] + ")")));
    }

    private static Charts.Bars coverage(Summary.Numbers n) {
        List<Charts.Value> values = n.coverage().values().stream()
                .map(c -> new Charts.Value(c.title() == null ? c.id() : c.title(), c.mean() == null ? 0 : c.mean(),
                        c.mean() == null ? "no answers" : format(c.mean(), 1) + "% (n " + c.n() + ")",
                        c.n() < Summarize.SMALL_N)).toList();
        return Charts.bars("Coverage per section", "The mean over respondents of each section's coverage:"
                + " yes counts fully, partly counts the instrument's credit.", values, 100);
    }

    private static List<ReportView.Fact> alpha(Summary.Numbers n) {
        if (n.alpha().k() < 2) {
            return List.of();
        }
        return List.of(new ReportView.Fact("Cronbach's alpha", format(n.alpha().value(), 3)),
                new ReportView.Fact("Items", Integer.toString(n.alpha().k())),
                new ReportView.Fact("Respondents who answered every item", Long.toString(n.alpha().n())));
    }

    private static ReportView.GroupsView groups(Summary s) {
        if (s.by() == null) {
            return null;
        }
        List<ReportView.GroupRow> rows = new ArrayList<>();
        List<Charts.Value> values = new ArrayList<>();
        for (Map.Entry<String, Summary.Numbers> e : s.groups().entrySet()) {
            Summary.Numbers g = e.getValue();
            boolean small = g.n() < Summarize.SMALL_N;
            rows.add(new ReportView.GroupRow(e.getKey(), Long.toString(g.n()), TerminalSummary.headline(g), small));
            values.add(groupValue(e.getKey(), g, small));
        }
        boolean nps = s.whole().nps() != null;
        double max = nps ? 100 : s.instrument().scoreRange() == null ? values.stream().mapToDouble(Charts.Value::value).max().orElse(0)
                : s.instrument().scoreRange().max();
        String what = nps ? "NPS per " + s.by() + " (bars from −100 on the left to 100 on the right)"
                : s.whole().score() == null ? "Respondents per " + s.by() : "Mean score per " + s.by();
        Charts.Bars chart = nps ? Charts.onScale(what, "Small groups are marked.", values, -100, 100)
                : Charts.bars(what, "Small groups are marked.", values, max);
        return new ReportView.GroupsView(s.by(), chart, rows);
    }

    private static Charts.Value groupValue(String key, Summary.Numbers g, boolean small) {
        String label = key + (small ? " (small n)" : "");
        if (g.nps() != null) {
            double score = g.nps().score() == null ? 0 : g.nps().score();
            return new Charts.Value(label, score, "NPS " + format(g.nps().score(), 1) + ", n " + g.n(), small);
        }
        if (g.score() != null) {
            double mean = g.score().mean() == null ? 0 : g.score().mean();
            return new Charts.Value(label, mean, "mean " + format(g.score().mean(), 2) + ", n " + g.n(), small);
        }
        return new Charts.Value(label, g.n(), "n " + g.n(), small);
    }

    private static ReportView.ComparisonView comparison(Comparison c) {
        if (c == null) {
            return null;
        }
        List<ReportView.Fact> facts = new ArrayList<>(List.of(fact("Respondents paired by id", c.paired()),
                fact("Before: rows read", c.before().read()), fact("Before: accepted", c.before().accepted())));
        List<ReportView.ChangeRow> rows = new ArrayList<>();
        if (c.score() != null) {
            rows.add(change("Score", c.score()));
        }
        c.items().forEach((id, ch) -> rows.add(change(id, ch)));
        return new ReportView.ComparisonView(facts, rows);
    }

    private static ReportView.ChangeRow change(String id, Comparison.Change ch) {
        String delta = ch.mean() == null ? "–" : (ch.mean() > 0 ? "+" : "") + format(ch.mean(), 2);
        return new ReportView.ChangeRow(id, Long.toString(ch.n()), format(ch.before(), 2), format(ch.after(), 2), delta);
    }

    private static List<String> methods(Instrument instrument, Summary.Numbers n) {
        List<String> methods = new ArrayList<>(List.of(
                "Every returned row is counted: rows read = accepted + rejected; rejected rows are listed in rejects.csv with file, line and reason.",
                "A blank answer is no answer, never zero; partial responses count for the items they answer.",
                "Scores are computed per respondent by the instrument's scoring rules, the same rules the web form uses.",
                "Standard deviations are sample standard deviations (n − 1). For an even n the median is the mean of the two middle values."));
        if (n.nps() != null) {
            methods.add("NPS = % promoters − % detractors. " + Nps.METHOD + ".");
        }
        if (n.alpha().k() >= 2) {
            methods.add("Cronbach's alpha = k/(k − 1) · (1 − Σ item variances / variance of the total), over the respondents who answered all k items.");
        }
        methods.add("Numbers based on fewer than " + Summarize.SMALL_N + " respondents are shown with a warning.");
        if (instrument.kind().responding() && instrument.items().stream().anyMatch(i -> i.type() == ItemType.CHECK)) {
            methods.add("A check item's mean counts yes as 1, partly as " + ScoreRange.format(instrument.scoring().partly()) + " and no as 0.");
        }
        return methods;
    }

    static String percent(long part, long total) {
        return total == 0 ? "–" : format(100.0 * part / total, 1) + "%";
    }
}
