package org.scorecardkit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's text format: any file or folder name the file system allows reads back as written. */
class ManifestTest {
    @TempDir
    Path tmp;

    @Test
    void namesWithSpacesBackslashesAndLineBreaksReadBackAsScanned() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("out/dir a b/c  d "));
        for (String name : List.of("dir a b/x y.txt", "back\\slash.txt", "line\nfeed.txt", "carriage\rreturn.txt", " lead.txt")) {
            Files.writeString(tmp.resolve("out").resolve(name), "text of " + name);
        }
        Manifest scanned = Manifest.scan(tmp.resolve("out"), "test", true);
        Files.write(tmp.resolve("out").resolve(Manifest.FILE), scanned.bytes());

        Manifest read = Manifest.read(tmp.resolve("out"));

        assertNotNull(read, "the kit must read its own manifest back");
        assertEquals(scanned.entries(), read.entries());
        assertNull(read.compare(Manifest.scan(tmp.resolve("out"), "", true)));
        assertEquals(Manifest.Type.DIR, read.entries().get(tmp.resolve("out").relativize(root).toString()).type());
    }

    @Test
    void eachEntryStaysOnOneLine() {
        assertEquals("a\\nb\\rc\\\\d e", Manifest.escape("a\nb\rc\\d e"));
        assertEquals("plain name", Manifest.escape("plain name"));
        assertEquals("a\nb\rc\\d e", Manifest.unescape("a\\nb\\rc\\\\d e"));
    }

    @Test
    void anEscapeTheKitNeverWritesMakesTheManifestNotOurs() throws IOException {
        assertNull(Manifest.unescape("a\\tb"));
        assertNull(Manifest.unescape("ends with \\"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(Manifest.FILE), "scorecard-kit manifest 1 test\ndir a\\tb\n");

        assertNull(Manifest.read(out));
    }
}
