package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/**
 * The report's findings in plain words, computed from the numbers: for a self-assessment its three
 * strongest and three lowest items by mean, in their wording, and where the scores fall; for a
 * checklist its strongest and weakest section and where the groups differ most; for an NPS the score
 * with its interval, the three categories, and (with a breakdown) the groups that stand apart.
 */
final class Findings {
    /** How many items a finding lists. */
    static final int TOP = 3;

    private Findings() {
    }

    /** A group's NPS difference from the rest of the respondents, with its 95% interval. */
    record Difference(double difference, double low, double high) {
        boolean clearOfZero() {
            return low > 0 || high < 0;
        }
    }

    static List<ReportView.Finding> of(Summary s) {
        Summary.Numbers n = s.whole();
        if (n.n() == 0) {
            return List.of(new ReportView.Finding("No responses", List.of("No row was accepted, so there is nothing to report yet.")));
        }
        if (n.nps() != null) {
            return nps(s);
        }
        if (!n.coverage().isEmpty()) {
            return checklist(s);
        }
        return ratings(s);
    }

    /** An item with its mean, for ranking. */
    record Ranked(String label, double mean, long n, int order, String of) {
        String text() {
            return label + " — mean " + Figures.mean(mean) + of;
        }
    }

    /** The rating items with a mean, in sheet order. */
    static List<Ranked> ranked(Summary.Numbers n, Instrument instrument, ItemType type) {
        List<Ranked> out = new ArrayList<>();
        for (Summary.ItemStats st : n.items().values()) {
            Item item = instrument.item(st.id());
            if (item != null && item.type() == type && st.mean() != null) {
                out.add(new Ranked(Labels.of(instrument, item), st.mean(), st.n(), out.size(),
                        item.scale() == null ? "" : " of " + item.scale().max()));
            }
        }
        return out;
    }

    /** The {@code count} highest (or lowest) by mean; ties keep sheet order. */
    static List<Ranked> extreme(List<Ranked> items, int count, boolean highest) {
        Comparator<Ranked> byMean = Comparator.comparingDouble(Ranked::mean);
        Comparator<Ranked> order = (highest ? byMean.reversed() : byMean).thenComparingInt(Ranked::order);
        return items.stream().sorted(order).limit(count).toList();
    }

    private static List<ReportView.Finding> ratings(Summary s) {
        Instrument instrument = s.instrument();
        List<Ranked> items = ranked(s.whole(), instrument, ItemType.RATING);
        List<ReportView.Finding> out = new ArrayList<>();
        if (!items.isEmpty()) {
            // With fewer than six items the two lists share the middle, so each takes half (the strongest the odd one).
            int top = Math.min(TOP, (items.size() + 1) / 2);
            int low = Math.min(TOP, items.size() / 2);
            out.add(new ReportView.Finding("Where the group is strongest", extreme(items, top, true).stream()
                    .map(r -> r.text()).toList()));
            if (low > 0) {
                out.add(new ReportView.Finding("Where the group could grow", extreme(items, low, false).stream()
                        .map(r -> r.text()).toList()));
            }
        }
        Summary.ScoreStats score = s.whole().score();
        if (score != null && score.n() > 0) {
            List<String> points = new ArrayList<>();
            points.add("Mean score " + Figures.mean(score.mean()) + (instrument.scoreRange() == null ? ""
                    : " on a range of " + instrument.scoreRange()) + ", from " + respondents(score.n()) + ".");
            Map.Entry<String, Long> most = score.bands().entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
            if (most != null && most.getValue() > 0) {
                points.add("Most scores fall in \u201c" + most.getKey() + "\u201d: " + Figures.count(most.getValue()) + " of "
                        + Figures.count(score.n()) + " (" + Figures.percent(most.getValue(), score.n()) + ").");
            }
            out.add(new ReportView.Finding("The scores", points));
        }
        return out;
    }

    private static List<ReportView.Finding> checklist(Summary s) {
        List<Summary.SectionStats> sections = s.whole().coverage().values().stream().filter(c -> c.mean() != null).toList();
        List<ReportView.Finding> out = new ArrayList<>();
        if (!sections.isEmpty()) {
            Summary.SectionStats best = sections.stream().max(Comparator.comparingDouble(Summary.SectionStats::mean)).orElseThrow();
            Summary.SectionStats worst = sections.stream().min(Comparator.comparingDouble(Summary.SectionStats::mean)).orElseThrow();
            out.add(new ReportView.Finding("The strongest C", List.of(section(best))));
            out.add(new ReportView.Finding("The weakest C", List.of(section(worst))));
        }
        String spread = s.groups().size() < 2 ? null : widestSpread(s);
        if (spread != null) {
            out.add(new ReportView.Finding("Where the " + s.by() + "s differ most", List.of(spread)));
        } else {
            List<Ranked> low = extreme(ranked(s.whole(), s.instrument(), ItemType.CHECK), TOP, false);
            if (!low.isEmpty()) {
                out.add(new ReportView.Finding("The least covered items", low.stream()
                        .map(r -> r.label() + " — " + Figures.percent(100 * r.mean()) + " covered").toList()));
            }
        }
        return out;
    }

    private static String section(Summary.SectionStats c) {
        return (c.title() == null ? c.id() : c.title()) + ": " + Figures.percent(c.mean()) + " coverage (n " + Figures.count(c.n()) + ")";
    }

    /** The section whose coverage differs most between the keys (of those with answers), highest and lowest key. */
    private static String widestSpread(Summary s) {
        String best = null;
        double widest = -1;
        for (String id : s.whole().coverage().keySet()) {
            Map.Entry<String, Summary.Numbers> hi = null;
            Map.Entry<String, Summary.Numbers> lo = null;
            for (Map.Entry<String, Summary.Numbers> g : s.groups().entrySet()) {
                Double m = g.getValue().coverage().get(id).mean();
                if (m != null && (hi == null || m > hi.getValue().coverage().get(id).mean())) {
                    hi = g;
                }
                if (m != null && (lo == null || m < lo.getValue().coverage().get(id).mean())) {
                    lo = g;
                }
            }
            if (hi != null && hi != lo) {
                double d = hi.getValue().coverage().get(id).mean() - lo.getValue().coverage().get(id).mean();
                if (d > widest) {
                    widest = d;
                    Summary.SectionStats c = s.whole().coverage().get(id);
                    best = (c.title() == null ? c.id() : c.title()) + ": " + key(hi) + " " + Figures.percent(hi.getValue().coverage().get(id).mean())
                            + ", " + key(lo) + " " + Figures.percent(lo.getValue().coverage().get(id).mean()) + ".";
                }
            }
        }
        return best;
    }

    private static String key(Map.Entry<String, Summary.Numbers> g) {
        return g.getKey() + (g.getValue().n() < Summarize.SMALL_N ? " (small group, n " + g.getValue().n() + ")" : "");
    }

    private static List<ReportView.Finding> nps(Summary s) {
        Nps p = s.whole().nps();
        List<ReportView.Finding> out = new ArrayList<>();
        if (p.n() == 0) {
            out.add(new ReportView.Finding("Net Promoter Score", List.of("No answers to the NPS question.")));
            return out;
        }
        out.add(new ReportView.Finding("Net Promoter Score", List.of("NPS " + Figures.nps(p.score()) + " (95% interval "
                + Figures.interval(p.low(), p.high(), Figures::nps) + "), from " + respondents(p.n()) + ".")));
        out.add(new ReportView.Finding("Promoters, passives and detractors", List.of(
                Figures.count(p.promoters()) + " promoters (" + Figures.percent(p.promotersPct()) + "), "
                        + Figures.count(p.passives()) + " passives (" + Figures.percent(p.passivesPct()) + "), "
                        + Figures.count(p.detractors()) + " detractors (" + Figures.percent(p.detractorsPct()) + ").")));
        if (s.groups().size() >= 2) {
            out.add(new ReportView.Finding("The " + s.by() + "s", groups(s)));
        }
        return out;
    }

    /**
     * The groups whose difference from the rest is clear of zero; when none is, the highest and
     * lowest NPS with the plain statement that their differences could be chance.
     */
    private static List<String> groups(Summary s) {
        List<String> clear = new ArrayList<>();
        boolean known = false;
        for (Map.Entry<String, Summary.Numbers> g : s.groups().entrySet()) {
            Difference d = ReportViews.vsRest(g.getValue());
            if (d != null) {
                known = true;
                if (d.clearOfZero()) {
                    clear.add(key(g) + ": " + Figures.nps(Math.abs(d.difference())) + " points " + (d.difference() < 0 ? "below" : "above")
                            + " the rest (95% interval " + Figures.interval(d.low(), d.high(), Figures::nps) + ").");
                }
            }
        }
        if (!clear.isEmpty()) {
            return clear;
        }
        List<String> ends = highestAndLowest(s);
        if (known && ends.size() == 2) {
            ends = new ArrayList<>(ends);
            ends.add("No " + s.by() + "'s NPS differs from the rest by more than chance would explain.");
        }
        return ends;
    }

    private static List<String> highestAndLowest(Summary s) {
        Map.Entry<String, Summary.Numbers> hi = null;
        Map.Entry<String, Summary.Numbers> lo = null;
        for (Map.Entry<String, Summary.Numbers> g : s.groups().entrySet()) {
            Double v = g.getValue().nps().score();
            if (v != null && (hi == null || v > hi.getValue().nps().score())) {
                hi = g;
            }
            if (v != null && (lo == null || v < lo.getValue().nps().score())) {
                lo = g;
            }
        }
        if (hi == null || hi == lo) {
            return List.of("Only one " + s.by() + " has answers.");
        }
        return List.of("Highest NPS: " + key(hi) + ", " + Figures.nps(hi.getValue().nps().score()) + " (n " + hi.getValue().n() + ").",
                "Lowest NPS: " + key(lo) + ", " + Figures.nps(lo.getValue().nps().score()) + " (n " + lo.getValue().n() + ").");
    }

    /** "1 respondent", "1,204 respondents". */
    private static String respondents(long n) {
        return Figures.count(n) + (n == 1 ? " respondent" : " respondents");
    }
}
