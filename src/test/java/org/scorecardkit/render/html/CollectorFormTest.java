package org.scorecardkit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;
import org.scorecardkit.build.SiteBuild;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.TestSite;

/**
 * A site whose forms post to the kit's collector (fixture {@code collect-site}): each form is a plain POST to
 * {@code <collector>/responses/<instrument id>} with the fields the collector reads, its data island tells the
 * script so (and carries the words a collector's answers need), thanks pages are written, and a form service's
 * pages are as before. The shipped content posting to a collector stays within the form page budget.
 */
class CollectorFormTest {
    static final Path FIXTURE = Path.of("src/test/resources/collect-site");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The page budget of PageBudgetTest: a form page with the CSS and JS it loads. */
    private static final int BUDGET = 32_768;

    @TempDir
    Path tmp;

    private Path render(Path content) throws IOException {
        ContentLoader.Result loaded = ContentLoader.load(content);
        assertTrue(loaded.ok(), loaded.problems().toString());
        Path out = tmp.resolve("site");
        new HtmlSiteRenderer().render(loaded.content(), out);
        return out;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }

    private static JsonNode island(Document page) throws IOException {
        return JSON.readTree(page.selectFirst("script#instrument-data").data());
    }

    @Test
    void eachFormPostsToItsInstrumentsPathAtTheCollector() throws IOException {
        Path site = render(FIXTURE);

        for (String id : List.of("nps", "staff")) {
            Document doc = page(site, id + "/index.html");
            Element form = doc.selectFirst("form#response-form");
            assertEquals("post", form.attr("method"), id);
            assertEquals("https://collect.example.org/responses/" + id, form.attr("action"), id);
            assertFalse(form.hasAttr("data-netlify"), id);
            assertEquals(id, form.selectFirst("input[type=hidden][name=instrument]").val());
            assertEquals("1", form.selectFirst("input[type=hidden][name=version]").val());
            assertEquals(1, form.select(".hp input[name=_gotcha]").size(), id + ": the honeypot the collector reads");
            assertEquals(0, doc.select("noscript").size(), id + ": the plain form post works without JavaScript");
            assertTrue(Files.isRegularFile(site.resolve(id + "/thanks.html")), id + ": a thanks page");
            JsonNode submit = island(doc).path("submit");
            assertEquals("https://collect.example.org/responses/" + id, submit.path("url").asText());
            assertTrue(submit.path("collector").asBoolean(), submit.toString());
            assertEquals("post", submit.path("method").asText());
        }
    }

    @Test
    void theFormNamesItsFieldsAsTheCollectorReadsThem() throws IOException {
        Element form = page(render(FIXTURE), "staff/index.html").selectFirst("form#response-form");

        Map<String, String> names = new LinkedHashMap<>();
        form.select("input[name], textarea[name]").forEach(e -> names.putIfAbsent(e.attr("name"), e.attr("type")));
        assertEquals(List.of("instrument", "version", "respondent", "group", "date", "_gotcha", "recommend", "reason"),
                List.copyOf(names.keySet()));
    }

    @Test
    void theIslandCarriesTheWordsOfACollectorsAnswersForEachAudience() throws IOException {
        Path site = render(FIXTURE);

        JsonNode customer = island(page(site, "nps/index.html")).path("words");
        assertEquals("Sorry, these answers were not accepted:", customer.path("refused").asText());
        assertEquals("Try again", customer.path("button.again").asText());
        assertEquals("Change my answers", customer.path("button.edit").asText(), "a refused customer may change the answers");
        JsonNode staff = island(page(site, "staff/index.html")).path("words");
        assertEquals("Try again", staff.path("button.again").asText(), "a participant's failed send is offered again too");
        assertTrue(staff.has("refused"));
    }

    @Test
    void aFormServicesPagesAreAsBefore() throws IOException {
        TestSite content = TestSite.copyOfBase(tmp).with("site.yaml",
                "title: T\norganisation: O\nnav: [about]\nsubmission: {method: post, url: \"https://formspree.io/f/abc\"}\n");
        Document doc = page(render(content.dir()), "one/index.html");

        assertEquals("https://formspree.io/f/abc", doc.selectFirst("form#response-form").attr("action"));
        JsonNode data = island(doc);
        assertFalse(data.path("submit").has("collector"), data.path("submit").toString());
        assertFalse(data.path("words").has("refused"), "a collector's words are not carried where no collector answers");
    }

    @Test
    void theShippedContentPostingToACollectorStaysWithinTheBudget() throws IOException {
        Path content = TestFiles.copyTree(Path.of("content"), tmp.resolve("content"));
        Files.writeString(content.resolve("site.yaml"), "submission:\n  collector: https://collect.example.org\n",
                StandardOpenOption.APPEND);
        SiteBuild.Result built = SiteBuild.run(content, tmp.resolve("built"));
        assertTrue(built.built(), built.loaded().problems().toString());

        Map<String, Long> over = new LinkedHashMap<>();
        Map<String, Long> weights = new LinkedHashMap<>();
        int forms = 0;
        for (String path : built.files().stream().filter(f -> f.endsWith("/index.html")).toList()) {
            Document doc = Jsoup.parse(built.out().resolve(path).toFile(), "UTF-8");
            if (doc.selectFirst("form#response-form") == null) {
                continue;
            }
            forms++;
            assertTrue(doc.selectFirst("form#response-form").attr("action").startsWith("https://collect.example.org/responses/"));
            long total = Files.size(built.out().resolve(path));
            for (Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                total += Files.size(built.out().resolve(URI.create("http://site/" + path).resolve(ref).getPath().substring(1)));
            }
            weights.put(path, total);
            if (total > BUDGET) {
                over.put(path, total);
            }
        }
        System.out.println("page weights posting to a collector: " + weights);
        assertEquals(6, forms, "the six responding instruments");
        assertEquals(Map.of(), over, "over the " + BUDGET + " byte budget");
    }
}
