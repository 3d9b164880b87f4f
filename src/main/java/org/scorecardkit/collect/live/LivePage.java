package org.scorecardkit.collect.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.render.Words;
import org.scorecardkit.tally.report.Labels;
import org.scorecardkit.tally.stats.Summary;

/**
 * Renders an instrument's live page for a projector: the count of responses, the score (NPS with its three
 * groups, a mean with its bands, or coverage per section) and every item's answers as bars, each figure in a
 * slot named by {@link LiveFigures}'s keys, which the page script refills from the server-sent events.
 */
final class LivePage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LivePage() {
    }

    static String render(Instrument instrument, Summary.Numbers numbers, LiveFigures figures, Words words, String language) {
        Html h = new Html().head(language, instrument.title());
        String events = "/live/" + URLEncoder.encode(instrument.id(), StandardCharsets.UTF_8).replace("+", "%20") + "/events";
        h.raw("<body class=\"live\" data-events=\"").text(events).raw("\">\n<header class=\"top\"><div class=\"titles\">")
                .raw("<p class=\"kind\">").text(words.get(instrument.kind().wordKey())).raw("</p><h1>").text(instrument.title())
                .raw("</h1></div><div class=\"count\"><span class=\"count-n\" data-v=\"n\">").text(figures.text().get("n"))
                .raw("</span><span class=\"count-label\">").text(words.get("live.page.responses")).raw("</span></div>")
                .raw("<p class=\"status\" id=\"status\" role=\"status\" data-state=\"connecting\">")
                .text(words.get("live.status.connecting")).raw("</p></header>\n<main>\n");
        ScoringMethod method = instrument.scoring().method();
        if (numbers.nps() != null) {
            nps(h, instrument, figures, words);
        } else if (method != ScoringMethod.NONE && method != ScoringMethod.COVERAGE) {
            score(h, instrument, figures, words, "live.page.mean");
        }
        if (!numbers.coverage().isEmpty()) {
            coverage(h, numbers, figures, words);
        }
        items(h, instrument, numbers, figures, words);
        h.raw("</main>\n<nav class=\"back\"><a href=\"/admin/\">").text(words.get("live.page.back")).raw("</a></nav>\n");
        h.raw("<script type=\"application/json\" id=\"live-words\">").raw(scriptWords(words)).raw("</script>\n")
                .raw("<script src=\"").raw(AdminRoutes.SCRIPT).raw("\" defer></script>\n</body></html>\n");
        return h.toString();
    }

    private static void nps(Html h, Instrument instrument, LiveFigures f, Words words) {
        h.raw("<section class=\"panel headline\"><div class=\"big\"><span class=\"big-n\" data-v=\"nps.score\">")
                .text(f.text().get("nps.score")).raw("</span><span class=\"big-label\">").text(words.get("live.page.nps"))
                .raw("</span></div><ul class=\"bars nps\">");
        for (Band b : instrument.scoring().bands()) {
            String key = "nps." + b.key();
            if (f.text().containsKey(key)) {
                bar(h, b.label(), key, f, b.key());
            }
        }
        h.raw("</ul></section>\n");
    }

    private static void score(Html h, Instrument instrument, LiveFigures f, Words words, String label) {
        h.raw("<section class=\"panel headline\"><div class=\"big\"><span class=\"big-n\" data-v=\"score.mean\">")
                .text(f.text().get("score.mean")).raw("</span><span class=\"big-label\">").text(words.get(label)).raw("</span></div>");
        if (!instrument.scoring().bands().isEmpty()) {
            h.raw("<div class=\"bands\"><h2>").text(words.get("live.page.bands")).raw("</h2><ul class=\"bars\">");
            for (Band b : instrument.scoring().bands()) {
                bar(h, b.label(), LiveFigures.band(b.label()), f, null);
            }
            h.raw("</ul></div>");
        }
        h.raw("</section>\n");
    }

    private static void coverage(Html h, Summary.Numbers numbers, LiveFigures f, Words words) {
        h.raw("<section class=\"panel headline\"><h2>").text(words.get("live.page.coverage")).raw("</h2><ul class=\"bars\">");
        for (Summary.SectionStats s : numbers.coverage().values()) {
            bar(h, s.title() == null || s.title().isBlank() ? s.id() : s.title(), LiveFigures.section(s.id()), f, null);
        }
        h.raw("</ul></section>\n");
    }

    private static void items(Html h, Instrument instrument, Summary.Numbers numbers, LiveFigures f, Words words) {
        h.raw("<section class=\"items\"><h2 class=\"items-title\">").text(words.get("live.page.answers")).raw("</h2>");
        for (Summary.ItemStats s : numbers.items().values()) {
            Item item = instrument.item(s.id());
            if (item == null || s.counts().isEmpty()) {
                continue;
            }
            h.raw("<article class=\"panel item\"><h3>").text(Labels.of(instrument, item)).raw("</h3><p class=\"meta\">");
            slot(h, LiveFigures.itemAnswered(s.id()), f);
            if (f.text().containsKey(LiveFigures.itemMean(s.id()))) {
                h.raw(" · ");
                slot(h, LiveFigures.itemMean(s.id()), f);
            }
            h.raw("</p><ul class=\"bars\">");
            for (String value : s.counts().keySet()) {
                bar(h, answerLabel(item, value), LiveFigures.answer(s.id(), value), f, null);
            }
            h.raw("</ul></article>\n");
        }
        h.raw("</section>\n");
    }

    /** One labelled bar: an SVG rectangle as long as the share (attributes, not styles, so no inline CSS is needed). */
    private static void bar(Html h, String label, String key, LiveFigures f, String tone) {
        double share = f.bars().getOrDefault(key, 0.0);
        h.raw("<li class=\"row").raw(tone == null ? "" : " tone-" + tone).raw("\"><span class=\"label\">").text(label)
                .raw("</span><svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
                .raw("<rect class=\"track\" width=\"100\" height=\"10\"/><rect class=\"fill\" data-b=\"").text(key)
                .raw("\" width=\"").raw(width(share)).raw("\" height=\"10\"/></svg>");
        h.raw("<span class=\"value\">");
        slot(h, key, f);
        h.raw("</span></li>");
    }

    private static void slot(Html h, String key, LiveFigures f) {
        h.raw("<span data-v=\"").text(key).raw("\">").text(f.text().getOrDefault(key, "")).raw("</span>");
    }

    static String width(double share) {
        return String.format(java.util.Locale.ROOT, "%.2f", 100 * Math.max(0, Math.min(1, share)));
    }

    /** An answer as the sheet shows it: a scale point with its label, an option's label, Yes/Partly/No. */
    static String answerLabel(Item item, String value) {
        if (item.type() == ItemType.RATING) {
            String label = item.scale().label(Integer.parseInt(value));
            return label == null ? value : value + " " + label;
        }
        return item.choices().stream().filter(o -> o.value().equals(value)).map(o -> o.label()).findFirst().orElse(value);
    }

    /** The words the script shows, as a JSON data block ({@code <} escaped, so no text can close the element). */
    private static String scriptWords(Words words) {
        Map<String, String> w = new LinkedHashMap<>();
        w.put("live", words.get("live.status.live"));
        w.put("connecting", words.get("live.status.connecting"));
        w.put("offline", words.get("live.status.offline"));
        w.put("updated", words.get("live.status.updated"));
        try {
            return JSON.writeValueAsString(w).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
