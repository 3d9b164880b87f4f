package org.scorecardkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;
import org.scorecardkit.output.ChildJava;
import org.scorecardkit.output.StagedFolder;

/**
 * A build killed with SIGKILL at every step of writing and swapping (a child JVM paused at each
 * checkpoint, then killed at spread-out moments of an unpaused run) leaves the complete old site
 * or the complete new one under the output name, and the next build leaves no debris.
 */
class BuildKillTest {
    @TempDir
    Path tmp;
    private Path oldContent;
    private Path newContent;
    private Path out;
    private Map<String, byte[]> oldSite;
    private Map<String, byte[]> newSite;

    @BeforeEach
    void twoVersionsOfTheSite() throws IOException {
        oldContent = TestFiles.copyTree(SiteBuildTest.BASIC, tmp.resolve("old"));
        newContent = TestFiles.copyTree(SiteBuildTest.BASIC, tmp.resolve("new"));
        Path yaml = newContent.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("title: Fixture Site", "title: Fixture Site, rebuilt"));
        out = tmp.resolve("site");
        SiteBuild.run(newContent, tmp.resolve("reference"));
        newSite = TestFiles.files(tmp.resolve("reference"));
        OutputFolder.delete(tmp.resolve("reference"));
        SiteBuild.run(oldContent, out);
        oldSite = TestFiles.files(out);
        assertTrue(!oldSite.equals(newSite) && oldSite.containsKey(".scorecard-manifest"), "two different sites");
    }

    @Test
    void aKillAtEveryCheckpointLeavesTheOldOrTheNewSiteAndNoDebris() throws Exception {
        List<String> beforeTheSwap = List.of("staging-created", "rendered", "sealed", "old-moved");
        for (String point : List.of("staging-created", "rendered", "sealed", "old-moved", "new-moved", "deleted-one")) {
            ChildJava.killAt(point, "build", "--content", newContent.toString(), "--out", out.toString());

            if (point.equals("old-moved")) {
                assertTrue(!Files.exists(out) && names(tmp).stream().anyMatch(n -> n.startsWith(".site.previous-")),
                        "between the renames only the renamed-aside old site is there: " + names(tmp));
            } else {
                Map<String, byte[]> raw = TestFiles.files(out);
                assertTrue(same(oldSite, raw) && raw.keySet().equals(oldSite.keySet())
                        || same(newSite, raw) && raw.keySet().equals(newSite.keySet()), point + ": right after the kill");
            }
            boolean old = recoveredSiteIsOldOrNew(point);
            assertEquals(beforeTheSwap.contains(point), old, "killed at " + point + ": which site survives");
        }
    }

    @Test
    void killsSpreadOverAWholeBuildLeaveTheOldOrTheNewSite() throws Exception {
        long start = System.nanoTime();
        ChildJava.Run whole = ChildJava.run(List.of(), "build", "--content", newContent.toString(), "--out", out.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, whole.exit(), whole.err());
        assertSameTree(newSite, TestFiles.files(out));
        SiteBuild.run(oldContent, out);
        int kills = 4;
        int running = 0;
        for (int i = 1; i <= kills; i++) {
            long delay = millis * i / (kills + 1);
            running += ChildJava.killAfter(delay, "build", "--content", newContent.toString(), "--out", out.toString()) ? 1 : 0;
            recoveredSiteIsOldOrNew("after " + delay + " ms");
        }
        assertTrue(running >= kills / 2, running + " of " + kills + " runs were killed while still running");
    }

    /**
     * Asserts that once a run opens the output (putting back a missing site) the folder holds the
     * complete old site or the complete new one, then that a build of the old content leaves
     * nothing beside it; returns whether it was the old one.
     */
    private boolean recoveredSiteIsOldOrNew(String when) throws IOException {
        try (StagedFolder opened = OutputFolder.open(out, oldContent, null)) {
            assertTrue(Files.isDirectory(opened.staging()));
        }
        Map<String, byte[]> now = TestFiles.files(out);
        boolean old = now.keySet().equals(oldSite.keySet()) && same(oldSite, now);
        assertTrue(old || now.keySet().equals(newSite.keySet()) && same(newSite, now),
                () -> when + ": the output is neither the old site nor the new one: " + now.keySet());
        SiteBuild.run(oldContent, out);
        assertEquals(List.of("new", "old", "site"), names(tmp), when + ": no debris after the next build");
        return old;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        SiteBuildTest.assertSameTree(expected, actual);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
