package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;

/**
 * A saved state is checked before it counts: edited, cut short, inconsistent, of another
 * instrument or version, or named twice, the merge refuses it with one line naming the file and
 * exit 1, never a trace and never numbers such as "-2 rejected".
 */
class StateValidationTest {
    private static final String CHECKSUM = ",\n  \"checksum\" : \"";

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    /** A state of four NPS rows in two groups: two respondents, one row without an id, one rejected. */
    private Path state(String name) {
        Path csv = file(dir, name + ".csv", "respondent,group,date,recommend,reason\nr1,North,,9,\"fine, thanks\"\n"
                + "r2,South,,10,\n,North,,3,meh\nr3,North,,11,\n");
        Path state = dir.resolve(name + ".state");
        assertEquals(0, Main.run("tally", "nps", csv.toString(), "--by", "group", "--save-state", state.toString(),
                "--content", TallyFixtures.CONTENT.toString()));
        return state;
    }

    /** Runs the merge; returns its one line of errors, after checking that it exited 1 with exactly one line. */
    private String refused(Path... states) {
        return refused(String.join(" ", java.util.Arrays.stream(states).map(Path::toString).toList()), states);
    }

    /** The same, {@code why} saying in a failure what was attacked. */
    private String refused(String why, Path... states) {
        String[] args = new String[states.length + 4];
        args[0] = "tally";
        args[1] = "merge";
        for (int i = 0; i < states.length; i++) {
            args[i + 2] = states[i].toString();
        }
        args[states.length + 2] = "--content";
        args[states.length + 3] = TallyFixtures.CONTENT.toString();
        console.reset();
        assertEquals(1, Main.run(args), () -> why + "\n" + console.out());
        String lines = console.err();
        assertEquals(1, lines.lines().count(), lines);
        assertFalse(lines.contains("Exception") || lines.contains("\tat "), lines);
        assertEquals("", console.out(), "no numbers are printed");
        return lines.strip();
    }

    /** Replaces {@code from} by {@code to} in a copy of the state, without touching its checksum. */
    private Path edited(Path state, String name, String from, String to) throws Exception {
        String json = Files.readString(state);
        assertTrue(json.contains(from), from);
        return file(dir, name, json.replace(from, to));
    }

    /** The same edit, sealed again with a correct checksum: only the checks of the content can find it. */
    private Path resealed(Path state, String name, String from, String to) throws Exception {
        String json = Files.readString(edited(state, name, from, to));
        String content = json.substring(0, json.lastIndexOf(CHECKSUM));
        byte[] sum = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return file(dir, name, content + CHECKSUM + HexFormat.of().formatHex(sum) + "\"\n}\n");
    }

    @Test
    void theSameStateTwiceIsRefused() throws Exception {
        Path a = state("a");
        Path copy = Files.copy(a, dir.resolve("copy.state"));

        assertEquals("tally merge: " + a + ": the same state as " + a + " (the same checksum); name each state once", refused(a, a));
        assertTrue(refused(a, copy).startsWith("tally merge: " + copy + ": the same state as " + a), console.err());
    }

    @Test
    void anEditedStateFailsItsChecksum() throws Exception {
        Path edited = edited(state("a"), "edited.state", "\"read\" : 4", "\"read\" : 2");

        assertEquals("tally merge: " + edited + ": the state was changed after it was saved (checksum mismatch); "
                + "save it again with --save-state", refused(edited));
        Path checksum = edited(state("b"), "checksum.state", "\"checksum\" : \"", "\"checksum\" : \"0");
        assertTrue(refused(checksum).contains("cut short or was changed after it was saved"), console.err());
    }

    @Test
    void aStateCutShortIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(state("a"));
        Path cut = TallyFixtures.bytes(dir, "cut.state", java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertEquals("tally merge: " + cut + ": the state is cut short or was changed after it was saved (no checksum at its end); "
                + "save it again with --save-state", refused(cut));
    }

    @Test
    void resealedTamperedCountsAreStillRefused() throws Exception {
        Path a = state("a");
        String[][] cases = {
            {"\"rows\" : 3,", "\"rows\" : -2,", "whole.rows is -2, below zero"},
            {"\"read\" : 4", "\"read\" : 9", "9 rows read, but 3 accepted + 1 rejected"},
            {"\"reason\" : [ 1, 2 ]", "\"reason\" : [ 1, 2, 0 ]", "whole.items.reason holds 3 numbers, not the 2 the instrument needs"},
            {"\"reason\" : [ 1, 2 ]", "\"reason\" : [ 1, \"2\" ]", "whole.items.reason[1] is \"2\", not a whole number"},
            {"\"reason\" : [ 1, 2 ]", "\"reason\" : [ 2, 2 ]", "whole.items.reason counts 4 answers and blanks for 3 rows"},
            {"\"bands\" : [ 1, 0, 2 ]", "\"bands\" : [ 1, 1, 1 ]", "the groups do not add up to the whole in bands"},
            {"\"unscored\" : 0,\n    \"bands\" : [ 1, 0, 2 ]", "\"unscored\" : 1,\n    \"bands\" : [ 1, 0, 2 ]", "whole has 3 scores and 1 rows without one"},
            {"\"South\", [ 11, 0 ]", "\"South\", [ 12, 0 ]", "has answer code 12 for recommend, which the instrument cannot give"},
            {"\"South\", [ 11, 0 ]", "\"North\", [ 11, 0 ]", "more respondents answered recommend so than the state counted"},
            {"\"9101499eaa5e018943155b0c60697bf7\"", "\"9101499eaa5e018943155b0c60697bfz\"", "is not a digest of 32 hex digits"},
            {"\"9101499eaa5e018943155b0c60697bf7\"", "\"e38553fc8fce3d37e6304a92b458e8ff\"", "appears twice"},
            {"[ [ 2, \"meh\" ] ]", "[ [ 9, \"meh\" ] ]", "a free-text answer is placed after the last respondent"},
            {"\"by\" : \"group\"", "\"by\" : \"week\"", "\"by\" is week, not group, month, quarter or null"},
            {"\"respondents\" : {", "\"respondents\" : [ ], \"x\" : {", "\"respondents\" is not an object"},
        };
        for (String[] c : cases) {
            Path tampered = resealed(a, "tampered.state", c[0], c[1]);
            String line = refused(c[1], tampered);
            assertTrue(line.startsWith("tally merge: " + tampered + ": the state"), line);
            assertTrue(line.contains(c[2]), c[1] + " → " + line);
        }
    }

    @Test
    void statesOfAnotherVersionOrInstrumentAreRefused() throws Exception {
        Path a = state("a");
        Path version = resealed(a, "version.state", "\"version\" : \"1\"", "\"version\" : \"2\"");
        Path other = resealed(a, "other.state", "\"instrument\" : \"nps\"", "\"instrument\" : \"trio\"");
        Path unknown = resealed(a, "unknown.state", "\"instrument\" : \"nps\"", "\"instrument\" : \"nosuch\"");
        Path old = edited(a, "old.state", "tally state 5", "tally state 2");
        Path csv = file(dir, "answers.csv", "respondent,recommend\nr1,9\n");

        assertTrue(refused(version).endsWith(": the state is of version 2 of nps, but the content defines version 1"), console.err());
        assertTrue(refused(a, other).endsWith(": the state is of \"trio\", the others of \"nps\""), console.err());
        assertTrue(refused(unknown).endsWith(": the state is of instrument \"nosuch\", which the content does not define"), console.err());
        assertTrue(refused(old).contains("saved by an earlier Scorecard Kit, which rejected whole rows for one bad cell"), console.err());
        assertTrue(refused(edited(a, "older.state", "tally state 5", "tally state 1")).contains("without respondent digests"), console.err());
        assertTrue(refused(csv).contains(": not a tally state saved with --save-state"), console.err());
        assertTrue(refused(dir.resolve("missing.state")).endsWith("missing.state: no such file"), console.err());
    }
}
