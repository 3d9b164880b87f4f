package org.scorecardkit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.collect.store.Database;

/**
 * The collector as a whole: the built site served beside the endpoint (types, folders, no listing), where
 * a plain form post is sent on when there is no base_url, and a stop that answers the posts under way
 * before the database closes.
 */
class CollectServerTest {
    @TempDir
    Path tmp;
    CollectorFixture collector;

    @AfterEach
    void stop() {
        if (collector != null) {
            collector.close();
        }
    }

    private String db() {
        return tmp.resolve("responses.db").toString();
    }

    /** A small built site: the pages and files of the types a build writes, and a folder without an index. */
    private Path site() throws Exception {
        Path site = tmp.resolve("site");
        for (String f : List.of("index.html", "trio/index.html", "trio/thanks.html", "assets/base.css", "assets/scorecard.js",
                "trio/responses.csv", "trio/responses.xlsx", "trio/trio-a4.pdf", "trio/trio-a4.geometry.json", "pdfs/secret.pdf")) {
            Files.createDirectories(site.resolve(f).getParent());
            Files.writeString(site.resolve(f), "<p>" + f + " é</p>");
        }
        return site;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return collector.send(collector.request(path).GET().build());
    }

    @Test
    void theSiteIsServedWithItsTypesAndNoFolderListing() throws Exception {
        collector = CollectorFixture.start(CollectorFixture.content(), db(), 0, 0, site());

        assertEquals("<p>index.html é</p>", get("").body());
        assertEquals("<p>trio/index.html é</p>", get("trio/").body());
        List<String> types = new ArrayList<>();
        for (String f : List.of("index.html", "assets/base.css", "assets/scorecard.js", "trio/responses.csv",
                "trio/responses.xlsx", "trio/trio-a4.pdf", "trio/trio-a4.geometry.json")) {
            HttpResponse<String> r = get(f);
            assertEquals(200, r.statusCode(), f);
            types.add(r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        }
        assertEquals(List.of("text/html;charset=utf-8", "text/css;charset=utf-8", "text/javascript;charset=utf-8",
                "text/csv;charset=utf-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
                "application/json"), types);
        HttpResponse<String> folder = get("pdfs/");
        assertTrue(folder.statusCode() == 403 || folder.statusCode() == 404, "status " + folder.statusCode());
        assertFalse(folder.body().contains("secret.pdf"), folder.body());
        assertEquals(404, get("nothing-here.html").statusCode());
        HttpResponse<String> above = get("../responses.db"); // the database beside the site folder
        assertTrue(above.statusCode() == 400 || above.statusCode() == 404, "status " + above.statusCode());
        assertFalse(above.body().contains("\tat ") || above.body().contains("Exception"), "no stack trace: " + above.body());
    }

    @Test
    void withoutBaseUrlAPlainFormPostGoesToTheServedSitesThanksPage() throws Exception {
        collector = CollectorFixture.start(CollectorFixture.withoutBaseUrl(), db(), 0, 0, site());

        HttpResponse<String> r = collector.post("trio", CollectorFixture.FORM, "version=2&a=3");

        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/trio/thanks.html", r.headers().firstValue("Location").orElse(null));
        assertEquals("<p>trio/thanks.html é</p>", get("trio/thanks.html").body());
    }

    @Test
    void withoutBaseUrlOrSiteTheCollectorThanksItself() throws Exception {
        collector = CollectorFixture.start(CollectorFixture.withoutBaseUrl(), db(), 0, 0, null);

        HttpResponse<String> r = collector.post("pulse", CollectorFixture.FORM, "version=3&energy=2");
        HttpResponse<String> thanks = get(r.headers().firstValue("Location").orElse("missing").substring(1));

        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/responses/pulse/thanks", r.headers().firstValue("Location").orElse(null));
        assertEquals(200, thanks.statusCode());
        assertTrue(thanks.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(thanks.body().contains("<h1>Thank you</h1>") && thanks.body().contains("Team Pulse"), thanks.body());
        assertEquals(404, get("responses/wall/thanks").statusCode(), "a poster takes no answers to thank for");
    }

    @Test
    void stoppingAnswersThePostsUnderWayBeforeTheDatabaseCloses() throws Exception {
        collector = CollectorFixture.start(db(), 0, 0);
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            posts.add(http.sendAsync(collector.request("responses/trio", "Content-Type", CollectorFixture.JSON,
                    "Accept", CollectorFixture.JSON).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"version\":2,\"a\":3,\"_id\":\"s" + i + "\"}", StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        posts.get(20).join(); // some are answered, most are still on their way

        collector.close();
        long acknowledged = posts.stream().filter(p -> {
            try {
                return p.join().statusCode() == 201;
            } catch (RuntimeException refusedAfterTheStop) {
                return false;
            }
        }).count();

        try (Database reopened = Database.open(db(), Path.of(""))) {
            assertEquals(acknowledged, reopened.responses().count("trio"), "every 201 is on disk, and nothing else");
        }
        assertTrue(acknowledged >= 21, "acknowledged " + acknowledged);
        collector = null;
    }
}
