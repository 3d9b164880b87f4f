package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.scorecardkit.cli.Main;

/**
 * A customer page posting to a form service (fixture {@code form12/site} with a submission endpoint): the
 * customer sends only the items and the form's own fields, no empty respondent, group or date; what arrives
 * tallies; a failed send offers "Try again", which sends once more.
 */
class CustomerSubmissionTest {
    static final Endpoint ENDPOINT = Endpoint.start();
    private static final Duration WAIT = Duration.ofSeconds(5);

    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.content(content -> {
        CustomerPageTest.useFixture(content);
        try {
            Files.writeString(content.resolve("site.yaml"), "submission:\n  method: post\n  url: " + ENDPOINT.url() + "\n",
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    @AfterAll
    static void stopEndpoint() {
        ENDPOINT.close();
    }

    @BeforeEach
    void resetEndpoint() {
        ENDPOINT.reset();
    }

    private static FormPage answerNps(int score) {
        FormPage form = new FormPage(SITE.open("nps/index.html"));
        form.click("recommend", score);
        form.write("reason", "Kind staff, slow till");
        form.submitForResult();
        return form;
    }

    @Test
    void aCustomerSendsOnlyTheItemsAndWhatArrivesTallies(@TempDir Path out) throws IOException {
        FormPage form = answerNps(9);

        Endpoint.Post post = ENDPOINT.next(WAIT);
        Map<String, List<String>> expected = new TreeMap<>(Map.of("instrument", List.of("nps"), "version", List.of("1"),
                "_gotcha", List.of(""), "recommend", List.of("9"), "reason", List.of("Kind staff, slow till")));
        assertEquals(expected, new TreeMap<>(post.fields()), "no respondent, group or date is sent: " + post.body());
        assertEquals(0, form.page.locator("#result .sent, #result .send-error").count(), "the customer is thanked once, not told twice");
        assertEquals(List.of(), ENDPOINT.drain(), "sent once");

        // The service's export: the posted fields as columns, as the tally reads a form service's CSV.
        List<String> names = List.copyOf(post.fields().keySet());
        StringBuilder csv = new StringBuilder(String.join(",", names)).append("\r\n");
        csv.append(String.join(",", names.stream().map(n -> "\"" + post.one(n).replace("\"", "\"\"") + "\"").toList())).append("\r\n");
        Path returns = Files.writeString(out.resolve("returns.csv"), csv);
        assertEquals(0, Main.run("tally", "nps", returns.toString(), "--content", CustomerPageTest.FIXTURE.toString(),
                "--out", out.resolve("report").toString()), "the tally reads what the customer sent");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("report/summary.json").toFile());
        assertEquals(1, summary.path("rows").path("accepted").asInt(), "one response taken: " + summary);
        assertEquals(1, summary.path("nps").path("promoters").asInt(), "as a promoter: " + summary);
        assertEquals(0, summary.path("problems").path("column_ignored").asInt(), "every column known to the tally: " + summary);
    }

    @Test
    void aFailedSendOffersTryAgainWhichSendsOnceMore() {
        ENDPOINT.answerWith(500);
        FormPage form = answerNps(4);
        ENDPOINT.next(WAIT);
        form.page.locator("#result .send-error").waitFor();
        assertEquals("alert", form.page.locator("#result .send-error").getAttribute("role"));

        ENDPOINT.answerWith(200);
        form.page.locator("#send-again").click();

        assertEquals("4", ENDPOINT.next(WAIT).one("recommend"));
        assertEquals(0, form.page.locator("#result .send-error").count(), "the error is put away");
        form.page.waitForFunction("() => localStorage.getItem('scorecard:nps:1') === null");   // sent: no longer kept
        assertEquals(List.of(), ENDPOINT.drain());
    }
}
