package org.scorecardkit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.collect.store.StoredResponse;

/**
 * {@code POST /responses/<id>} over real HTTP against a collector on a real SQLite file: every answer it
 * gives (201, 303, 200, 400, 404, 405, 409, 413, 415), and what it stores for each. The same tests run
 * against PostgreSQL in {@link ResponsesEndpointPostgresTest}.
 */
class ResponsesEndpointTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TRIO = "{\"instrument\":\"trio\",\"version\":\"2\",\"respondent\":\"Ana\",\"group\":\"Blue\","
            + "\"date\":\"2026-03-05\",\"answers\":{\"a\":4,\"b\":2},\"_id\":\"%s\"}";

    @TempDir
    Path tmp;
    CollectorFixture collector;

    /** The database the collector stores into. */
    String database() {
        return tmp.resolve("responses.db").toString();
    }

    CollectorFixture start() throws Exception {
        collector = CollectorFixture.start(database(), 0, 2);
        return collector;
    }

    @AfterEach
    void stop() {
        if (collector != null) {
            collector.close();
        }
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.readTree(r.body());
    }

    static List<String> fields(HttpResponse<String> r) throws Exception {
        List<String> out = new ArrayList<>();
        json(r).get("errors").forEach(e -> out.add(e.get("field").isNull() ? null : e.get("field").asText()));
        return out;
    }

    @Test
    void theScriptsJsonPostIsStoredAnd201WithItsId() throws Exception {
        start();
        List<String> events = new ArrayList<>();
        collector.collector().events().listen(events::add);

        HttpResponse<String> r = collector.script("trio", CollectorFixture.JSON, TRIO.formatted("sub-1"));

        assertEquals(201, r.statusCode(), r.body());
        assertEquals(Map.of("id", "sub-1", "stored", true), JSON.convertValue(json(r), Map.class));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
        List<StoredResponse> rows = collector.stored("trio");
        assertEquals(1, rows.size());
        StoredResponse row = rows.get(0);
        assertEquals(List.of("sub-1", "2", "Ana", "Blue", "2026-03-05"),
                List.of(row.submission(), row.version(), row.respondent(), row.group(), row.date()));
        assertEquals(Map.of("a", "4", "b", "2"), row.answers());
        assertEquals(List.of("trio"), events);
    }

    @Test
    void aPostWithoutADateIsDatedTheDayItArrived() throws Exception {
        start();
        String before = java.time.LocalDate.now().toString();

        HttpResponse<String> r = collector.script("trio", CollectorFixture.JSON,
                "{\"instrument\":\"trio\",\"version\":\"2\",\"a\":5,\"_id\":\"undated\"}");

        assertEquals(201, r.statusCode(), r.body());
        String after = java.time.LocalDate.now().toString();
        String date = collector.stored("trio").get(0).date();
        assertTrue(date.equals(before) || date.equals(after), "dated " + date + ", arrived " + before);
    }

    @Test
    void aPlainFormPostIsStoredAndSentOnToTheSitesThanksPage() throws Exception {
        start();

        HttpResponse<String> r = collector.post("trio", CollectorFixture.FORM,
                "form-name=trio&instrument=trio&version=2&respondent=Bo&group=&date=2026-03-06&a=3&_gotcha=",
                "Accept", "text/html", "Origin", CollectorFixture.SITE_ORIGIN);

        assertEquals(303, r.statusCode(), r.body());
        assertEquals("https://survey.example.org/trio/thanks.html", r.headers().firstValue("Location").orElse(null));
        List<StoredResponse> rows = collector.stored("trio");
        assertEquals(1, rows.size());
        assertEquals("Bo", rows.get(0).respondent());
        assertEquals(Map.of("a", "3"), rows.get(0).answers());
        assertTrue(rows.get(0).submission().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                "a post without _id gets a made one: " + rows.get(0).submission());
    }

    @Test
    void aRetryOfTheSameSubmissionIs200AndAddsNoRow() throws Exception {
        start();
        assertEquals(201, collector.script("trio", CollectorFixture.JSON, TRIO.formatted("retry-1")).statusCode());

        HttpResponse<String> again = collector.script("trio", CollectorFixture.JSON, TRIO.formatted("retry-1"));
        HttpResponse<String> form = collector.post("trio", CollectorFixture.FORM, "version=2&a=4&b=2&respondent=Ana&group=Blue"
                + "&date=2026-03-05&instrument=trio&_id=retry-1");

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(Map.of("id", "retry-1", "stored", false, "already", true), JSON.convertValue(json(again), Map.class));
        assertEquals(303, form.statusCode(), "a plain form's retry is sent to the thanks page again");
        assertEquals(1, collector.count("trio"));
    }

    @Test
    void theSameSubmissionIdWithOtherAnswersIs409() throws Exception {
        start();
        assertEquals(201, collector.script("trio", CollectorFixture.JSON, TRIO.formatted("twice")).statusCode());

        HttpResponse<String> r = collector.script("trio", CollectorFixture.JSON, TRIO.formatted("twice").replace("\"a\":4", "\"a\":1"));

        assertEquals(409, r.statusCode(), r.body());
        assertEquals(Arrays.asList("_id"), fields(r));
        assertEquals(1, collector.count("trio"));
        assertEquals("4", collector.stored("trio").get(0).answers().get("a"));
    }

    @Test
    void aValueOutsideTheScaleIs400WithTheReasonAndNothingStored() throws Exception {
        start();

        HttpResponse<String> r = collector.script("trio", CollectorFixture.JSON, "{\"version\":2,\"a\":9,\"b\":\"x\"}");

        assertEquals(400, r.statusCode(), r.body());
        List<String> fields = fields(r);
        // Every reason by its item, and not the tally's "no answers" that follows from them.
        assertEquals(List.of("a", "b"), fields, r.body());
        json(r).get("errors").forEach(e -> assertFalse(e.get("message").asText().isBlank(), r.body()));
        assertEquals(0, collector.count("trio"));
    }

    @Test
    void aPostWithNoAnswersIsToldSoInTheCollectorsWords() throws Exception {
        start();

        HttpResponse<String> r = collector.script("trio", CollectorFixture.JSON, "{\"instrument\":\"trio\",\"version\":\"2\"}");

        assertEquals(400, r.statusCode(), r.body());
        assertEquals("No answers were sent: answer at least one question.",
                json(r).get("errors").get(0).get("message").asText(), r.body());
        assertEquals(0, collector.count("trio"));
    }

    @Test
    void anotherVersionIs400AndNothingStored() throws Exception {
        start();

        HttpResponse<String> r = collector.script("trio", CollectorFixture.JSON, "{\"instrument\":\"trio\",\"version\":\"7\",\"a\":3}");

        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("version"), r.body());
        assertEquals(0, collector.count("trio"));
    }

    @Test
    void aRefusedPlainFormPostGetsAPageListingEveryReasonEscaped() throws Exception {
        start();

        // No problem quotes a value, but one names a field it does not know, as posted.
        HttpResponse<String> r = collector.post("trio", CollectorFixture.FORM, "version=2&a=9&%3Cb%3Ex%3C%2Fb%3E=1",
                "Accept", "text/html,application/xhtml+xml", "Origin", CollectorFixture.SITE_ORIGIN);

        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
        assertTrue(r.body().contains("<li><code>a</code>: "), r.body());
        assertFalse(r.body().contains("<b>"), "the posted value is escaped: " + r.body());
        assertTrue(r.body().contains("&lt;b&gt;x&lt;/b&gt;"), r.body());
        assertTrue(r.body().contains("href=\"https://survey.example.org/trio/\""), "a link back to the form: " + r.body());
    }

    @Test
    void unknownUnpublishedAndPosterInstrumentsAre404() throws Exception {
        start();

        for (String id : List.of("nope", "draft", "wall", "trio/extra")) {
            HttpResponse<String> r = collector.script(id, CollectorFixture.JSON, "{\"a\":3}");
            assertEquals(404, r.statusCode(), id + ": " + r.body());
            // Refused with its body unread: the connection is not kept, and the answer says so.
            assertEquals("close", r.headers().firstValue("connection").orElse(""), id);
        }
        assertEquals(0, collector.count("draft"));
    }

    @Test
    void aBodyOver16KbIs413WithOrWithoutContentLength() throws Exception {
        start();
        String big = "version=2&a=3&comment=" + "x".repeat(Collector.Settings.MAX_BODY);

        HttpResponse<String> sized = collector.post("trio", CollectorFixture.FORM, big);
        HttpResponse<String> chunked = collector.send(collector.request("responses/trio", "Content-Type", CollectorFixture.FORM)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
        String under = "version=3&energy=3&comment=";
        HttpResponse<String> justUnder = collector.post("pulse", CollectorFixture.FORM,
                under + "y".repeat(Collector.Settings.MAX_BODY - under.length()));

        assertEquals(413, sized.statusCode(), sized.body());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals(303, justUnder.statusCode(), "exactly 16 KB is taken: " + justUnder.body());
        assertEquals(0, collector.count("trio"));
        assertEquals(1, collector.count("pulse"));
    }

    @Test
    void otherContentTypesAndMethodsAreRefused() throws Exception {
        start();

        HttpResponse<String> text = collector.post("trio", "text/plain", "a=3");
        HttpResponse<String> get = collector.send(collector.request("responses/trio").GET().build());
        HttpResponse<String> notJson = collector.script("trio", CollectorFixture.JSON, "[1, 2]");
        HttpResponse<String> nested = collector.script("trio", CollectorFixture.JSON, "{\"a\": {\"b\": 1}}");

        assertEquals(415, text.statusCode(), text.body());
        assertEquals(405, get.statusCode(), get.body());
        assertEquals("POST, OPTIONS", get.headers().firstValue("Allow").orElse(null));
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals(Arrays.asList("a"), fields(nested));
        assertEquals(0, collector.count("trio"));
    }

    @Test
    void aMalformedSubmissionIdIs400() throws Exception {
        start();

        for (String id : List.of("has space", "x".repeat(65), "semi;colon")) {
            HttpResponse<String> r = collector.script("trio", CollectorFixture.JSON, "{\"version\":2,\"a\":3,\"_id\":" + JSON.writeValueAsString(id) + "}");
            assertEquals(400, r.statusCode(), id);
            assertEquals(Arrays.asList("_id"), fields(r));
        }
        assertEquals(201, collector.script("trio", CollectorFixture.JSON, "{\"version\":2,\"a\":3,\"_id\":\"" + "x".repeat(64) + "\"}").statusCode());
        assertEquals(1, collector.count("trio"));
    }

    @Test
    void aMultipleChoiceArrivesJoinedFromAFormAndFromJson() throws Exception {
        start();

        HttpResponse<String> form = collector.post("pulse", CollectorFixture.FORM,
                "instrument=pulse&version=3&energy=3&tools=wiki&tools=bot&comment=Fine%2C+thanks&_id=form-1");
        HttpResponse<String> flat = collector.script("pulse", CollectorFixture.JSON,
                "{\"version\":3,\"energy\":4,\"tools\":[\"board\",\"bot\"],\"_id\":\"json-1\"}");
        HttpResponse<String> download = collector.script("pulse", CollectorFixture.JSON,
                "{\"instrument\":\"pulse\",\"version\":\"3\",\"respondent\":\"\",\"group\":\"\",\"date\":\"2026-04-01\","
                        + "\"answers\":{\"energy\":2,\"tools\":[\"wiki\"],\"comment\":\"=1+1\"},\"_id\":\"json-2\"}");

        assertEquals(List.of(303, 201, 201), List.of(form.statusCode(), flat.statusCode(), download.statusCode()), download.body());
        List<Map<String, String>> answers = collector.stored("pulse").stream().map(StoredResponse::answers).toList();
        assertEquals(List.of(Map.of("energy", "3", "tools", "wiki;bot", "comment", "Fine, thanks"),
                Map.of("energy", "4", "tools", "board;bot"),
                Map.of("energy", "2", "tools", "wiki", "comment", "=1+1")), answers);
    }

    @Test
    void anUnexpectedFailureIs500WithOneLineAndOneLogLine() throws Exception {
        start();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            collector.collector().db().close(); // the database goes away under the running server

            HttpResponse<String> r = collector.post("trio", CollectorFixture.FORM, "version=2&a=3");

            assertEquals(500, r.statusCode(), r.body());
            assertEquals(1, r.body().strip().lines().count(), r.body());
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        } finally {
            System.setErr(original);
        }
        List<String> logged = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).startsWith("collect: a post failed: "), logged.toString());
    }

    @Test
    void aFieldThatNamesNoItemIs400() throws Exception {
        start();

        HttpResponse<String> r = collector.script("trio", CollectorFixture.JSON, "{\"version\":2,\"a\":3,\"zzz\":\"1\"}");

        assertEquals(400, r.statusCode(), r.body());
        assertEquals(List.of("zzz"), fields(r));
        assertEquals(0, collector.count("trio"));
    }
}
