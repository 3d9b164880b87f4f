package org.scorecardkit.collect.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports through HTTP: each format with its content type and download name, formula cells neutralised, a token needed. */
class ExportRouteTest {
    @TempDir
    Path dir;
    LiveFixture live;
    String token;

    @BeforeEach
    void start() {
        live = new LiveFixture(dir);
        token = live.tokens.create("ops");
        live.answer("nps", Map.of("recommend", "9", "reason", "=HYPERLINK(\"x\")"));
        live.answer("nps", Map.of("recommend", "4"));
    }

    @AfterEach
    void stop() throws Exception {
        live.close();
    }

    @Test
    void csvJsonLinesAndExcelAreStreamedWithTheirTypeAndName() {
        HttpResponse<String> csv = live.send(live.get("/export/nps.csv").header("Authorization", "Bearer " + token));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"nps-responses.csv\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(3, csv.body().strip().lines().count(), csv.body());
        assertTrue(csv.body().contains("recommend"), csv.body());
        assertTrue(!csv.body().contains(",=HYPERLINK") && !csv.body().contains("\"=HYPERLINK"), csv.body());

        HttpResponse<String> jsonl = live.send(live.get("/export/nps.jsonl").header("Authorization", "Bearer " + token));
        assertEquals(200, jsonl.statusCode());
        assertTrue(jsonl.headers().firstValue("Content-Type").orElse("").startsWith("application/jsonl"));
        assertEquals(2, jsonl.body().strip().lines().count(), jsonl.body());

        HttpResponse<byte[]> xlsx;
        try {
            xlsx = live.http.send(live.get("/export/nps.xlsx").header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(200, xlsx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.headers().firstValue("Content-Type").orElse(""));
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
    }

    @Test
    void anExportNeedsATokenAndAValidSince() {
        assertEquals(401, live.send(live.get("/export/nps.csv")).statusCode());
        HttpResponse<String> bad = live.send(live.get("/export/nps.csv?since=yesterday").header("Authorization", "Bearer " + token));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("YYYY-MM-DD"), bad.body());
        HttpResponse<String> future = live.send(live.get("/export/nps.jsonl?since=2999-01-01").header("Authorization", "Bearer " + token));
        assertEquals(200, future.statusCode());
        assertEquals("", future.body().strip());
    }
}
