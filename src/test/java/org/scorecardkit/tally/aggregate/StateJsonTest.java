package org.scorecardkit.tally.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.tally.MergeTest;
import org.scorecardkit.tally.Tally;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.report.SummaryJson;
import org.scorecardkit.tally.stats.Summarize;

/** Saved states: streamed and in memory the same bytes, read back to the same numbers, digests stable, respondents kept only when asked. */
class StateJsonTest {
    @TempDir
    Path dir;

    private Tally.Result tally(boolean keep) {
        Path csv = TallyFixtures.file(dir, "pulse.csv", "respondent,group,date,energy,channel,tools,followed-up,comment\n"
                + String.join("", MergeTest.rows()));
        return Tally.run(TallyFixtures.instrument("pulse"), new Tally.Options(List.of(csv), Breakdown.GROUP, List.of())
                .keepingRespondents(keep), r -> { });
    }

    @Test
    void aStateStreamedIsTheStateInMemoryAndReadsBackToTheSameSummary() throws Exception {
        Tally.Result result = tally(true);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();

        StateJson.write(result.state(), result.notes(), streamed);
        byte[] bytes = StateJson.write(result.state(), result.notes());

        assertArrayEquals(bytes, streamed.toByteArray());
        StateJson.Saved saved = StateJson.read(bytes, result.state().layout());
        assertArrayEquals(SummaryJson.of(result.summary()), SummaryJson.of(Summarize.of(saved.state(), null, saved.notes())));
        assertEquals(result.state().accepted(), result.state().respondents().records(), "every pulse row has an id");
    }

    @Test
    void aTallyNotSavingAStateKeepsNoRespondents() {
        Tally.Result result = tally(false);

        assertNull(result.state().respondents());
        assertThrows(IllegalStateException.class, () -> StateJson.write(result.state(), result.notes()));
    }

    @Test
    void aRespondentsDigestIsSha256OfItsUtf16TruncatedTo128Bits() {
        RespondentRows rows = new RespondentRows(new org.scorecardkit.tally.check.Layout(TallyFixtures.instrument("nps")));

        // python3 -c "import hashlib; print(hashlib.sha256('r1'.encode('utf-16-be')).hexdigest()[:32])"
        assertEquals("9101499eaa5e018943155b0c60697bf7", HexFormat.of().formatHex(rows.digest("r1")));
        assertTrue(!HexFormat.of().formatHex(rows.digest("\uD800")).equals(HexFormat.of().formatHex(rows.digest("\uDC00"))),
                "lone surrogates are told apart");
    }

    @Test
    void theDigestSetTellsWhichStateHeldADigestFirst() {
        DigestSet set = new DigestSet();
        RespondentRows rows = new RespondentRows(new org.scorecardkit.tally.check.Layout(TallyFixtures.instrument("nps")));
        for (int i = 0; i < 100_000; i++) {
            assertEquals(-1, set.add(rows.digest("id" + i), i % 3));
        }
        for (int i = 0; i < 100_000; i += 7) {
            assertEquals(i % 3, set.add(rows.digest("id" + i), 5));
        }
        assertEquals(100_000, set.size());
        assertEquals(-1, set.add(rows.digest("id100000"), 0));
    }
}
