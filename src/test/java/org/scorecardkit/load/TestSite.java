package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.scorecardkit.TestFiles;

/**
 * A content folder for one test: a copy of the tiny valid fixture {@code validation/base} with
 * files added or replaced, so each test shows only the one file it breaks.
 */
public final class TestSite {
    /** The tiny valid site every case starts from (site.yaml, instruments/one.yaml, pages/index.md, pages/about.md). */
    public static final Path BASE = Path.of("src/test/resources/validation/base");

    private final Path dir;

    private TestSite(Path dir) {
        this.dir = dir;
    }

    /** A copy of the base fixture inside {@code tempDir}. */
    public static TestSite copyOfBase(Path tempDir) {
        return new TestSite(TestFiles.copyTree(BASE, tempDir.resolve("content")));
    }

    /** Writes (or replaces) a file of the content folder, e.g. {@code with("instruments/bad.yaml", yaml)}. */
    public TestSite with(String file, String text) {
        try {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path dir() {
        return dir;
    }

    public ContentLoader.Result load() {
        return ContentLoader.load(dir);
    }

    public List<Problem> problems() {
        return load().problems();
    }

    /** A problem as the loader should report it. */
    public static Problem problem(String file, int line, int column, String message, String fix) {
        return new Problem(file, line, column, message, fix);
    }

    /**
     * Asserts that loading gives exactly these problems, in this order. Compared as the validator
     * prints them (file:line:column: message, then the fix), so a failure shows a readable diff.
     */
    public void assertProblems(Problem... expected) {
        assertEquals(printed(Arrays.asList(expected)), printed(problems()));
    }

    private static String printed(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
}
