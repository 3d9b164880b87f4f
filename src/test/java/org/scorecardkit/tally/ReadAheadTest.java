package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.tally.check.Problem;
import org.scorecardkit.tally.report.SummaryJson;

/**
 * Reading runs ahead while the content loads, and rows are decoded on the reader's thread once the
 * instrument is known: whichever thread decodes a row, the numbers and rejects are the same.
 */
class ReadAheadTest {
    @TempDir
    Path dir;

    private Path bigFile() {
        List<String> rows = new ArrayList<>();
        for (int copy = 0; copy < 20; copy++) {
            for (String row : MergeTest.rows()) {
                rows.add(copy + row);   // new respondent ids per copy: "0p1", "1p1", …
            }
        }
        rows.add(5, "0p1,A,2026-01-01,1,chat,,yes,\n");   // a duplicate within the first batch
        rows.add(4000, "0p1,A,2026-01-01,1,chat,,yes,\n"); // and one in a later batch
        return file(dir, "big.csv", "respondent,group,date,energy,channel,tools,followed-up,comment\n" + String.join("", rows));
    }

    private static byte[] tally(CompletableFuture<Instrument> instrument, Path file, List<Problem> rejects) throws Exception {
        return SummaryJson.of(Tally.run(instrument, new Tally.Options(List.of(file), null, List.of()), rejects::add).summary());
    }

    @Test
    void rowsDecodedAheadCountTheSameAsRowsDecodedWhenCounted() throws Exception {
        Path big = bigFile();
        Instrument pulse = TallyFixtures.instrument("pulse");
        List<Problem> aheadRejects = new ArrayList<>();
        List<Problem> lateRejects = new ArrayList<>();

        byte[] ahead = tally(CompletableFuture.completedFuture(pulse), big, aheadRejects);
        // Known only after the whole file is read: no batch is decoded ahead.
        byte[] late = tally(CompletableFuture.supplyAsync(() -> pulse, CompletableFuture.delayedExecutor(700, TimeUnit.MILLISECONDS)),
                big, lateRejects);

        assertArrayEquals(ahead, late);
        assertEquals(lateRejects, aheadRejects);
        assertEquals(2 + 20 * 9, aheadRejects.size(), "two duplicates and the fixture's 9 rejects per copy");
        assertEquals(List.of(7, 4002), aheadRejects.stream().filter(r -> r.reason().key().equals("duplicate-respondent"))
                .map(Problem::line).toList(), "row i of the list is on line i + 2");
    }

    /**
     * Eight ratings rarely repeat, so past the cache's first window the reader's thread also scores
     * rows whenever the counting thread lags: the numbers must not depend on which thread scored.
     */
    @Test
    void rowsScoredAheadCountTheSameAsRowsScoredWhenCounted() throws Exception {
        Instrument octet = TallyFixtures.instrument("octet");
        StringBuilder csv = new StringBuilder("respondent,group,date," + String.join(",", octet.columns()) + "\n");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            csv.append("s").append(i).append(",,,");
            for (int c = 0; c < 8; c++) {
                csv.append(c == 0 ? "" : ",").append(i % 97 == 0 && c == 5 ? "" : Integer.toString(1 + random.nextInt(5)));
            }
            csv.append("\n");
        }
        Path file = file(dir, "octet.csv", csv.toString());

        byte[] ahead = tally(CompletableFuture.completedFuture(octet), file, new ArrayList<>());
        byte[] late = tally(CompletableFuture.supplyAsync(() -> octet, CompletableFuture.delayedExecutor(800, TimeUnit.MILLISECONDS)),
                file, new ArrayList<>());

        assertArrayEquals(late, ahead);
        assertEquals(20_000 - 207, TallyFixtures.tree(ahead).path("score").path("n").asInt(), "every 97th row lacks a required answer");
    }

    @Test
    void contentThatFailsToLoadStopsTheTally() {
        Path big = bigFile();
        CompletableFuture<Instrument> failing = CompletableFuture.failedFuture(new IllegalStateException("invalid content"));

        ExecutionException e = assertThrows(ExecutionException.class, () -> tally(failing, big, new ArrayList<>()));
        assertEquals("invalid content", e.getCause().getMessage());
    }
}
