package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.TallyFixtures;

/**
 * {@code scorecard tally} with respondent ids spilled to disk (a tiny {@value IdSet#MEMORY_PROPERTY})
 * writes byte for byte what it writes with the ids in memory, and what it writes run after run
 * under a new random key: the spill and the key change where ids are kept, never a decision.
 */
class IdSpillCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;
    private String memory;
    private String tmp;

    @BeforeEach
    void quiet() {
        memory = System.getProperty(IdSet.MEMORY_PROPERTY);
        tmp = System.getProperty(IdSet.TMP_PROPERTY);
        System.clearProperty(IdSet.MEMORY_PROPERTY);
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
        restore(IdSet.MEMORY_PROPERTY, memory);
        restore(IdSet.TMP_PROPERTY, tmp);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    /** Two exports of 4,000 rows each drawing on 3,000 respondents, so repeats fall within and across the files. */
    private Path export(String name, long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        for (int i = 0; i < 4_000; i++) {
            int who = random.nextInt(3_000);
            String id = who % 5 == 0 ? "Łukasz." + who + "@例え.jp" : "first.last" + who + "@example.com";
            csv.append(id).append(",,,").append(random.nextInt(11)).append(",\n");
        }
        return Files.writeString(dir.resolve(name), csv.toString());
    }

    private int tally(Path out, Path a, Path b, String memory) {
        if (memory != null) {
            System.setProperty(IdSet.MEMORY_PROPERTY, memory);
        }
        try {
            return Main.run("tally", "nps", a.toString(), b.toString(), "--out", out.toString(),
                    "--content", TallyFixtures.CONTENT.toString());
        } finally {
            System.clearProperty(IdSet.MEMORY_PROPERTY);   // the other tallies of a test run with the default
        }
    }

    @Test
    void spilledIdsGiveTheSameSummaryAndRejectsByteForByte() throws Exception {
        Path a = export("a.csv", 1);
        Path b = export("b.csv", 2);

        assertEquals(0, tally(dir.resolve("memory"), a, b, null), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, tally(dir.resolve("again"), a, b, null));
        assertEquals(0, tally(dir.resolve("disk"), a, b, "4k"));

        byte[] rejects = Files.readAllBytes(dir.resolve("memory/rejects.csv"));
        String text = new String(rejects, StandardCharsets.UTF_8);
        assertTrue(text.contains(b + ",") && text.contains("already answered in " + a + " at line "), "repeats across the files");
        assertTrue(text.lines().count() > 4_000, "thousands of repeats");
        for (String run : new String[] {"again", "disk"}) {
            assertArrayEquals(rejects, Files.readAllBytes(dir.resolve(run + "/rejects.csv")), run);
            assertArrayEquals(Files.readAllBytes(dir.resolve("memory/summary.json")),
                    Files.readAllBytes(dir.resolve(run + "/summary.json")), run);
        }
    }

    /** Proof that "4k" really sends the ids to disk: with nowhere to put them, that tally fails, and says where. */
    @Test
    void theTinyBoundReallySpills() throws Exception {
        Path a = export("a.csv", 3);
        Path b = export("b.csv", 4);
        Path nowhere = Files.writeString(dir.resolve("not-a-folder"), "");
        System.setProperty(IdSet.TMP_PROPERTY, nowhere.toString());

        assertEquals(0, tally(dir.resolve("memory"), a, b, null));
        assertNotEquals(0, tally(dir.resolve("disk"), a, b, "4k"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the tally could not use its temporary files in " + nowhere),
                err.toString(StandardCharsets.UTF_8));
    }
}
