package org.scorecardkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.TestFiles;
import org.scorecardkit.cli.Main;
import org.scorecardkit.output.ChildJava;

/**
 * {@code scorecard build --out} under attack: a folder of the user's files, a symbolic link as the
 * output, links inside it, content reached through a link, a site edited by hand, an earlier
 * release's site, and the permissions of what it writes.
 */
class OutputSafetyTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    private int build(Path out) {
        return build(SiteBuildTest.BASIC, out);
    }

    private int build(Path content, Path out) {
        return Main.run("build", "--content", content.toString(), "--out", out.toString());
    }

    private String firstError() {
        return console.err().lines().findFirst().orElse("");
    }

    @Test
    void aFolderOfTheUsersFilesWithAnIndexHtmlIsRefusedAndNothingDeleted() throws IOException {
        Path www = Files.createDirectories(tmp.resolve("www/photos"));
        Files.writeString(www.resolve("cat.jpg"), "a photo");
        Files.writeString(tmp.resolve("www/index.html"), "<h1>my home page</h1>");
        Files.writeString(tmp.resolve("www/thesis.docx"), "years of work");
        Map<String, byte[]> before = TestFiles.files(tmp.resolve("www"));

        assertEquals(1, build(tmp.resolve("www")));

        assertEquals("scorecard: " + tmp.resolve("www/photos/cat.jpg")
                + " was not written by a build; move it away or choose another --out", firstError());
        SiteBuildTest.assertSameTree(before, TestFiles.files(tmp.resolve("www")));
        assertEquals(List.of("www"), names(tmp), "no staging folder left");
    }

    @Test
    void aPageTheBuildDoesNotWriteIsRefusedOnceTheNewSiteIsKnown() throws IOException {
        Path www = Files.createDirectories(tmp.resolve("www"));
        Files.writeString(www.resolve("index.html"), "<h1>my home page</h1>");
        Files.writeString(www.resolve("about.html"), "<h1>about me</h1>");

        assertEquals(1, build(www));

        assertEquals("scorecard: " + www.resolve("about.html") + " was not written by a build; move it away or choose another --out",
                firstError());
        assertEquals(List.of("about.html", "index.html"), names(www));
        assertEquals(List.of("www"), names(tmp));
    }

    @Test
    void anOutputGivenAsASymbolicLinkRebuildsTheFolderItNames() throws IOException {
        Path real = tmp.resolve("srv/site");
        assertEquals(0, build(real));
        Path link = Files.createSymbolicLink(tmp.resolve("site"), real);

        assertEquals(0, build(link), console.err());

        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.exists(real.resolve("index.html")) && Files.exists(real.resolve(".scorecard-manifest")));
        assertEquals(List.of("site"), names(tmp.resolve("srv")));
    }

    @Test
    void aSymbolicLinkToAFolderOfTheUsersFilesIsRefused() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("index.html"), "mine");
        Files.writeString(docs.resolve("thesis.docx"), "years of work");

        assertEquals(1, build(Files.createSymbolicLink(tmp.resolve("site"), docs)));

        assertTrue(firstError().endsWith("site/thesis.docx was not written by a build; move it away or choose another --out"),
                firstError());
        assertEquals(List.of("index.html", "thesis.docx"), names(docs));
    }

    @Test
    void contentReachedThroughALinkInsideTheOutputIsNeverDeleted() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(out));
        Path content = TestFiles.copyTree(SiteBuildTest.BASIC, tmp.resolve("content"));
        Files.createSymbolicLink(out.resolve("content"), content);

        assertEquals(1, build(content, out));

        assertEquals("scorecard: " + out.resolve("content") + " was not written by a build; move it away or choose another --out",
                firstError());
        assertTrue(Files.exists(content.resolve("site.yaml")) && Files.isSymbolicLink(out.resolve("content")));
    }

    @Test
    void contentGivenThroughALinkThatLeadsIntoTheOutputIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("site"));
        Path content = TestFiles.copyTree(SiteBuildTest.BASIC, out.resolve("content"));
        Path link = Files.createSymbolicLink(tmp.resolve("my-content"), content);

        assertEquals(1, build(link, out));

        assertEquals("scorecard: the output folder " + out + " holds the content folder " + link + "; choose another --out",
                firstError());
        assertTrue(Files.exists(content.resolve("site.yaml")));
    }

    @Test
    void aBuiltFileEditedByHandIsNotOverwritten() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(out));
        Path typed = out.resolve("pulse/responses.csv");
        Files.writeString(typed, Files.readString(typed) + "R1,,,3,4,5\n");   // paper returns keyed into the template

        assertEquals(1, build(out));

        assertEquals("scorecard: " + typed + " was changed since a build wrote it; move it away or choose another --out", firstError());
        assertTrue(Files.readString(typed).endsWith("R1,,,3,4,5\n"));
    }

    @Test
    void aSiteOfTheLastReleaseIsReplacedOnlyWhenItHoldsNothingElse() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(out));
        Files.delete(out.resolve(".scorecard-manifest"));       // as the release before manifests left it

        assertEquals(0, build(out), console.err());
        assertTrue(Files.exists(out.resolve(".scorecard-manifest")));

        Files.delete(out.resolve(".scorecard-manifest"));
        Files.writeString(out.resolve("pulse/notes.pdf"), "the facilitator's notes");
        assertEquals(1, build(out));
        assertTrue(firstError().endsWith("site/pulse/notes.pdf was not written by a build; move it away or choose another --out"),
                firstError());
        assertTrue(Files.exists(out.resolve("pulse/notes.pdf")));
    }

    @Test
    void theSiteHasTheUmasksPermissionsSoAWebServerCanReadIt() throws Exception {
        Path out = tmp.resolve("site");

        ChildJava.Run run = ChildJava.shell("umask 002;", ChildJava.command(List.of(), "build", "--content",
                SiteBuildTest.BASIC.toAbsolutePath().toString(), "--out", out.toString()));

        assertEquals(0, run.exit(), run.err());
        assertEquals("rwxrwxr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), "the site's root");
        assertEquals("rwxrwxr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("pulse"))));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("index.html"))));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(".scorecard-manifest"))));
    }

    @Test
    void aPreviousSiteThatCannotBeDeletedAfterTheSwapIsOneWarningAndTheNextBuildDeletesIt() throws Exception {
        Path out = tmp.resolve("site");
        assertEquals(0, build(out));

        ChildJava.Run run = ChildJava.run(List.of("-Dscorecardkit.fail-at=deleted-one"), "build", "--content",
                SiteBuildTest.BASIC.toAbsolutePath().toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        List<String> warnings = run.err().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(1, warnings.size(), run.err());
        assertTrue(warnings.get(0).startsWith("warning: the new " + out + " is in place, but the previous one, renamed to "
                + tmp.resolve(".site.previous-")), warnings.get(0));
        assertTrue(warnings.get(0).endsWith(", could not be deleted (no space left on device); the next run deletes it"), warnings.get(0));
        assertFalse(run.err().contains("untouched"), run.err());
        assertEquals(2, names(tmp).size(), "the site and the previous one left beside it: " + names(tmp));
        assertTrue(Files.isRegularFile(out.resolve("index.html")));

        assertEquals(0, build(out));
        assertEquals(List.of("site"), names(tmp));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
