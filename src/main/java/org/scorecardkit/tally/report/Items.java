package org.scorecardkit.tally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.aggregate.Aggregate;
import org.scorecardkit.tally.stats.Summarize;
import org.scorecardkit.tally.stats.Summary;

import static org.scorecardkit.tally.stats.Summarize.format;

/** The report's item sections: the profile of rating means, each item's answer distribution, and the free-text answers. */
final class Items {
    private Items() {
    }

    /** The profile: each rating item's mean on its scale (the skillset's profile), or empty without rating items. */
    static Charts.Bars profile(Summary.Numbers n, Instrument instrument) {
        List<Charts.Value> values = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Summary.ItemStats s : n.items().values()) {
            Item item = instrument.item(s.id());
            if (item.type() == ItemType.RATING) {
                min = Math.min(min, item.scale().min());
                max = Math.max(max, item.scale().max());
                values.add(new Charts.Value(item.id(), s.mean() == null ? min : s.mean(),
                        s.mean() == null ? "no answers" : format(s.mean(), 2) + " (n " + s.n() + ")", s.n() < Summarize.SMALL_N));
            }
        }
        if (values.size() < 2) {
            return Charts.bars("", "", List.of(), 0);
        }
        return Charts.onScale("Profile: mean rating per item", "Each bar runs from the scale's lowest point ("
                + min + ") to the item's mean; a full bar is " + max + ".", values, min, max);
    }

    static List<ReportView.ItemView> views(Summary.Numbers n) {
        List<ReportView.ItemView> views = new ArrayList<>();
        for (Summary.ItemStats s : n.items().values()) {
            if (s.type().equals(ItemType.TEXT.yamlName())) {
                continue;
            }
            List<Charts.Value> values = new ArrayList<>();
            long most = 0;
            for (Map.Entry<String, Long> e : s.counts().entrySet()) {
                values.add(new Charts.Value(e.getKey(), e.getValue(), e.getValue() + " (" + ReportViews.percent(e.getValue(), s.n()) + ")", false));
                most = Math.max(most, e.getValue());
            }
            boolean small = s.n() < Summarize.SMALL_N;
            views.add(new ReportView.ItemView(s.id(), s.text(), s.type(), Long.toString(s.n()), Long.toString(s.noAnswer()),
                    format(s.mean(), 2), format(s.sd(), 2), format(s.median(), 2),
                    Charts.bars("", s.type().equals("multiple") ? "Respondents choosing each option." : "", values, most), small));
        }
        return views;
    }

    static List<ReportView.TextView> texts(Summary.Numbers n) {
        List<ReportView.TextView> views = new ArrayList<>();
        for (Summary.ItemStats s : n.items().values()) {
            if (s.type().equals(ItemType.TEXT.yamlName()) && s.n() > 0) {
                long more = s.n() - s.answers().size();
                views.add(new ReportView.TextView(s.id(), s.text(), Long.toString(s.n()),
                        s.answers(),
                        more > 0 ? "… and " + more + " more (the report quotes the first " + Aggregate.TEXT_SAMPLES + ")" : ""));
            }
        }
        return views;
    }
}
