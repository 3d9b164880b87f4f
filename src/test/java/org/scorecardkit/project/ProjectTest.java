package org.scorecardkit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the project from a folder: its own site.yaml, content/site.yaml as in the kit's source, or a folder above. */
class ProjectTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderWithSiteYamlIsItsOwnProject() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("p"));
        Files.writeString(dir.resolve("site.yaml"), "title: t\n");

        Project found = Project.find(dir).orElseThrow();

        assertEquals(new Project(Path.of("."), Path.of(".")), found);
        assertEquals(Path.of("site"), found.site());
    }

    @Test
    void aSourceCheckoutHasItsContentInContent() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("kit/content"));
        Files.writeString(dir.resolve("site.yaml"), "title: t\n");

        assertEquals(new Project(Path.of("."), Path.of("content")), Project.find(tmp.resolve("kit")).orElseThrow());
    }

    @Test
    void fromDeepInsideTheProjectTheFoldersAboveAreNamedRelatively() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("p"));
        Files.writeString(dir.resolve("site.yaml"), "title: t\n");
        Path deep = Files.createDirectories(dir.resolve("pages/drafts"));

        Project found = Project.find(deep).orElseThrow();

        assertEquals(new Project(Path.of("../.."), Path.of("../..")), found);
        assertEquals(dir.toRealPath(), deep.resolve(found.content()).toRealPath());
        assertEquals(Path.of("../../site"), found.site());
    }

    @Test
    void aFolderOutsideAnyProjectHasNone() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("nothing/here"));

        Optional<Project> found = Project.find(dir);

        // The temporary folder's own parents hold no site.yaml on any machine this runs on.
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aContentFolderNamedOnTheCommandLineBuildsBesideItWhenCalledContentElseInsideIt() {
        assertEquals(Path.of("site"), Project.ofContent(Path.of("content")).site());
        assertEquals(Path.of("kit/site"), Project.ofContent(Path.of("kit/content")).site());
        assertEquals(Path.of("my-workshop/site"), Project.ofContent(Path.of("my-workshop")).site());
    }
}
