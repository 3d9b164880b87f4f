package org.scorecardkit.render.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.model.Scoring;
import org.scorecardkit.model.Submission;

/**
 * Writes what scorecard.js needs to score a form in the browser beyond the form itself (which it reads
 * for the items): the scoring rules with their bands and where to submit, as the page's data island.
 */
final class InstrumentJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InstrumentJson() {
    }

    /** The JSON, safe inside a script element: every "<" is escaped, so no "</script>" can close it. */
    static String of(Instrument instrument, Submission submission, MarkdownRenderer markdown, String pagePath) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", instrument.id());
        data.put("version", instrument.version());
        data.put("kind", instrument.kind().yamlName());
        data.put("scoring", scoring(instrument, markdown, pagePath));
        data.put("submit", submit(submission));
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
        scoring.put("partly", s.partly());
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
            band.put("key", b.key());
            band.put("label", b.label());
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

    private static List<String> defaultScored(Instrument instrument) {
        ItemType type = instrument.scoring().method().scoredType();
        return instrument.items().stream().filter(i -> i.type() == type).map(Item::id).toList();
    }

    private static Map<String, Object> submit(Submission submission) {
        Map<String, Object> submit = new LinkedHashMap<>();
        submit.put("method", submission.post() ? "post" : "none");
        if (submission.post()) {
            submit.put("url", FormAction.of(submission));
            submit.put("netlify", submission.netlify());
            submit.put("thanks", "thanks.html");
        }
        return submit;
    }
}
