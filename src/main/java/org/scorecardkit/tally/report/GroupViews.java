package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.tally.stats.Comparison;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/** The report's views across sets of respondents: the breakdown by key, the coverage heat map, and the before/after pairs. */
final class GroupViews {
    private GroupViews() {
    }

    static ReportView.GroupsView groups(Summary s) {
        if (s.by() == null) {
            return null;
        }
        boolean nps = s.whole().nps() != null;
        List<ReportView.GroupRow> rows = new ArrayList<>();
        List<Charts.Value> values = new ArrayList<>();
        List<Centered.Value> centred = new ArrayList<>();
        for (Map.Entry<String, Summary.Numbers> e : s.groups().entrySet()) {
            Summary.Numbers g = e.getValue();
            boolean small = g.n() < Summarize.SMALL_N;
            String label = e.getKey() + (small ? " (small n)" : "");
            rows.add(row(e.getKey(), g, small));
            if (nps) {
                centred.add(new Centered.Value(label, g.nps().score(), g.nps().low(), g.nps().high(),
                        g.nps().score() == null ? "no answers" : Figures.nps(g.nps().score()) + ", n " + Figures.count(g.n()), small));
            } else {
                values.add(barValue(label, g, small));
            }
        }
        if (nps) {
            Centered.Chart chart = Centered.of("NPS per " + s.by(), "Bars grow from zero: left is negative, right positive;"
                    + " whiskers are 95% intervals. Small groups are marked.", centred, -100, 100, 50);
            return new ReportView.GroupsView(s.by(), Charts.bars("", "", List.of(), 0), rows, chart, "NPS", StatNotes.vsRest(s));
        }
        double max = s.instrument().scoreRange() == null ? values.stream().mapToDouble(Charts.Value::value).max().orElse(0)
                : s.instrument().scoreRange().max();
        String what = s.whole().score() == null ? "Respondents per " + s.by() : "Mean score per " + s.by();
        return new ReportView.GroupsView(s.by(), Charts.bars(what, "Small groups are marked.", values, max), rows, null,
                s.whole().score() == null ? "" : "Mean score", "");
    }

    private static ReportView.GroupRow row(String key, Summary.Numbers g, boolean small) {
        String warn = small ? " (small n)" : "";
        if (g.nps() != null) {
            String headline = g.nps().score() == null ? "no answers" + warn : "NPS " + Figures.nps(g.nps().score()) + " (95% interval "
                    + Figures.interval(g.nps().low(), g.nps().high(), Figures::nps) + ")" + warn;
            Findings.Difference d = ReportViews.vsRest(g);
            String vsRest = d == null ? "" : Figures.change(d.difference(), 1) + " (" + Figures.interval(d.low(), d.high(), Figures::npsTable) + ")";
            return new ReportView.GroupRow(key, Figures.count(g.n()), headline, small, Figures.npsTable(g.nps().score()),
                    Figures.interval(g.nps().low(), g.nps().high(), Figures::npsTable), vsRest);
        }
        if (g.score() != null) {
            String headline = "mean " + Figures.mean(g.score().mean()) + ", sd " + Figures.mean(g.score().sd()) + warn;
            return new ReportView.GroupRow(key, Figures.count(g.n()), headline, small, Figures.mean(g.score().mean()), "", "");
        }
        return new ReportView.GroupRow(key, Figures.count(g.n()), "n " + Figures.count(g.n()) + warn, small, "", "", "");
    }

    private static Charts.Value barValue(String label, Summary.Numbers g, boolean small) {
        if (g.score() != null) {
            double mean = g.score().mean() == null ? 0 : g.score().mean();
            return new Charts.Value(label, mean, "mean " + Figures.mean(g.score().mean()) + ", n " + Figures.count(g.n()), small);
        }
        return new Charts.Value(label, g.n(), "n " + Figures.count(g.n()), small);
    }

    /** Each section's coverage per key, shaded by fifths; null without coverage or a breakdown. */
    static ReportView.HeatView heat(Summary s) {
        if (s.by() == null || s.whole().coverage().isEmpty() || s.groups().isEmpty()) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        s.groups().forEach((key, g) -> columns.add(key + " (n " + Figures.count(g.n()) + (g.n() < Summarize.SMALL_N ? ", small" : "") + ")"));
        columns.add("All (n " + Figures.count(s.whole().n()) + ")");
        List<ReportView.HeatRow> rows = new ArrayList<>();
        for (Summary.SectionStats c : s.whole().coverage().values()) {
            List<ReportView.HeatCell> cells = new ArrayList<>();
            s.groups().forEach((key, g) -> cells.add(cell(g.coverage().get(c.id()), g.n() < Summarize.SMALL_N)));
            cells.add(cell(c, false));
            rows.add(new ReportView.HeatRow(c.title() == null ? c.id() : c.title(), cells));
        }
        return new ReportView.HeatView(s.by(), columns, rows);
    }

    static ReportView.HeatCell cell(Summary.SectionStats c, boolean small) {
        if (c == null || c.mean() == null) {
            return new ReportView.HeatCell(Figures.NONE, -1, small);
        }
        return new ReportView.HeatCell(Figures.percent(c.mean()), level(c.mean()), small);
    }

    /** The shade of a coverage: its fifth of 0–100%, 100% in the top fifth. */
    static int level(double percent) {
        return Math.max(0, Math.min(4, (int) Math.floor(percent / 20)));
    }

    static ReportView.ComparisonView comparison(Summary s) {
        Comparison c = s.comparison();
        if (c == null) {
            return null;
        }
        Instrument instrument = s.instrument();
        List<ReportView.Fact> facts = new ArrayList<>(List.of(ReportViews.count("Respondents paired by id", c.paired()),
                ReportViews.count("Before: rows read", c.before().read()), ReportViews.count("Before: accepted", c.before().accepted())));
        List<ReportView.ChangeRow> rows = new ArrayList<>();
        if (c.score() != null) {
            rows.add(change("score", "Score", c.score()));
        }
        List<Dots.Value> dots = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Map.Entry<String, Comparison.Change> e : c.items().entrySet()) {
            Item item = instrument.item(e.getKey());
            String label = Labels.of(instrument, e.getKey());
            Comparison.Change ch = e.getValue();
            rows.add(change(e.getKey(), label, ch));
            boolean rating = item != null && item.scale() != null;
            min = Math.min(min, rating ? item.scale().min() : 0);
            max = Math.max(max, rating ? item.scale().max() : 1);
            dots.add(new Dots.Value(label, ch.before(), ch.after(), "change " + Figures.change(ch.mean(), 2) + ", n " + Figures.count(ch.n()),
                    ch.n() < Summarize.SMALL_N));
        }
        Dots.Chart chart = Dots.of("Before and after, item by item", "Hollow dot: the mean before; filled dot: the mean after,"
                + " over the respondents who answered both times.", dots, dots.isEmpty() ? 0 : min, dots.isEmpty() ? 1 : max);
        return new ReportView.ComparisonView(facts, rows, chart, StatNotes.change(s, rows));
    }

    private static ReportView.ChangeRow change(String id, String label, Comparison.Change ch) {
        return new ReportView.ChangeRow(id, Figures.count(ch.n()), Figures.mean(ch.before()), Figures.mean(ch.after()),
                Figures.change(ch.mean(), 2), label, ch.low() == null || ch.high() == null ? ""
                        : Figures.interval(ch.low(), ch.high(), v -> Figures.change(v, 2)));
    }
}
