package org.scorecardkit.tally.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.cli.Main;
import org.scorecardkit.tally.Merge;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.TallyOutputs;

/** A merge holds the default --max-groups bound of a tally: per state and for all states together. */
class MergeGroupsTest {
    private static final String LIMIT = " more than 1,000 groups in --by group, the most a merge takes (the default --max-groups);"
            + " check the group column of the responses";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /** A state of {@code groups} groups (g{from}…), one row each answering {@code answer}, saved by a tally that allowed them. */
    private Path state(String name, int from, int groups, int answer) throws Exception {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        for (int g = from; g < from + groups; g++) {
            csv.append("r").append(g).append(",g").append(g).append(",,").append(answer).append(",\n");
        }
        Path file = TallyFixtures.file(dir, name + ".csv", csv.toString());
        Path state = dir.resolve(name + ".state.json");
        TallyOutputs.run(TallyFixtures.instrument("nps"), new Tally.Options(List.of(file), Breakdown.GROUP, List.of(), 5000, false),
                new TallyOutputs.Request(null, state));
        return state;
    }

    @Test
    void aStateWithMoreGroupsThanTheBoundIsRefusedNamingIt() throws Exception {
        Path big = state("big", 0, 1001, 9);

        Merge.MergeException e = assertThrows(Merge.MergeException.class, () -> Merge.merge(TallyFixtures.content(), List.of(big)));
        assertEquals(big + ": the state has" + LIMIT, e.getMessage());

        assertEquals(1, Main.run("tally", "merge", big.toString(), "--content", TallyFixtures.CONTENT.toString()));
        assertEquals(List.of("tally merge: " + big + ": the state has" + LIMIT), console.err().lines().toList());
    }

    @Test
    void statesThatTogetherPassTheBoundAreRefusedAtTheOneThatPassesIt() throws Exception {
        Path a = state("a", 0, 600, 9);
        Path b = state("b", 600, 600, 9);
        Path again = state("again", 0, 600, 7);   // the same respondents as a: all later duplicates, so no new group

        assertEquals(600, Merge.merge(TallyFixtures.content(), List.of(a, again)).groups().size());
        Merge.MergeException e = assertThrows(Merge.MergeException.class, () -> Merge.merge(TallyFixtures.content(), List.of(a, b)));
        assertEquals(b + ": with the states before it, the merge has" + LIMIT, e.getMessage());
    }
}
