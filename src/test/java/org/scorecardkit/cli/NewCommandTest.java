package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.ProcessRun;
import org.scorecardkit.load.ContentLoader;

/** {@code scorecard new}: a project of one's own that builds and validates from its own folder, and instrument skeletons that validate. */
class NewCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    @Test
    void writesTheStarterProjectWithTheStandardContentAsShipped() throws IOException {
        Path dir = tmp.resolve("my-workshop");

        assertEquals(0, Main.run("new", dir.toString(), "--org", "Acme Care"), console.err());

        List<String> files = relativeFiles(dir);
        assertEquals(List.of(".gitignore", "instruments/attributes.yaml", "instruments/bad-news.yaml", "instruments/complaint.yaml",
                "instruments/creed.yaml", "instruments/nps.yaml", "instruments/seven-cs.yaml", "instruments/skillset.yaml",
                "pages/index.md", "pages/workshop.md", "pages/write-your-own.md", "schema/instrument.schema.json",
                "schema/site.schema.json", "site.yaml"), files);
        for (String file : files) {
            if (!file.equals("site.yaml") && !file.equals(".gitignore")) {
                assertArrayEquals(Files.readAllBytes(Path.of("content", file)), Files.readAllBytes(dir.resolve(file)), file);
            }
        }
        assertEquals("Started " + dir + ": site.yaml, 7 instruments, 3 pages, the schemas and a .gitignore.",
                console.out().lines().findFirst().orElseThrow());
        assertTrue(Files.readString(dir.resolve(".gitignore")).lines().anyMatch("site/"::equals));
        ContentLoader.Result loaded = ContentLoader.load(dir);
        assertTrue(loaded.ok(), loaded.problems().toString());
        assertEquals("Acme Care", loaded.content().site().organisation());
        assertEquals(List.of("skillset", "attributes", "seven-cs", "bad-news", "creed", "nps", "complaint"),
                loaded.content().instruments().stream().map(i -> i.id()).toList());
    }

    @Test
    void buildsAndValidatesFromInsideTheProjectWithoutNamingIt() throws Exception {
        Path dir = tmp.resolve("my-workshop");
        assertEquals(0, Main.run("new", dir.toString(), "--org", "Acme Care"), console.err());

        ProcessRun build = scorecard(dir, "build");
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().startsWith("Built 7 instruments, 3 pages, "), build.out());
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("Acme Care"));

        ProcessRun validate = scorecard(dir.resolve("pages"), "validate");
        assertEquals(0, validate.code(), validate.err());
        assertEquals("Valid: " + dir.toRealPath() + " (7 instruments, 3 pages)", validate.out().strip());
    }

    @Test
    void anEmptyCurrentFolderBecomesTheProject() throws Exception {
        Path here = Files.createDirectories(tmp.resolve("here"));

        ProcessRun started = scorecard(here, "new", ".", "--org", "Acme Care");

        assertEquals(0, started.code(), started.err());
        assertTrue(started.out().contains("Next: scorecard build    (the site is written to site/)"), started.out());
        assertEquals(14, relativeFiles(here).size());
        try (Stream<Path> beside = Files.list(tmp)) {
            assertEquals(List.of(here), beside.toList(), "no staging folder left behind");
        }
        ProcessRun validate = scorecard(here, "validate");
        assertEquals(0, validate.code(), validate.err());
    }

    @Test
    void outsideAnyProjectEveryVerbSaysHowToStartOne() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("elsewhere"));

        ProcessRun build = scorecard(empty, "build");

        assertEquals(1, build.code());
        assertEquals("", build.out());
        assertEquals(List.of("scorecard: no project here: neither " + empty.toRealPath() + " nor a folder above it has"
                + " site.yaml (or content/site.yaml); cd into your project, name it with --content DIR, or start one with:"
                + " scorecard new DIR"), build.err().lines().toList());
        assertFalse(Files.exists(empty.resolve("site")));
    }

    @Test
    void theSameSettingsWriteTheSameBytes() throws IOException {
        assertEquals(0, Main.run("new", tmp.resolve("a").toString(), "--org", "Acme Care", "--title", "Workshop"));
        assertEquals(0, Main.run("new", tmp.resolve("b").toString(), "--org", "Acme Care", "--title", "Workshop"));

        for (String file : relativeFiles(tmp.resolve("a"))) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)), Files.readAllBytes(tmp.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void anOrganisationYamlWouldMisreadIsWrittenSoItReadsBackAsTyped() throws IOException {
        String organisation = "Care: \"Best\" #1 \\ Co";
        Path dir = tmp.resolve("p");

        assertEquals(0, Main.run("new", dir.toString(), "--org", organisation, "--title", "yes", "--language", "fr"), console.err());

        ContentLoader.Result loaded = ContentLoader.load(dir);
        assertTrue(loaded.ok(), loaded.problems().toString());
        assertEquals(organisation, loaded.content().site().organisation());
        assertEquals("yes", loaded.content().site().title());
        assertEquals("fr", loaded.content().site().language());
    }

    @Test
    void withoutAnOrganisationNorATerminalItWritesThePlaceholderAndSaysWhereToChangeIt() throws IOException {
        Path dir = tmp.resolve("p");

        assertEquals(0, Main.run("new", dir.toString()), console.err());

        assertEquals(NewCommand.PLACEHOLDER_ORGANISATION, ContentLoader.load(dir).content().site().organisation());
        assertTrue(console.out().contains("Write your organisation's name in " + dir.resolve("site.yaml")), console.out());
    }

    @Test
    void aFolderWithFilesInItIsRefusedAndKeptAsItWas() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(dir.resolve("notes.txt"), "mine");

        assertEquals(1, Main.run("new", dir.toString(), "--org", "Acme"));

        assertEquals("scorecard: " + dir + " is not empty: name a new folder for the project (nothing was written)",
                console.err().strip());
        assertEquals(List.of("notes.txt"), relativeFiles(dir));
        try (Stream<Path> beside = Files.list(tmp)) {
            assertEquals(List.of(dir), beside.toList(), "no staging folder left behind");
        }
    }

    @Test
    void anInstrumentSkeletonIsAddedThatValidatesAndIsListedOnTheSite() throws IOException {
        Path dir = tmp.resolve("p");
        assertEquals(0, Main.run("new", dir.toString(), "--org", "Acme"));

        assertEquals(0, Main.run("new", "--instrument", "team-check", "--content", dir.toString()), console.err());

        ContentLoader.Result loaded = ContentLoader.load(dir);
        assertTrue(loaded.ok(), loaded.problems().toString());
        var skeleton = loaded.content().instruments().stream().filter(i -> i.id().equals("team-check")).findFirst().orElseThrow();
        assertEquals("Team check", skeleton.title());
        assertEquals(4, skeleton.items().size());
        assertTrue(Files.readString(dir.resolve("instruments/team-check.yaml")).startsWith(
                "# yaml-language-server: $schema=../schema/instrument.schema.json\n"));
        assertTrue(console.out().contains("Valid: " + dir + " (8 instruments, 3 pages)"), console.out());
    }

    @Test
    void anInstrumentThatIsThereAlreadyIsNotOverwritten() throws IOException {
        Path dir = tmp.resolve("p");
        assertEquals(0, Main.run("new", dir.toString(), "--org", "Acme"));
        byte[] before = Files.readAllBytes(dir.resolve("instruments/nps.yaml"));

        assertEquals(1, Main.run("new", "--instrument", "nps", "--content", dir.toString()));

        assertEquals("scorecard: " + dir.resolve("instruments/nps.yaml") + " is already there: choose another name, or edit that file",
                console.err().strip());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("instruments/nps.yaml")));
    }

    @Test
    void anInstrumentNameThatCannotBeAnIdIsOneLine() throws IOException {
        Path dir = tmp.resolve("p");
        assertEquals(0, Main.run("new", dir.toString(), "--org", "Acme"));

        assertEquals(1, Main.run("new", "--instrument", "My Survey", "--content", dir.toString()));

        assertEquals(List.of("scorecard: \"My Survey\" cannot be an instrument id: use lower-case letters and digits joined by"
                + " single hyphens, e.g. my-survey"), console.err().lines().toList());
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** The kit in its own JVM, started in {@code cwd}, as a person runs it from a project folder. */
    static ProcessRun scorecard(Path cwd, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return ProcessRun.of(command, cwd, null);
    }
}
