package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.cli.Main;

/**
 * The case: 40 rows, each with a 4 MB reason, once made the reader run out of memory in a
 * 512 MB heap and the tally wait for ever. Batches grown by long cells are bounded in bytes now, so
 * the file tallies whole, in a smaller heap than the launcher gives.
 */
class LongCellsTest {
    private static final int ROWS = 40;
    private static final String COUNTS = "nps (version 1): 40 rows read = 40 accepted + 0 rejected";

    @TempDir
    static Path dir;
    private static Path big;

    @BeforeAll
    static void write() throws IOException {
        big = dir.resolve("long-reasons.csv");
        String reason = "why not? ".repeat(4_000_000 / 9);
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("respondent,group,date,recommend,reason\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("r" + i + ",,," + i % 11 + "," + reason + "\n");
            }
        }
    }

    /** A JVM of its own with a 384 MB heap: the reasons alone take 160 MB of it in the summary. */
    @Test
    void fortyReasonsOfFourMegabytesTallyInA384MegabyteHeap() throws Exception {
        Path output = dir.resolve("child.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "tally", "nps", big.toString(), "--content", TallyFixtures.CONTENT.toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        boolean ended = child.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }

        String out = Files.readString(output);
        assertTrue(ended, "the tally hung; it printed: " + out);
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains(COUNTS), out);
    }

    @Test
    void throughTheCommandLineInThisJvm() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            code = Main.run("tally", "nps", big.toString(), "--content", TallyFixtures.CONTENT.toString());
        } finally {
            System.setOut(stdout);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(printed.contains(COUNTS), printed.substring(0, Math.min(printed.length(), 2000)));
    }
}
