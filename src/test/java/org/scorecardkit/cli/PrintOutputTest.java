package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.output.ChildJava;

/**
 * {@code scorecard print --out FILE.pdf} written whole or not at all: a folder given as the file is
 * one line before any work, and a failure while writing (a full disk, injected) keeps the previous
 * batch and leaves no temporary file.
 */
class PrintOutputTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    @Test
    void aFolderGivenAsTheFileIsOneLineAndExitOne() throws IOException {
        Path people = Files.writeString(tmp.resolve("people.csv"), "name\nAnna\n");
        Path folder = Files.createDirectories(tmp.resolve("sheets.pdf"));

        assertEquals(1, Main.run("print", "skillset", "--participants", people.toString(), "--out", folder.toString()));

        assertEquals("scorecard: the output " + folder + " is a folder, not a file; give a file name" + System.lineSeparator(), console.err());
    }

    @Test
    void aFullDiskWhileWritingKeepsThePreviousBatchAndNoTemporaryFile() throws Exception {
        Path people = Files.writeString(tmp.resolve("people.csv"), "name\nAnna\nBen\n");
        Path pdf = Files.writeString(tmp.resolve("sheets.pdf"), "the previous batch");

        ChildJava.Run run = ChildJava.run(List.of("-Dscorecardkit.fail-at=file-written"), "print", "skillset",
                "--participants", people.toString(), "--out", pdf.toString());

        assertEquals(1, run.exit(), run.err());
        assertEquals("scorecard: cannot write " + pdf + ": no space left on device; the previous file, if any, is untouched"
                + "; run again with --debug to see the details\n", run.err());
        assertEquals("the previous batch", Files.readString(pdf));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("people.csv", "sheets.pdf"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
