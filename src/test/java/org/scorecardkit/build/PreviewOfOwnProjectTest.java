package org.scorecardkit.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;

/** The preview of a project that is its own content folder (scorecard new): its builds and scans are not edits, its files are. */
class PreviewOfOwnProjectTest {
    @TempDir
    Path tmp;

    @Test
    void filesTheProjectsCommandsWriteDoNotRebuildButAnEditDoes() throws IOException {
        Path project = TestFiles.copyTree(SiteBuildTest.BASIC, tmp.resolve("my-workshop"));
        Preview preview = new Preview(project, tmp.resolve("no-templates"), tmp.resolve("work"));
        try {
            assertTrue(preview.refresh(), "the first look builds");

            Files.createDirectories(project.resolve("site/x")).resolve("index.html").toFile().createNewFile();
            Files.createDirectories(project.resolve("scan/overlays")).resolve("p1.png").toFile().createNewFile();
            Files.createDirectories(project.resolve(".git")).resolve("HEAD").toFile().createNewFile();
            assertFalse(preview.refresh(), "a build, a scan or git is no edit");

            Files.writeString(project.resolve("site.yaml"), Files.readString(project.resolve("site.yaml")) + "\n# edited\n");
            assertTrue(preview.refresh(), "an edit of site.yaml rebuilds");
        } finally {
            preview.close();
        }
    }
}
