package org.scorecardkit.tally.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scorecardkit.tally.check.TempFiles;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;

/**
 * The respondents a state keeps spill to a file that has no name while open (nothing is left
 * behind by a killed tally), in the folder the id set uses, closed with the state; a failing
 * temporary folder is one line naming it.
 */
class RespondentSpillTest {
    private static final Path FDS = Path.of("/proc/self/fd");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(TempFiles.PROPERTY);
    }

    private Tally.Result tally(Path csv) {
        Tally.Options options = new Tally.Options(List.of(csv), null, List.of()).keepingRespondents(true);
        return Tally.run(TallyFixtures.instrument("nps"), options, r -> { });
    }

    /** Open files of this process whose (deleted) name lies under {@code folder}. */
    private static long openUnder(Path folder) throws IOException {
        long n = 0;
        try (Stream<Path> fds = Files.list(FDS)) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    n += Files.readSymbolicLink(fd).toString().startsWith(folder.toString()) ? 1 : 0;
                } catch (IOException gone) {
                    // the listing's own descriptor, closed by now
                }
            }
        }
        return n;
    }

    @Test
    void theSpillHasNoNameWhileOpenIsReadBackAndIsClosedWithTheState() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        System.setProperty(TempFiles.PROPERTY, tmp.toString());
        Path csv = TallyFixtures.file(dir, "nps.csv", TallyFixtures.npsCsv());

        TallyState state = tally(csv).state();

        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "no file or folder has a name while the tally runs");
        }
        List<String> ids = new ArrayList<>();
        state.respondents().forEach(r -> ids.add(r.key() + ":" + r.codes().length));
        assertEquals(10, ids.size(), ids.toString());
        if (Files.isDirectory(FDS)) {
            assertEquals(1, openUnder(tmp), "the spill is open in the folder of " + TempFiles.PROPERTY);
        }
        state.close();
        state.close();
        assumeTrue(Files.isDirectory(FDS), "no /proc/self/fd to see open files");
        assertEquals(0, openUnder(tmp), "closing the state closed the spill");
    }

    @Test
    void aTemporaryFolderThatCannotBeUsedIsOneLineNamingIt() throws Exception {
        Path notAFolder = TallyFixtures.file(dir, "not-a-folder", "x");
        System.setProperty(TempFiles.PROPERTY, notAFolder.toString());
        Path csv = TallyFixtures.file(dir, "nps.csv", TallyFixtures.npsCsv());

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> tally(csv));
        assertTrue(e.getCause().getMessage().startsWith("the tally could not use its temporary file in " + notAFolder
                + " for the respondents of the state ("), e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().endsWith("); free some space there or set -Dscorecard.ids.tmpdir=FOLDER"),
                e.getCause().getMessage());

        Path state = dir.resolve("nps.state.json");
        assertEquals(1, Main.run("tally", "nps", csv.toString(), "--content", TallyFixtures.CONTENT.toString(),
                "--save-state", state.toString()));
        List<String> err = console.err().lines().toList();
        assertEquals(1, err.size(), console.err());
        assertTrue(err.get(0).startsWith("scorecard: the tally could not use its temporary file in " + notAFolder + " for"), err.get(0));
        assertTrue(Files.notExists(state), "no state is saved");
    }
}
