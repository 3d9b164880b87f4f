package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.TestFiles;
import org.scorecardkit.load.ContentLoader;

/**
 * {@code scorecard upgrade} and older projects: a project written before the format was versioned
 * (src/test/resources/upgrade/before-format) builds as it is, and upgrade shows its diff before writing.
 */
class UpgradeCommandTest {
    static final Path BEFORE_FORMAT = Path.of("src/test/resources/upgrade/before-format");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    @Test
    void aProjectFromBeforeTheFormatWasVersionedBuildsUnchanged() throws IOException {
        Path project = TestFiles.copyTree(BEFORE_FORMAT, tmp.resolve("old"));

        assertEquals(0, Main.run("build", "--content", project.toString()), console.err());

        assertTrue(Files.isRegularFile(project.resolve("site/skillset/index.html")));
        assertArrayEquals(Files.readAllBytes(BEFORE_FORMAT.resolve("site.yaml")), Files.readAllBytes(project.resolve("site.yaml")));
    }

    @Test
    void aDryRunShowsTheDiffAndWritesNothing() throws IOException {
        Path project = TestFiles.copyTree(BEFORE_FORMAT, tmp.resolve("old"));

        assertEquals(0, Main.run("upgrade", "--dry-run", "--content", project.toString()), console.err());

        String out = console.out();
        assertTrue(out.contains("--- a/site.yaml\n+++ b/site.yaml\n@@ -1,3 +1,4 @@\n"
                + " # yaml-language-server: $schema=schema/site.schema.json\n+format: 1\n title: Riverside Care Workshop\n"
                + " organisation: Riverside Care\n"), out);
        assertTrue(out.contains("--- a/schema/site.schema.json\n+++ b/schema/site.schema.json\n"), out);
        assertTrue(out.contains("+    \"format\": {"), out);
        assertTrue(out.endsWith("Dry run: nothing was written.\n"), out);
        assertArrayEquals(Files.readAllBytes(BEFORE_FORMAT.resolve("site.yaml")), Files.readAllBytes(project.resolve("site.yaml")));
        assertArrayEquals(Files.readAllBytes(BEFORE_FORMAT.resolve("schema/site.schema.json")),
                Files.readAllBytes(project.resolve("schema/site.schema.json")));
    }

    @Test
    void withoutATerminalNorYesItWritesNothingAndSaysHowToGoOn() throws IOException {
        Path project = TestFiles.copyTree(BEFORE_FORMAT, tmp.resolve("old"));

        assertEquals(1, Main.run("upgrade", "--content", project.toString()));

        assertEquals(List.of("scorecard: nothing was written; re-run with --yes to write these changes"), console.err().lines().toList());
        assertArrayEquals(Files.readAllBytes(BEFORE_FORMAT.resolve("site.yaml")), Files.readAllBytes(project.resolve("site.yaml")));
    }

    @Test
    void withYesItWritesTheFormatAndTheSchemasAndLeavesInstrumentsAlone() throws IOException {
        Path project = TestFiles.copyTree(BEFORE_FORMAT, tmp.resolve("old"));

        assertEquals(0, Main.run("upgrade", "--yes", "--content", project.toString()), console.err());

        assertTrue(console.out().contains("Upgraded " + project + " to format 1: 2 files rewritten; instruments and pages untouched."),
                console.out());
        assertTrue(Files.readString(project.resolve("site.yaml")).startsWith(
                "# yaml-language-server: $schema=schema/site.schema.json\nformat: 1\ntitle: Riverside Care Workshop\n"));
        assertArrayEquals(Files.readAllBytes(Path.of("content/schema/site.schema.json")), Files.readAllBytes(project.resolve("schema/site.schema.json")));
        assertArrayEquals(Files.readAllBytes(BEFORE_FORMAT.resolve("instruments/nps.yaml")), Files.readAllBytes(project.resolve("instruments/nps.yaml")));
        ContentLoader.Result loaded = ContentLoader.load(project);
        assertTrue(loaded.ok(), loaded.problems().toString());
        assertEquals("Riverside Care", loaded.content().site().organisation());

        console.reset();
        assertEquals(0, Main.run("upgrade", "--content", project.toString()), console.err());
        assertEquals(project + " is already up to date (format 1); nothing to change.", console.out().strip());
    }

    @Test
    void aProjectInANewerFormatIsRefusedByUpgradeAndByValidate() throws IOException {
        Path project = TestFiles.copyTree(BEFORE_FORMAT, tmp.resolve("new"));
        Files.writeString(project.resolve("site.yaml"), Files.readString(project.resolve("site.yaml")).replace("title:", "format: 2\ntitle:"));

        assertEquals(1, Main.run("upgrade", "--yes", "--content", project.toString()));
        assertEquals(List.of("scorecard: " + project.resolve("site.yaml") + " is in format 2, newer than this Scorecard Kit"
                + " understands (format 1): install a newer release instead of upgrading"), console.err().lines().toList());

        console.reset();
        assertEquals(1, Main.run("validate", project.toString()));
        assertTrue(console.err().contains(project.resolve("site.yaml") + ":2:9: format 2 is newer than this Scorecard Kit"
                + " understands (format 1)\n  fix: install a newer Scorecard Kit release (scorecard --version shows this one)"),
                console.err());
    }
}
