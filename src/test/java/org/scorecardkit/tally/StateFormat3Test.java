package org.scorecardkit.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.tally.TallyFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * States saved before scans were tallied (format 3: no scan counts, five problem kinds) still merge,
 * as the states they are: they counted no scan, so their scan counts are exactly zero. A format 4
 * state that drops its scan counts, or a format 3 one that carries the new kinds, is refused.
 */
class StateFormat3Test {
    private static final String CHECKSUM = ",\n  \"checksum\" : \"";
    private static final String NEW_KINDS = ",\n    \"mark_unclear\" : 0,\n    \"double_mark\" : 0,\n    \"page_not_read\" : 0,\n"
            + "    \"page_missing\" : 0";
    private static final String NO_DATES = ",\n    \"dates\" : null";
    private static final String SCANS = ",\n  \"scans\" : {\n    \"pages\" : 0,\n    \"sheets\" : 0,\n    \"corrected\" : 0\n  }";

    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path state(String name, String csv) {
        Path state = dir.resolve(name + ".state");
        assertEquals(0, Main.run("tally", "nps", file(dir, name + ".csv", csv).toString(), "--save-state", state.toString(),
                "--content", TallyFixtures.CONTENT.toString()), console.err());
        return state;
    }

    /** The state with {@code from} replaced by {@code to}, sealed again with a correct checksum. */
    private Path resealed(Path state, String name, String from, String to) throws Exception {
        String json = Files.readString(state);
        assertTrue(json.contains(from), "the state holds " + from + ":\n" + json);
        json = json.replace(from, to);
        String content = json.substring(0, json.lastIndexOf(CHECKSUM));
        byte[] sum = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return Files.writeString(dir.resolve(name), content + CHECKSUM + HexFormat.of().formatHex(sum) + "\"\n}\n");
    }

    private Path asFormat3(Path state, String name) throws Exception {
        Path noKinds = resealed(state, name, NEW_KINDS, "");
        Path noScans = resealed(noKinds, name, SCANS, "");
        // Format 5 added the dates: these rows have none, so every aggregate's "dates" and every record's date is null.
        Path noDates = resealed(resealed(noScans, name, NO_DATES, ""), name, "], null ]", "] ]");
        return resealed(noDates, name, "tally state 5", "tally state 3");
    }

    private int merge(Path out, Path... states) {
        console.reset();
        String[] args = new String[states.length + 6];
        args[0] = "tally";
        args[1] = "merge";
        for (int i = 0; i < states.length; i++) {
            args[2 + i] = states[i].toString();
        }
        args[states.length + 2] = "--out";
        args[states.length + 3] = out.toString();
        args[states.length + 4] = "--content";
        args[states.length + 5] = TallyFixtures.CONTENT.toString();
        return Main.run(args);
    }

    @Test
    void aFormat3StateMergesWithAFormat4OneAsItsRowsWouldHave() throws Exception {
        Path old = asFormat3(state("old", "respondent,recommend\nr1,9\nr2,3\n"), "old3.state");
        Path now = state("now", "respondent,recommend\nr3,10\nr1,7\n");
        Path whole = file(dir, "whole.csv", "respondent,recommend\nr1,9\nr2,3\nr3,10\nr1,7\n");
        Path all = dir.resolve("all");
        assertEquals(0, Main.run("tally", "nps", whole.toString(), "--out", all.toString(), "--content", TallyFixtures.CONTENT.toString()));

        Path merged = dir.resolve("merged");
        assertEquals(0, merge(merged, old, now), console.err());

        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(all.resolve("summary.json").toFile());
        JsonNode m = json.readTree(merged.resolve("summary.json").toFile());
        assertEquals(a.path("problems"), m.path("problems"), "every kind counted, the new ones zero");
        assertEquals(a.path("rows"), m.path("rows"));
        assertEquals(a.path("nps"), m.path("nps"));
        assertTrue(m.path("scans").isMissingNode(), "no scan, no scan counts");
    }

    @Test
    void aStateWhoseKindsDoNotMatchItsFormatIsRefused() throws Exception {
        Path saved = state("a", "respondent,recommend\nr1,9\n");
        Path noScans = resealed(saved, "noscans.state", SCANS, "");
        Path kindsOf4 = resealed(saved, "kinds.state", "tally state 5", "tally state 3");

        assertEquals(1, merge(dir.resolve("x"), noScans));
        assertTrue(console.err().contains("\"scans\""), console.err());
        assertEquals(1, merge(dir.resolve("y"), kindsOf4));
        assertTrue(console.err().contains("\"problems\" does not count every kind"), console.err());
    }
}
