package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.check.Reason;
import org.scorecardkit.tally.stats.Alpha;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.StatText;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/** Builds the {@link ReportView} of a summary: the header, the findings, the facts, the charts and the notes on method. */
public final class ReportViews {
    private ReportViews() {
    }

    public static ReportView of(Summary s) {
        return of(s, ReportContext.NONE);
    }

    public static ReportView of(Summary s, ReportContext context) {
        Instrument instrument = s.instrument();
        Summary.Numbers n = s.whole();
        Summary.Rows r = s.rows();
        List<ReportView.Fact> rows = new ArrayList<>(List.of(count("Rows read", r.read()), count("Accepted", r.accepted()),
                count("Rejected", r.rejected()), count("Blank lines skipped", r.blank())));
        listed(s.problems(), rows);
        scans(s.scans(), rows);
        List<ReportView.Fact> rejects = s.rejects().entrySet().stream()
                .map(e -> count(Reason.ofKey(e.getKey()).label(), e.getValue())).toList();
        List<String> warnings = new ArrayList<>(n.warnings());
        s.groups().forEach((key, g) -> warnings.addAll(g.warnings()));
        return new ReportView("Tally: " + instrument.title(), instrument.title(), rows, rejects, s.notes(), warnings,
                scoreFacts(n.score(), instrument), bands(n.score()), nps(n.nps()), coverage(n), Items.profile(n, instrument),
                alpha(n), Items.views(n, instrument), Items.texts(n, instrument), GroupViews.groups(s),
                GroupViews.comparison(s), methods(instrument, n, s.comparison() != null),
                header(s, context), Findings.of(s), Items.ratings(n, instrument), Items.checks(n, instrument),
                totals(n.score(), instrument), GroupViews.heat(s),
                alphaNote(n.alpha()), alphaItems(n.alpha(), instrument), ReportLook.of(context.brand()));
    }

    /** The plain-words note beside alpha: what it says, and its interval when there is one. */
    private static String alphaNote(Alpha a) {
        if (a.k() < 2) {
            return "";
        }
        String note = a.low() == null || a.high() == null
                ? "Alpha says how consistently the items measure one thing: from 0 to 1, and 0.70 or more is usually taken"
                        + " as consistent enough to read the total as one score."
                : StatText.format("alpha.ci95.note", Figures.coefficient(a.low()), Figures.coefficient(a.high()));
        return a.items().isEmpty() ? note
                : note + " " + StatText.get("alpha.if_dropped.note") + " " + StatText.get("alpha.item_rest.note");
    }

    /** Per item, in the sheet's words: alpha if it is dropped and its item–rest correlation. */
    private static List<ReportView.AlphaRow> alphaItems(Alpha a, Instrument instrument) {
        return a.items().stream().map(i -> new ReportView.AlphaRow(Labels.of(instrument, i.id()),
                Figures.coefficient(i.ifDropped()), Figures.coefficient(i.itemRest()))).toList();
    }

    /**
     * A group's NPS difference from the rest ({@code groups.<g>.nps.vs_rest}), or null for the whole
     * and for a breakdown of one key: the findings name the groups clear of zero with it, and the
     * groups table shows it in its "vs rest" column.
     */
    static Findings.Difference vsRest(Summary.Numbers group) {
        Nps.Difference d = group.nps() == null ? null : group.nps().vsRest();
        return d == null ? null : new Findings.Difference(d.difference(), d.low(), d.high());
    }

    /**
     * The header; its dates are the summary's range of response dates ("1 March 2026 to 30 May 2026"),
     * else (states merged from before the range was kept) the span of the month or quarter keys, else none.
     */
    private static ReportView.Header header(Summary s, ReportContext c) {
        Summary.Dates range = s.whole().dates();
        String first = range != null ? day(range.first()) : null;
        String last = range != null ? day(range.last()) : null;
        if (first == null && s.by() != null && !s.by().equals("group")) {
            List<String> keys = s.groups().keySet().stream().filter(k -> !k.equals(Breakdown.NO_DATE)).toList();
            first = keys.isEmpty() ? null : keys.get(0);
            last = keys.isEmpty() ? null : keys.get(keys.size() - 1);
        }
        String dates = first == null ? "" : first.equals(last) || last == null ? first : first + " to " + last;
        return new ReportView.Header(c.organisation(), c.workshop(), dates, Figures.count(s.whole().n()));
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH);

    /** A yyyy-mm-dd date as the report writes a day, "1 March 2026"; the template keeps it on one line. */
    static String day(String iso) {
        try {
            return java.time.LocalDate.parse(iso).format(DAY);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;   // a caller's date that is no day is shown as given rather than lost
        }
    }

    /** What was listed besides rejected rows, kind by kind, where there was any. */
    private static void listed(java.util.Map<String, Long> problems, List<ReportView.Fact> rows) {
        String[][] kinds = {{"cell_ignored", "Cells ignored (counted as no answer)"}, {"date_unknown", "Dates unknown"},
            {"total_differs", "Written totals that differ from the score"}, {"column_ignored", "Columns ignored"},
            {"mark_unclear", "Marks unclear (counted as no answer until reviewed)"},
            {"double_mark", "Double marks (counted as no answer until reviewed)"},
            {"page_not_read", "Scanned pages not read"}, {"page_missing", "Pages missing from scanned sheets"}};
        for (String[] k : kinds) {
            long n = problems.getOrDefault(k[0], 0L);
            if (n > 0) {
                rows.add(count(k[1], n));
            }
        }
    }

    /** What scanning gave, when pages were scanned: pages, sheets, and marks a person decided. */
    private static void scans(Summary.Scans scans, List<ReportView.Fact> rows) {
        if (scans == null) {
            return;
        }
        rows.add(count("Pages scanned", scans.pages()));
        rows.add(count("Sheets read from them", scans.sheets()));
        rows.add(count("Marks corrected by hand", scans.corrected()));
    }

    static ReportView.Fact count(String label, long value) {
        return new ReportView.Fact(label, Figures.count(value));
    }

    private static List<ReportView.Fact> scoreFacts(Summary.ScoreStats score, Instrument instrument) {
        if (score == null) {
            return List.of();
        }
        ScoreRange range = instrument.scoreRange();
        // A coverage score is a percentage, so it is written as one; other scores as means.
        java.util.function.Function<Double, String> f = "coverage".equals(score.method()) ? Figures::percent : Figures::mean;
        List<ReportView.Fact> facts = new ArrayList<>(List.of(
                new ReportView.Fact("Scoring", score.method() + (range == null ? "" : " (" + range + ")")),
                count("Respondents with a score", score.n()),
                new ReportView.Fact("Mean", f.apply(score.mean())), new ReportView.Fact("Standard deviation", f.apply(score.sd())),
                new ReportView.Fact("Median", f.apply(score.median())),
                new ReportView.Fact("Lowest – highest", f.apply(score.min()) + " – " + f.apply(score.max()))));
        if (score.unscored() > 0) {
            facts.add(count("Without a score (a required item unanswered)", score.unscored()));
        }
        return facts;
    }

    private static Charts.Bars bands(Summary.ScoreStats score) {
        if (score == null || score.bands().isEmpty() || "nps".equals(score.method())) {
            return Charts.bars("", "", List.of(), 0);
        }
        long total = score.bands().values().stream().mapToLong(Long::longValue).sum();
        List<Charts.Value> values = score.bands().entrySet().stream()
                .map(e -> new Charts.Value(e.getKey(), e.getValue(), Figures.count(e.getValue()) + " (" + Figures.percent(e.getValue(), total) + ")", false))
                .toList();
        return Charts.bars("Respondents per band", "How many respondents' scores fall in each band.", values,
                score.bands().values().stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private static Distribution.Chart totals(Summary.ScoreStats score, Instrument instrument) {
        if (score == null || score.bands().isEmpty() || "nps".equals(score.method()) || score.n() == 0) {
            return Distribution.of("", "", List.of(), java.util.Map.of(), null, null, null);
        }
        return Distribution.of("Distribution of total scores", "Respondents per band of the score, the bands shaded;"
                        + " the line is the mean.", instrument.scoring().bands(), score.bands(), null, score.mean(), instrument.scoreRange());
    }

    private static ReportView.NpsView nps(Nps p) {
        if (p == null) {
            return null;
        }
        String note = "The interval is the range of scores this group's answers are consistent with: a re-run with other"
                + " people like them would land inside it 95 times in 100.";
        if (p.n() == 0) {
            return new ReportView.NpsView("No answers to the NPS question.", Charts.stack(0, 0, 0, new String[] {"", "", ""}), List.of(),
                    Centered.of("", "", List.of(), -100, 100, 50), note);
        }
        String[] texts = {Figures.percent(p.detractorsPct()), Figures.percent(p.passivesPct()), Figures.percent(p.promotersPct())};
        String interval = Figures.interval(p.low(), p.high(), Figures::nps);
        Centered.Chart scale = Centered.of("NPS on its scale", "From −100 (all detractors) to 100 (all promoters); the whisker is"
                + " the 95% interval.", List.of(new Centered.Value("NPS", p.score(), p.low(), p.high(),
                Figures.nps(p.score()) + " (" + interval + ")", p.n() < Summarize.SMALL_N)), -100, 100, 50);
        return new ReportView.NpsView("NPS " + Figures.nps(p.score()) + " (95% interval " + interval + "), n " + Figures.count(p.n()),
                Charts.stack(p.detractorsPct(), p.passivesPct(), p.promotersPct(), texts),
                List.of(new ReportView.Fact("Promoters", Figures.count(p.promoters()) + " (" + texts[2] + ")"),
                        new ReportView.Fact("Passives", Figures.count(p.passives()) + " (" + texts[1] + ")"),
                        new ReportView.Fact("Detractors", Figures.count(p.detractors()) + " (" + texts[0] + ")")), scale, note);
    }

    private static Charts.Bars coverage(Summary.Numbers n) {
        List<Charts.Value> values = n.coverage().values().stream()
                .map(c -> new Charts.Value(c.title() == null ? c.id() : c.title(), c.mean() == null ? 0 : c.mean(),
                        c.mean() == null ? "no answers" : Figures.percent(c.mean()) + " (n " + Figures.count(c.n()) + ")",
                        c.n() < Summarize.SMALL_N)).toList();
        return Charts.bars("Coverage per section", "The mean over respondents of each section's coverage:"
                + " yes counts fully, partly counts the instrument's credit.", values, 100);
    }

    private static List<ReportView.Fact> alpha(Summary.Numbers n) {
        if (n.alpha().k() < 2) {
            return List.of();
        }
        Alpha a = n.alpha();
        return List.of(new ReportView.Fact("Cronbach's alpha", Figures.coefficient(a.value())),
                new ReportView.Fact("95% interval (Feldt)", Figures.interval(a.low(), a.high(), Figures::coefficient)),
                new ReportView.Fact("Items", Integer.toString(a.k())),
                count("Respondents who answered every item", n.alpha().n()));
    }

    private static List<String> methods(Instrument instrument, Summary.Numbers n, boolean compared) {
        List<String> methods = new ArrayList<>(List.of(
                "Every returned row is counted: rows read = accepted + rejected; rejected rows are listed in rejects.csv with file, line and reason.",
                "A blank answer is no answer, never zero; partial responses count for the items they answer.",
                "Scores are computed per respondent by the instrument's scoring rules, the same rules the web form uses.",
                "Standard deviations are sample standard deviations (n − 1). For an even n the median is the mean of the two middle values.",
                "Means are written with 2 decimals, percentages with 1, the NPS as a whole number (1 decimal in tables)."));
        if (n.nps() != null) {
            methods.add("NPS = % promoters − % detractors. " + StatText.get("nps.ci95.method") + ".");
            methods.add(StatText.get("nps.vs_rest.method") + ".");
        }
        if (n.alpha().k() >= 2) {
            methods.add(StatText.get("alpha.ci95.method") + ".");
            methods.add(StatText.get("alpha.if_dropped.method") + ".");
            methods.add(StatText.get("alpha.item_rest.method") + ".");
        }
        if (compared) {
            methods.add(StatText.get("change.ci95.method") + ".");
        }
        methods.add("Numbers based on fewer than " + Summarize.SMALL_N + " respondents are marked as small, never hidden.");
        if (instrument.kind().responding() && instrument.items().stream().anyMatch(i -> i.type() == ItemType.CHECK)) {
            methods.add("A check item's mean counts yes as 1, partly as " + ScoreRange.format(instrument.scoring().partly()) + " and no as 0.");
        }
        return methods;
    }
}
