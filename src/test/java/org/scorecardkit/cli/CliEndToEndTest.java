package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code scorecard} command run as a separate process, as a user runs it. */
class CliEndToEndTest {
    static final Path BASIC = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run scorecard(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void buildWritesTheSiteAndEndsWithAOneLineSummary() throws Exception {
        Path out = tmp.resolve("site");

        Run run = scorecard(Map.of("SOURCE_DATE_EPOCH", "1700000000"), "build", "--content", BASIC.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().strip().matches("Built 2 instruments, 2 pages, 22 files into .*site in \\d+\\.\\d\\d s"), run.out());
        assertTrue(Files.readString(out.resolve("pulse/index.html")).contains("I have energy for my work."));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.toList()) {
                assertEquals(FileTime.fromMillis(1_700_000_000_000L), Files.getLastModifiedTime(f), f.toString());
            }
        }
    }

    @Test
    void buildOfInvalidContentPrintsEveryProblemAndExitsOne() throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("instruments"));
        Files.writeString(content.resolve("site.yaml"), "title: T\norganisation: O\n");
        Files.writeString(content.resolve("instruments/x.yaml"),
                "id: x\nversion: 1\ntitle: X\nkind: survey\ndescription: d\nitems:\n  - id: a\n    type: ratng\n    text: A\n  - id: a\n    type: text\n    text: B\n");
        Path out = tmp.resolve("site");

        Run run = scorecard(Map.of(), "build", "--content", content.toString(), "--out", out.toString());

        assertEquals(1, run.exit());
        String x = content.resolve("instruments/x.yaml").toString();
        assertTrue(run.err().contains(x + ":8:11: unknown item type \"ratng\" in item \"a\""), run.err());
        assertTrue(run.err().contains(x + ":10:9: duplicate id \"a\""), run.err());
        assertTrue(run.err().contains("2 problems"), run.err());
        assertFalse(Files.exists(out), "nothing is built from invalid content");
    }

    @Test
    void helpListsEveryVerbWithOneLine() throws Exception {
        Run run = scorecard(Map.of(), "--help");

        assertEquals(0, run.exit());
        assertTrue(run.out().matches("(?s).*\\n  build +\\S.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  validate +\\S.*"), run.out());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(2, scorecard(Map.of(), "build", "--no-such-option").exit());
        assertEquals(2, scorecard(Map.of(), "no-such-verb").exit());
        Run none = scorecard(Map.of());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("name a command"), none.err());
    }
}
