package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Scale;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.tally.aggregate.Aggregate;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

/**
 * The report's item sections, each item labelled by its number and wording: the profile of rating
 * means, the rating items' answers as diverging bars, the check items' as Yes/Partly/No bars, each
 * item's answer distribution, and the free-text answers.
 */
final class Items {
    private Items() {
    }

    /** The profile: each rating item's mean on its scale (the skillset's profile), or empty without two rating items. */
    static Charts.Bars profile(Summary.Numbers n, Instrument instrument) {
        List<Charts.Value> values = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Summary.ItemStats s : n.items().values()) {
            Item item = instrument.item(s.id());
            if (item != null && item.type() == ItemType.RATING) {
                min = Math.min(min, item.scale().min());
                max = Math.max(max, item.scale().max());
                values.add(new Charts.Value(Labels.of(instrument, item), s.mean() == null ? item.scale().min() - 1 : s.mean(),
                        s.mean() == null ? "no answers" : Figures.mean(s.mean()) + " (n " + Figures.count(s.n()) + ")", s.n() < Summarize.SMALL_N));
            }
        }
        if (values.size() < 2) {
            return Charts.bars("", "", List.of(), 0);
        }
        return Charts.onScale("Profile: mean rating per item", "Each point of the scale is an equal step of the bar: a mean of "
                + min + " fills the first step, " + max + " the whole bar.", values, min, max);
    }

    /**
     * The rating items that share the first rating item's scale, as diverging bars of their answer counts;
     * an NPS question is left out, its answers being charted as promoters, passives and detractors.
     */
    static Stacks.Chart ratings(Summary.Numbers n, Instrument instrument) {
        Scale scale = null;
        List<Stacks.Line> lines = new ArrayList<>();
        boolean nps = instrument.scoring().method() == ScoringMethod.NPS;
        for (Summary.ItemStats s : n.items().values()) {
            Item item = instrument.item(s.id());
            if (item == null || item.type() != ItemType.RATING || scale != null && !item.scale().equals(scale)
                    || nps && instrument.scoredItems().contains(item)) {
                continue;
            }
            scale = item.scale();
            lines.add(new Stacks.Line(Labels.of(instrument, item), counts(s), s.n() < Summarize.SMALL_N));
        }
        if (scale == null) {
            return new Stacks.Chart("", "", "", List.of(), List.of(), -1, 0);
        }
        return Stacks.diverging("Answers per item", "Each bar is one item's respondents: the lower points of the scale to"
                + " the left of the centre line, the higher to the right, the middle point split across it.", lines, scale);
    }

    /** The check items as bars of Yes, Partly and No. */
    static Stacks.Chart checks(Summary.Numbers n, Instrument instrument) {
        List<Stacks.Line> lines = new ArrayList<>();
        for (Summary.ItemStats s : n.items().values()) {
            Item item = instrument.item(s.id());
            if (item != null && item.type() == ItemType.CHECK) {
                lines.add(new Stacks.Line(Labels.of(instrument, item), counts(s), s.n() < Summarize.SMALL_N));
            }
        }
        return Stacks.checks(lines.isEmpty() ? "" : "Yes, partly and no per item", "Each bar is one item's answers.", lines);
    }

    private static long[] counts(Summary.ItemStats s) {
        return s.counts().values().stream().mapToLong(Long::longValue).toArray();
    }

    static List<ReportView.ItemView> views(Summary.Numbers n, Instrument instrument) {
        List<ReportView.ItemView> views = new ArrayList<>();
        for (Summary.ItemStats s : n.items().values()) {
            if (s.type().equals(ItemType.TEXT.yamlName())) {
                continue;
            }
            Item item = instrument.item(s.id());
            List<Charts.Value> values = new ArrayList<>();
            long most = 0;
            for (Map.Entry<String, Long> e : s.counts().entrySet()) {
                values.add(new Charts.Value(answerLabel(item, e.getKey()), e.getValue(),
                        Figures.count(e.getValue()) + " (" + Figures.percent(e.getValue(), s.n()) + ")", false));
                most = Math.max(most, e.getValue());
            }
            boolean small = s.n() < Summarize.SMALL_N;
            views.add(new ReportView.ItemView(s.id(), s.text(), s.type(), Figures.count(s.n()), Figures.count(s.noAnswer()),
                    Figures.mean(s.mean()), Figures.mean(s.sd()), Figures.mean(s.median()),
                    Charts.bars("", s.type().equals("multiple") ? "Respondents choosing each option." : "", values, most), small,
                    Labels.of(instrument, s.id())));
        }
        return views;
    }

    /** An answer as the sheet shows it: a scale point with its label, an option's label, Yes/Partly/No. */
    static String answerLabel(Item item, String value) {
        if (item == null) {
            return value;
        }
        if (item.type() == ItemType.RATING) {
            String label = item.scale().label(Integer.parseInt(value));
            return label == null ? value : value + " " + label;
        }
        return item.choices().stream().filter(o -> o.value().equals(value)).map(o -> o.label()).findFirst().orElse(value);
    }

    static List<ReportView.TextView> texts(Summary.Numbers n, Instrument instrument) {
        List<ReportView.TextView> views = new ArrayList<>();
        for (Summary.ItemStats s : n.items().values()) {
            if (s.type().equals(ItemType.TEXT.yamlName()) && s.n() > 0) {
                long more = s.n() - s.answers().size();
                views.add(new ReportView.TextView(s.id(), s.text(), Figures.count(s.n()), s.answers(),
                        more > 0 ? "… and " + Figures.count(more) + " more (the report quotes the first " + Aggregate.TEXT_SAMPLES + ")" : "",
                        Labels.of(instrument, s.id())));
            }
        }
        return views;
    }
}
