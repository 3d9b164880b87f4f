package org.scorecardkit.tally.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.model.Section;
import org.scorecardkit.tally.aggregate.Aggregate;
import org.scorecardkit.tally.aggregate.TallyState;
import org.scorecardkit.tally.check.DateReading;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.check.Reason;

/** Turns a tally's counts into its {@link Summary}: every statistic computed from the counts alone. */
public final class Summarize {
    /** Fewer respondents than this get a warning beside their numbers. */
    public static final int SMALL_N = 5;

    private Summarize() {
    }

    public static Summary of(TallyState state, Comparison comparison, List<String> notes) {
        Map<String, Long> rejects = new LinkedHashMap<>();
        for (Reason r : Reason.values()) {
            if (state.rejected(r) > 0) {
                rejects.put(r.key(), state.rejected(r));
            }
        }
        Map<String, Long> problems = new LinkedHashMap<>();
        for (ProblemKind k : ProblemKind.values()) {
            problems.put(k.key(), state.problems(k));
        }
        Summary.Numbers whole = numbers(state.whole(), null);
        Map<String, Summary.Numbers> groups = new LinkedHashMap<>();
        state.groups().forEach((key, a) -> groups.put(key, vsRest(numbers(a, "in " + key), whole.nps())));
        return new Summary(state.layout().instrument(),
                new Summary.Rows(state.read(), state.accepted(), state.rejected(), state.blank()),
                rejects, problems, whole, state.by() == null ? null : state.by().option(),
                groups, comparison, List.copyOf(notes), scans(state));
    }

    /** What the scans gave, or null when no page was scanned (then nothing about scans is written). */
    private static Summary.Scans scans(TallyState state) {
        long[] s = state.scanned();
        long waiting = state.problems(ProblemKind.MARK_UNCLEAR) + state.problems(ProblemKind.DOUBLE_MARK);
        return s[0] == 0 && s[1] == 0 ? null : new Summary.Scans(s[0], s[1], s[2], waiting);
    }

    /**
     * A breakdown key's numbers with its NPS compared to the rest: the whole's counts minus the
     * key's are exactly the respondents not in it, as every accepted row has one key.
     */
    static Summary.Numbers vsRest(Summary.Numbers group, Nps whole) {
        Nps g = group.nps();
        if (g == null || whole == null) {
            return group;
        }
        Nps rest = Nps.of(whole.promoters() - g.promoters(), whole.passives() - g.passives(),
                whole.detractors() - g.detractors());
        return new Summary.Numbers(group.n(), group.items(), group.score(), g.withVsRest(Nps.Difference.of(g, rest)),
                group.coverage(), group.alpha(), group.warnings(), group.dates());
    }

    /** The numbers of one aggregate; {@code where} names a breakdown key in its warnings, or is null. */
    public static Summary.Numbers numbers(Aggregate a, String where) {
        Layout layout = a.layout();
        Instrument instrument = layout.instrument();
        List<String> warnings = new ArrayList<>();
        String in = where == null ? "" : " " + where;
        if (a.rows() < SMALL_N) {
            warnings.add("only " + a.rows() + " respondent" + (a.rows() == 1 ? "" : "s") + in + ": read the numbers with care");
        }
        Map<String, Summary.ItemStats> items = new LinkedHashMap<>();
        for (int i = 0; i < layout.size(); i++) {
            Summary.ItemStats s = ItemNumbers.of(a, i);
            items.put(s.id(), s);
            if (!s.type().equals(ItemType.TEXT.yamlName()) && s.n() < SMALL_N && a.rows() >= SMALL_N) {
                warnings.add("item " + s.id() + in + " has only " + s.n() + " answer" + (s.n() == 1 ? "" : "s"));
            }
        }
        Summary.ScoreStats score = score(a, instrument);
        Nps nps = instrument.scoring().method() == ScoringMethod.NPS ? nps(a, instrument) : null;
        return new Summary.Numbers(a.rows(), items, score, nps, coverage(a, instrument), alpha(a),
                List.copyOf(warnings), dates(a));
    }

    /** The aggregate's range of known dates, or null when it has none. */
    private static Summary.Dates dates(Aggregate a) {
        return a.firstDate() == 0 ? null
                : new Summary.Dates(DateReading.iso(a.firstDate()), DateReading.iso(a.lastDate()));
    }

    private static Alpha alpha(Aggregate a) {
        List<String> ids = java.util.Arrays.stream(a.alphaColumns()).mapToObj(c -> a.layout().column(c).id()).toList();
        return Alpha.of(a.alpha(), ids);
    }

    private static Summary.ScoreStats score(Aggregate a, Instrument instrument) {
        ScoringMethod method = instrument.scoring().method();
        if (method == ScoringMethod.NONE) {
            return null;
        }
        Describe d = Describe.of(a.scores().sorted());
        Map<String, Long> bands = new LinkedHashMap<>();
        List<Band> list = instrument.scoring().bands();
        for (int b = 0; b < list.size(); b++) {
            bands.merge(list.get(b).label(), a.bands()[b], Long::sum);
        }
        return new Summary.ScoreStats(method.yamlName(), d.n(), a.unscored(), d.mean(), d.sd(), d.median(),
                d.min(), d.max(), bands);
    }

    private static Nps nps(Aggregate a, Instrument instrument) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        List<Band> list = instrument.scoring().bands();
        for (int b = 0; b < list.size(); b++) {
            switch (list.get(b).key()) {
                case "promoters" -> promoters += a.bands()[b];
                case "passives" -> passives += a.bands()[b];
                default -> detractors += a.bands()[b];
            }
        }
        return Nps.of(promoters, passives, detractors);
    }

    private static Map<String, Summary.SectionStats> coverage(Aggregate a, Instrument instrument) {
        Map<String, Summary.SectionStats> out = new LinkedHashMap<>();
        if (instrument.scoring().method() != ScoringMethod.COVERAGE) {
            return out;
        }
        List<Section> sections = instrument.sections();
        for (int s = 0; s < sections.size(); s++) {
            TreeMap<Double, Long> counts = a.section(s).sorted();
            Describe d = Describe.of(counts);
            Section section = sections.get(s);
            out.put(section.id(), new Summary.SectionStats(section.id(), section.title(), d.n(), d.mean(), d.sd()));
        }
        return out;
    }

    /** A number as the reports print it: at most {@code decimals} places, no trailing zeros. */
    public static String format(Double value, int decimals) {
        if (value == null) {
            return "–";
        }
        return ScoreRange.format(java.math.BigDecimal.valueOf(value)
                .setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue());
    }
}
