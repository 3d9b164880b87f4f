package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.RespondentField;
import org.scorecardkit.model.Section;

/**
 * The form pages as built, before any script runs, held to the web contract the JavaScript and the
 * other browser tests rely on: the hooks on every item, the respondent fields, the honeypot, the
 * result section and the data island. Every deviation is listed at once.
 */
class FormContractTest {
    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.standardContent();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Document page(String path) throws IOException {
        return Jsoup.parse(SITE.siteDir().resolve(path).toFile(), "UTF-8");
    }

    /** A short account of how two lists differ. */
    private static String diff(List<String> got, List<String> want) {
        int i = 0;
        while (i < got.size() && i < want.size() && got.get(i).equals(want.get(i))) {
            i++;
        }
        return got.size() + " entries, contract: " + want.size() + "; first difference at " + i + ": "
                + (i < got.size() ? got.get(i) : "(none)") + " vs " + (i < want.size() ? want.get(i) : "(none)");
    }

    private static void expect(List<String> out, boolean ok, String what) {
        if (!ok) {
            out.add(what);
        }
    }

    private static String typeClass(Item item) {
        return item.type().yamlName();
    }

    /** Every contract hook of one item, as deviations. */
    private static void checkItem(List<String> out, Document doc, Instrument in, Item item) {
        String id = item.id();
        Element w = doc.getElementById("q-" + id);
        if (w == null) {
            out.add(id + ": no wrapper with id=\"q-" + id + "\"");
            return;
        }
        String where = id + ": ";
        boolean text = item.type() == ItemType.TEXT;
        expect(out, w.tagName().equals(text ? "div" : "fieldset"), where + "wrapper is <" + w.tagName() + ">, contract: <" + (text ? "div" : "fieldset") + ">");
        expect(out, w.hasClass("q") && w.hasClass(typeClass(item)), where + "wrapper class=\"" + w.className() + "\", contract: \"q " + typeClass(item) + "\"");
        Element caption = w.selectFirst(text ? "label" : "legend");
        if (caption == null) {
            out.add(where + "no " + (text ? "label" : "legend"));
            return;
        }
        // The number is a CSS counter, so the caption holds the item's text and, for optional items, the marker.
        Element bare = caption.clone();
        bare.select("span.optional").remove();
        expect(out, bare.text().equals(item.text()), where + "caption reads \"" + bare.text() + "\", contract: the item's text");
        expect(out, (caption.selectFirst("span.optional") != null) == !item.required(),
                where + (item.required() ? "required but marked (optional)" : "optional but not marked <span class=\"optional\">(optional)</span>"));
        if (text) {
            Element area = w.selectFirst("textarea");
            expect(out, area != null && area.id().equals("i-" + id) && area.attr("name").equals(id) && caption.attr("for").equals("i-" + id),
                    where + "text item needs <label for=\"i-" + id + "\"> and <textarea id=\"i-" + id + "\" name=\"" + id + "\">");
            return;
        }
        Elements inputs = w.select("input");
        List<String> values = inputs.eachAttr("value");
        List<String> expected = item.type() == ItemType.RATING
                ? IntStream.rangeClosed(item.scale().min(), item.scale().max()).mapToObj(String::valueOf).toList()
                : item.choices().stream().map(o -> o.value()).toList();
        expect(out, values.equals(expected), where + "values " + values + ", contract: " + expected);
        String type = item.type() == ItemType.MULTIPLE ? "checkbox" : "radio";
        expect(out, inputs.stream().allMatch(i -> i.attr("type").equals(type) && i.attr("name").equals(id) && i.parent().tagName().equals("label")),
                where + "every choice is <label><input type=\"" + type + "\" name=\"" + id + "\"></label>");
        List<Boolean> required = inputs.stream().map(i -> i.hasAttr("required")).toList();
        List<Boolean> wanted = IntStream.range(0, inputs.size()).mapToObj(i -> i == 0 && item.required() && item.type() != ItemType.MULTIPLE).toList();
        expect(out, required.equals(wanted), where + "required on " + required + ", contract: on the first radio of a required item only");
        if (item.type() == ItemType.RATING) {
            expect(out, w.selectFirst(".scale > .points") != null, where + "rating needs <div class=\"scale\">…<div class=\"points\">");
        } else {
            expect(out, !w.select("> label > input").isEmpty(), where + "choices are <label> children of the fieldset");
        }
    }

    /**
     * Item deviations ("id: what") grouped by what, with the item ids listed, so one template
     * deviation reads as one line however many items it hits.
     */
    private static List<String> grouped(List<String> itemDeviations) {
        java.util.Map<String, List<String>> byWhat = new java.util.LinkedHashMap<>();
        for (String d : itemDeviations) {
            int colon = d.indexOf(": ");
            String id = d.substring(0, colon);
            String what = d.substring(colon + 2).replace("\"" + id + "\"", "\"ID\"").replace("-" + id + "\"", "-ID\"")
                    .replaceAll("<span class=\"n\">\\d+\\.</span>", "<span class=\"n\">N.</span>")
                    .replaceAll("reads \"[^\"]*\"$", "reads the text");
            byWhat.computeIfAbsent(what, k -> new ArrayList<>()).add(id);
        }
        List<String> out = new ArrayList<>();
        byWhat.forEach((what, ids) -> out.add(what + " — items: " + (ids.size() > 6 ? ids.subList(0, 6) + " and " + (ids.size() - 6) + " more" : ids)));
        return out;
    }

    @Test
    void everyFormPageHasTheContractsHooks() throws IOException {
        List<String> out = new ArrayList<>();
        for (String path : SITE.formPages()) {
            String id = path.substring(0, path.indexOf('/'));
            Instrument in = SITE.instrument(id);
            Document doc = page(path);
            List<String> dev = new ArrayList<>();
            Element form = doc.getElementById("response-form");
            if (form == null) {
                out.add(path + ": no <form id=\"response-form\">");
                continue;
            }
            expect(dev, !form.hasAttr("method") && !form.hasAttr("action"), "with no submission: no method (GET) and no action, found method=\""
                    + form.attr("method") + "\" action=\"" + form.attr("action") + "\"");
            expect(dev, form.select("> input[type=hidden][name=instrument][value=" + id + "]").size() == 1
                    && form.select("> input[type=hidden][name=version][value=" + in.version() + "]").size() == 1, "hidden inputs instrument and version");
            // Issue 12: exactly the respondent fields the instrument asks (none on a customer page by default).
            var asks = in.delivery().asks();
            expect(dev, (doc.select(".respondent label[for=f-respondent]").size() == 1 && doc.select("#f-respondent[name=respondent][autocomplete=name]").size() == 1)
                    == asks.contains(RespondentField.NAME), "\"Your name\" label and input#f-respondent name=respondent autocomplete=name exactly when asked");
            expect(dev, (doc.select(".respondent label[for=f-group]").size() == 1 && doc.select("#f-group[name=group]").size() == 1)
                    == asks.contains(RespondentField.GROUP), "group label and input#f-group exactly when asked");
            expect(dev, (doc.select(".respondent label[for=f-date]").size() == 1 && doc.select("#f-date[name=date][type=date]").size() == 1)
                    == asks.contains(RespondentField.DATE), "date label and input#f-date type=date exactly when asked");
            expect(dev, doc.select("p.hp[aria-hidden=true] input[name=_gotcha][tabindex=-1][autocomplete=off]").size() == 1, "honeypot p.hp with _gotcha tabindex=-1");
            for (Section s : in.sections()) {
                Element sec = doc.getElementById("section-" + s.id());
                expect(dev, sec != null && sec.hasClass("form-section") && (s.title() == null || sec.selectFirst("h2") != null && sec.selectFirst("h2").text().equals(s.title())),
                        "section#section-" + s.id() + ".form-section with its <h2>");
            }
            // Only a form that mixes required and optional items needs to say which is which.
            expect(dev, (doc.text().contains("All questions need an answer unless marked (optional).")) == in.mixesRequiredAndOptional(),
                    "the line \"All questions need an answer unless marked (optional).\" exactly when required and optional items mix");
            expect(dev, doc.select("#response-form .form-actions button[type=submit]").size() == 1, "div.form-actions with the submit button");
            Element result = doc.getElementById("result");
            expect(dev, result != null && result.tagName().equals("section") && result.hasClass("result") && result.hasAttr("hidden")
                    && result.attr("tabindex").equals("-1") && result.attr("aria-labelledby").equals("result-title"),
                    "<section id=\"result\" class=\"result\" hidden tabindex=\"-1\" aria-labelledby=\"result-title\">");
            expect(dev, doc.select("script[src=../assets/scorecard.js][defer]").size() == 1, "<script src=\"../assets/scorecard.js\" defer>");
            expect(dev, doc.select("noscript").size() == 1, "<noscript> note (method none)");
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    expect(dev, !a.getKey().toLowerCase().startsWith("on"), "inline event handler " + a.getKey() + " on <" + e.tagName() + ">");
                }
            }
            for (Element s : doc.select("script:not([src])")) {
                expect(dev, s.id().equals("instrument-data") && s.attr("type").equals("application/json"), "an inline script other than the data island");
            }
            List<String> itemDev = new ArrayList<>();
            for (Item item : in.answeredItems()) {
                checkItem(itemDev, doc, in, item);
            }
            dev.addAll(grouped(itemDev));
            dev.forEach(d -> out.add(path + ": " + d));
        }

        assertTrue(out.isEmpty(), "deviations from the web contract:\n" + String.join("\n", out));
    }

    @Test
    void theDataIslandDescribesTheInstrumentAsTheContractSays() throws IOException {
        List<String> out = new ArrayList<>();
        for (String path : SITE.formPages()) {
            String id = path.substring(0, path.indexOf('/'));
            Instrument in = SITE.instrument(id);
            Element island = page(path).getElementById("instrument-data");
            if (island == null) {
                out.add(path + ": no <script type=\"application/json\" id=\"instrument-data\">");
                continue;
            }
            JsonNode d = JSON.readTree(island.data());
            List<String> dev = new ArrayList<>();
            expect(dev, d.path("id").asText().equals(id) && d.path("version").asText().equals(in.version()) && d.path("version").isTextual(), "id and version (a string)");
            expect(dev, d.path("kind").asText().equals(in.kind().yamlName()), "kind: " + d.path("kind"));
            // The script reads items, sections and columns from the form itself; the island must not repeat them.
            for (String absent : List.of("title", "columns", "items", "sections")) {
                expect(dev, d.path(absent).isMissingNode(), "no \"" + absent + "\" in the island (the form carries it)");
            }
            JsonNode sc = d.path("scoring");
            expect(dev, sc.path("method").asText().equals(in.scoring().method().name().toLowerCase()), "scoring.method " + sc.path("method"));
            List<String> scored = new ArrayList<>();
            sc.path("items").forEach(s -> scored.add(s.asText()));
            ItemType counted = in.scoring().method().scoredType();
            List<String> byDefault = in.items().stream().filter(i -> i.type() == counted).map(Item::id).toList();
            expect(dev, sc.path("items").isMissingNode() ? in.scoring().items().equals(byDefault) : scored.equals(in.scoring().items()),
                    "scoring.items: given exactly when they differ from every " + counted.yamlName() + " item: " + diff(scored, in.scoring().items()));
            expect(dev, sc.path("bands").size() == in.scoring().bands().size(), "scoring.bands: " + sc.path("bands").size() + " of " + in.scoring().bands().size());
            for (int b = 0; b < in.scoring().bands().size(); b++) {
                JsonNode band = sc.path("bands").path(b);
                var want2 = in.scoring().bands().get(b);
                // A customer page carries only the band's text: its key and label ("Detractors") are not in the page.
                boolean named = in.delivery().forCustomers() ? band.path("key").isMissingNode() && band.path("label").isMissingNode()
                        : band.path("key").asText().equals(want2.key()) && band.path("label").asText().equals(want2.label());
                expect(dev, named
                        && band.path("min").asDouble() == want2.min() && band.path("max").asDouble() == want2.max() && band.path("html").asText().startsWith("<p>"),
                        "band " + b + " key/label/min/max/html: " + band);
            }
            expect(dev, d.path("submit").path("method").asText().equals("none"), "submit.method none: " + d.path("submit"));
            expect(dev, d.path("customers").asBoolean(false) == in.delivery().forCustomers(), "customers: true exactly on a customer page");
            // The script's words, keyed without "script.": a participant's scorecard, a customer's thanks, never both.
            JsonNode words = d.path("words");
            expect(dev, in.delivery().forCustomers() ? words.path("thanks").asText().equals("Thank you") && words.path("heading").isMissingNode()
                    : words.path("heading").asText().equals("Your scorecard") && words.path("thanks").isMissingNode(), "words: " + words);
            dev.forEach(x -> out.add(path + ": " + x));
        }

        assertTrue(out.isEmpty(), "deviations of the data island from the web contract:\n" + String.join("\n", out));
    }
}
