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
import org.scorecardkit.model.Option;
import org.scorecardkit.model.ScoreRange;
import org.scorecardkit.model.Scoring;
import org.scorecardkit.model.Section;
import org.scorecardkit.model.Submission;

/**
 * Writes what scorecard.js needs to score a form in the browser: the items, the scoring rules with
 * their bands, the response columns and where to submit, as the JSON of the page's data island.
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
        data.put("title", instrument.title());
        data.put("kind", instrument.kind().yamlName());
        data.put("columns", instrument.columns());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : instrument.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("id", s.id());
            section.put("title", s.title());
            sections.add(section);
        }
        data.put("sections", sections);
        data.put("items", instrument.answeredItems().stream().map(i -> item(instrument, i)).toList());
        data.put("scoring", scoring(instrument, markdown, pagePath));
        data.put("submit", submit(submission));
        try {
            return JSON.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the data of " + instrument.id(), e);
        }
    }

    private static Map<String, Object> item(Instrument instrument, Item i) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", i.id());
        item.put("type", i.type().yamlName());
        item.put("section", instrument.sectionOf(i).id());
        item.put("required", i.required());
        if (i.type() == ItemType.RATING && i.scale() != null) {
            item.put("min", i.scale().min());
            item.put("max", i.scale().max());
        }
        if (i.type() == ItemType.SINGLE || i.type() == ItemType.MULTIPLE) {
            item.put("options", i.options().stream().map(Option::value).toList());
        }
        item.put("text", i.text());
        return item;
    }

    private static Map<String, Object> scoring(Instrument instrument, MarkdownRenderer markdown, String pagePath) {
        Scoring s = instrument.scoring();
        Map<String, Object> scoring = new LinkedHashMap<>();
        scoring.put("method", s.method().yamlName());
        scoring.put("items", s.items());
        scoring.put("partly", s.partly());
        ScoreRange range = instrument.scoreRange();
        if (range != null) {
            scoring.put("min", range.min());
            scoring.put("max", range.max());
        }
        scoring.put("integer", s.method().integerScores());
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
        scoring.put("bands", bands);
        return scoring;
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
