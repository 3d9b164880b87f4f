package org.scorecardkit.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;
import org.scorecardkit.render.Renderer;
import org.scorecardkit.render.html.HtmlSiteRenderer;

/** The build of the fixture site: which files it writes, determinism, and what happens on failure. */
class SiteBuildTest {
    static final Path BASIC = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path tmp;

    @Test
    void writesHomePagesInstrumentsAssetsAndSchemas() throws IOException {
        SiteBuild.Result result = SiteBuild.run(BASIC, tmp.resolve("site"));

        assertTrue(result.built(), () -> result.loaded().problems().toString());
        List<String> expected = List.of("assets/base.css", "assets/form.css", "assets/pages.css", "assets/scorecard.js",
                "guide.html", "index.html", "print.html", "pulse/index.html", "pulse/pulse-a4.geometry.json", "pulse/pulse-a4.pdf",
                "pulse/pulse-fillable.pdf", "pulse/pulse-letter.geometry.json", "pulse/pulse-letter.pdf", "pulse/responses.csv",
                "pulse/responses.xlsx", "schema/instrument.schema.json", "schema/site.schema.json", "trainers.html", "wall/index.html", "wall/wall-poster-a3.pdf",
                "wall/wall-poster-a4.pdf", "wall/wall-poster-letter.pdf");
        List<String> onDisk = new java.util.ArrayList<>(List.of(".scorecard-manifest"));
        onDisk.addAll(expected);
        assertEquals(onDisk, TestFiles.files(tmp.resolve("site")).keySet().stream().toList(), "the files and their manifest");
        assertEquals(expected, result.files().stream().sorted().toList());
        assertTrue(result.summary().matches("Built 2 instruments, 2 pages, 22 files into .* in \\d+\\.\\d\\d s"),
                result.summary());
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
        SiteBuild.run(BASIC, tmp.resolve("a"));
        SiteBuild.run(BASIC, tmp.resolve("b"));

        Map<String, byte[]> a = TestFiles.files(tmp.resolve("a"));
        Map<String, byte[]> b = TestFiles.files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    }

    @Test
    void invalidContentBuildsNothingAndLeavesThePreviousSiteUntouched() throws IOException {
        Path content = TestFiles.copyTree(BASIC, tmp.resolve("content"));
        Path out = tmp.resolve("site");
        SiteBuild.run(content, out);
        Map<String, byte[]> before = TestFiles.files(out);
        Files.writeString(content.resolve("instruments/wall.yaml"), "id: wall\nkind: postr\n");

        SiteBuild.Result result = SiteBuild.run(content, out);

        assertFalse(result.built());
        assertEquals(List.of(), result.files());
        assertSameTree(before, TestFiles.files(out));
        assertEquals(List.of("content", "site"), names(tmp), "no staging folder is left behind");
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousSiteUntouched() throws IOException {
        Path out = tmp.resolve("site");
        SiteBuild.run(BASIC, out);
        Map<String, byte[]> before = TestFiles.files(out);
        Renderer halfway = (content, dir) -> {
            Files.writeString(dir.resolve("index.html"), "half a site");
            throw new IOException("disk full");
        };

        IOException e = assertThrows(IOException.class,
                () -> new SiteBuild(List.of(new HtmlSiteRenderer(), halfway)).build(BASIC, out));

        assertEquals("disk full", e.getMessage());
        assertSameTree(before, TestFiles.files(out));
        assertEquals(List.of("site"), names(tmp), "no staging folder is left behind");
    }

    @Test
    void aRendererThatIgnoresTheStopFinishesBeforeTheStagingFolderIsDeleted() throws Exception {
        Path out = tmp.resolve("site");
        SiteBuild.run(BASIC, out);
        Map<String, byte[]> before = TestFiles.files(out);
        CountDownLatch failed = new CountDownLatch(1);
        Renderer failing = (content, dir) -> {
            failed.countDown();
            throw new IOException("disk full");
        };
        CountDownLatch finished = new CountDownLatch(1);
        Renderer stubborn = (content, dir) -> {
            try {
                waitIgnoringInterrupts(failed, 0);
                waitIgnoringInterrupts(new CountDownLatch(1), 300);   // meanwhile the failure reaches the build
                Files.createDirectories(dir.resolve("late"));
                Files.writeString(dir.resolve("late/page.html"), "written after the failure");
                return List.of("late/page.html");
            } finally {
                finished.countDown();
            }
        };

        IOException e = assertThrows(IOException.class, () -> new SiteBuild(List.of(failing, stubborn)).build(BASIC, out));
        assertEquals(0, finished.getCount(), "the build returned while a renderer was still writing into its staging folder");
        assertTrue(finished.await(10, TimeUnit.SECONDS));

        assertEquals("disk full", e.getMessage());
        assertSameTree(before, TestFiles.files(out));
        assertEquals(List.of("site"), names(tmp), "no staging folder is left behind by the late renderer");
    }

    /** Waits for the latch (for ever when millis is 0, else at most millis) as a renderer deaf to interrupts would. */
    private static void waitIgnoringInterrupts(CountDownLatch latch, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (true) {
            try {
                if (millis == 0) {
                    latch.await();
                    return;
                }
                latch.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (System.nanoTime() >= end) {
                    return;
                }
            } catch (InterruptedException ignored) {
                // Deaf to the build's stop, on purpose.
            }
        }
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAnEarlierBuild() throws IOException {
        Path precious = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(precious.resolve("todo.txt"), "keep me");

        IOException e = assertThrows(IOException.class, () -> SiteBuild.run(BASIC, precious));

        assertEquals(precious.resolve("todo.txt") + " was not written by a build; move it away or choose another --out",
                e.getMessage());
        assertEquals("keep me", Files.readString(precious.resolve("todo.txt")));
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent() throws IOException {
        Path content = TestFiles.copyTree(BASIC, tmp.resolve("project/content"));

        IOException e = assertThrows(IOException.class, () -> SiteBuild.run(content, tmp.resolve("project")));

        assertTrue(e.getMessage().contains("holds the content folder"), e.getMessage());
        assertTrue(Files.exists(content.resolve("site.yaml")));
    }

    static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
