package org.scorecardkit.collect.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.render.Words;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.Summary;

/**
 * The figures a live page shows, from a tally's numbers, as the page's slots name them: the text of each
 * figure (written by the reports' rules for numbers) and the length of each bar (0 to 1). The page is
 * rendered with them and every server-sent event carries them again, so the script only copies them in.
 *
 * @param n the responses tallied
 */
record LiveFigures(long n, Map<String, String> text, Map<String, Double> bars) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String itemAnswered(String item) {
        return "item-n:" + item;
    }

    static String itemMean(String item) {
        return "item-mean:" + item;
    }

    static String answer(String item, String value) {
        return "a:" + item + ":" + value;
    }

    static String band(String label) {
        return "band:" + label;
    }

    static String section(String id) {
        return "cov:" + id;
    }

    static String sectionAnswered(String id) {
        return "cov-n:" + id;
    }

    static LiveFigures of(Instrument instrument, Summary.Numbers numbers, Words words) {
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, Double> bars = new LinkedHashMap<>();
        text.put("n", Figures.count(numbers.n()));
        if (numbers.nps() != null) {
            nps(numbers.nps(), text, bars);
        }
        if (numbers.score() != null && instrument.scoring().method() != ScoringMethod.NPS) {
            score(instrument, numbers.score(), text, bars);
        }
        for (Summary.SectionStats s : numbers.coverage().values()) {
            text.put(section(s.id()), Figures.percent(s.mean()));
            bars.put(section(s.id()), s.mean() == null ? 0 : s.mean() / 100);
            text.put(sectionAnswered(s.id()), words.get("live.page.answered", Figures.count(s.n())));
        }
        for (Summary.ItemStats i : numbers.items().values()) {
            if (i.counts().isEmpty()) {
                continue;
            }
            text.put(itemAnswered(i.id()), words.get("live.page.answered", Figures.count(i.n())));
            if (i.mean() != null) {
                text.put(itemMean(i.id()), words.get("live.page.item-mean", Figures.mean(i.mean())));
            }
            for (Map.Entry<String, Long> e : i.counts().entrySet()) {
                shared(answer(i.id(), e.getKey()), e.getValue(), i.n(), text, bars);
            }
        }
        return new LiveFigures(numbers.n(), text, bars);
    }

    private static void nps(Nps p, Map<String, String> text, Map<String, Double> bars) {
        text.put("nps.score", Figures.change(p.score(), 0));
        shared("nps.promoters", p.promoters(), p.n(), text, bars);
        shared("nps.passives", p.passives(), p.n(), text, bars);
        shared("nps.detractors", p.detractors(), p.n(), text, bars);
    }

    private static void score(Instrument instrument, Summary.ScoreStats s, Map<String, String> text, Map<String, Double> bars) {
        boolean percent = instrument.scoring().method() == ScoringMethod.COVERAGE;
        text.put("score.mean", percent ? Figures.percent(s.mean()) : Figures.mean(s.mean()));
        for (Band b : instrument.scoring().bands()) {
            shared(band(b.label()), s.bands().getOrDefault(b.label(), 0L), s.n(), text, bars);
        }
    }

    /** A count with its share of the whole ("12 (40.0%)") and a bar as long as the share. */
    private static void shared(String key, long count, long of, Map<String, String> text, Map<String, Double> bars) {
        text.put(key, of == 0 ? Figures.count(count) : Figures.count(count) + " (" + Figures.percent(count, of) + ")");
        bars.put(key, of == 0 ? 0 : Math.round(10_000.0 * count / of) / 10_000.0);
    }

    /** The figures as one JSON object, as a server-sent event carries them. */
    String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("n", n);
        ObjectNode t = root.putObject("text");
        text.forEach(t::put);
        ObjectNode b = root.putObject("bars");
        bars.forEach(b::put);
        return root.toString();
    }
}
