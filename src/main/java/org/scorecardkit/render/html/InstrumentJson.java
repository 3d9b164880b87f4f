package org.scorecardkit.render.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Delivery;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.model.Scoring;
import org.scorecardkit.model.ScoringMethod;
import org.scorecardkit.model.Submission;
import org.scorecardkit.render.Words;

/**
 * Writes what scorecard.js needs to score a form in the browser beyond the form itself (which it reads
 * for the items): the scoring rules with their bands, where to submit, whom the page speaks to (a customer
 * is thanked, not scored) and the script's words in the site's language, as the page's data island.
 */
final class InstrumentJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What "partly" counts for when the YAML says nothing; the script assumes it too. */
    private static final double DEFAULT_PARTLY = 0.5;
    private static final String SCRIPT = "script.";
    // Which parts of scorecard.js use which words: a customer is thanked, a participant gets the scorecard.
    private static final Set<String> THANKS_WORDS = Set.of("script.thanks", "script.thanks.default", "script.button.again");
    private static final Set<String> SCORECARD_WORDS = Set.of("script.heading", "script.no-score", "script.of", "script.sent",
            "script.button.download-json", "script.button.download-csv", "script.button.print", "script.button.edit",
            "script.button.clear", "script.rating", "script.no-answer", "script.chart.answers", "script.grow",
            "script.grow.none", "script.chart.coverage", "script.no-answers");
    private static final Set<String> PROFILE_WORDS = Set.of("script.rating", "script.no-answer", "script.chart.answers",
            "script.grow", "script.grow.none");
    private static final Set<String> COVERAGE_WORDS = Set.of("script.chart.coverage", "script.no-answers");

    private InstrumentJson() {
    }

    /** The JSON, safe inside a script element: every "<" is escaped, so no "</script>" can close it. */
    static String of(Instrument instrument, Submission submission, MarkdownRenderer markdown, String pagePath) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", instrument.id());
        data.put("version", instrument.version());
        data.put("kind", instrument.kind().yamlName());
        Delivery delivery = instrument.delivery();
        if (delivery.forCustomers()) {
            // The script then thanks instead of scoring; the thanks are the organisation's own words.
            data.put("customers", true);
            if (delivery.thanks() != null) {
                data.put("thanks", markdown.html(delivery.thanks(), pagePath));
            }
        }
        data.put("scoring", scoring(instrument, markdown, pagePath));
        data.put("submit", submit(submission, instrument.id()));
        data.put("words", words(instrument, submission));
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the data of " + instrument.id(), e);
        }
    }

    private static Map<String, Object> scoring(Instrument instrument, MarkdownRenderer markdown, String pagePath) {
        Scoring s = instrument.scoring();
        Map<String, Object> scoring = new LinkedHashMap<>();
        scoring.put("method", s.method().yamlName());
        // The default (every rating item, or every check item for coverage) is left for the script to derive.
        if (!s.items().equals(defaultScored(instrument))) {
            scoring.put("items", s.items());
        }
        if (s.partly() != DEFAULT_PARTLY) {
            scoring.put("partly", s.partly());
        }
        ScoreRange range = instrument.scoreRange();
        if (range != null) {
            scoring.put("min", range.min());
            scoring.put("max", range.max());
        }
        if (s.method().integerScores()) {
            scoring.put("integer", true);
        }
        List<Map<String, Object>> bands = new ArrayList<>();
        for (Band b : s.bands()) {
            Map<String, Object> band = new LinkedHashMap<>();
            // A customer is only thanked in the band's words: its name ("Detractors") is not in the page at all.
            if (!instrument.delivery().forCustomers()) {
                band.put("key", b.key());
                band.put("label", b.label());
            }
            band.put("min", b.min());
            band.put("max", b.max());
            band.put("html", markdown.html(b.text(), pagePath));
            bands.add(band);
        }
        if (!bands.isEmpty()) {
            scoring.put("bands", bands);
        }
        return scoring;
    }

    /**
     * The script's words in the instrument's language (the site's unless the instrument says otherwise), keyed
     * without the "script." every key shares, and only those this page can show: the page carries them on each
     * load, so the bytes count against its budget. A word left out here shows as its key, which the tests see.
     */
    private static Map<String, String> words(Instrument instrument, Submission submission) {
        boolean customers = instrument.delivery().forCustomers();
        Set<String> unused = new HashSet<>(customers ? SCORECARD_WORDS : THANKS_WORDS);
        if (submission.toCollector()) {
            // A collector's failed send is offered again to everyone, and a customer whose answers it refused may change them.
            unused.removeAll(Set.of("script.button.again", "script.button.edit"));
        } else {
            unused.add("script.refused");
        }
        if (instrument.kind() != Kind.SELF_ASSESSMENT) {
            unused.addAll(PROFILE_WORDS);
        }
        if (instrument.scoring().method() != ScoringMethod.COVERAGE) {
            unused.addAll(COVERAGE_WORDS);
        }
        if (customers || instrument.scoring().method() != ScoringMethod.NONE && instrument.kind() != Kind.SURVEY) {
            unused.add("script.answers");
        }
        Map<String, String> words = new TreeMap<>();
        Words.of(instrument.language()).withPrefix(SCRIPT).forEach((k, v) -> {
            if (!unused.contains(k)) {
                words.put(k.substring(SCRIPT.length()), v);
            }
        });
        return words;
    }

    private static List<String> defaultScored(Instrument instrument) {
        ItemType type = instrument.scoring().method().scoredType();
        return instrument.items().stream().filter(i -> i.type() == type).map(Item::id).toList();
    }

    private static Map<String, Object> submit(Submission submission, String instrumentId) {
        Map<String, Object> submit = new LinkedHashMap<>();
        submit.put("method", submission.post() ? "post" : "none");
        if (submission.post()) {
            submit.put("url", FormAction.of(submission, instrumentId));
            submit.put("netlify", submission.netlify());
            if (submission.toCollector()) {
                // The script then adds the submission id and the time taken, and reads the collector's answer.
                submit.put("collector", true);
            }
            submit.put("thanks", "thanks.html");
        }
        return submit;
    }
}
