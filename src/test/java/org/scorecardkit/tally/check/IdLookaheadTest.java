package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.tally.read.CellBatch;
import org.scorecardkit.tally.read.ResponseFiles;

/**
 * Looking a batch's ids up ahead changes no decision: repeats within the batch and against earlier
 * batches, blank ids, padded ids, wide ids, rows whose id is not in the column looked at, and rows
 * of no CSV header all come out exactly as adding each id by itself does.
 */
class IdLookaheadTest {
    @TempDir
    Path dir;

    @Test
    void decidesExactlyAsTheSetAlone() throws IOException {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\r\n");
        String[] ids = {"r1", " r2 ", "", "r1", "Łukasz", "r2", "łukasz", "Łukasz ", "r3", "   "};
        for (int i = 0; i < 300; i++) {
            csv.append(ids[i % ids.length]).append(i % 7 == 0 ? i : "").append(",A,,").append(i % 11).append(",\r\n");
        }
        CellBatch batch = batch(csv.toString());
        Layout layout = new Layout(ContentLoader.load(Path.of("content")).content().instrument("nps"));
        List<Long> alone = new ArrayList<>();
        List<Long> ahead = new ArrayList<>();
        try (IdSet plain = new IdSet(new SipHash(5, 6), IdSet.DEFAULT_MEMORY, dir);
             IdSet looked = new IdSet(new SipHash(5, 6), IdSet.DEFAULT_MEMORY, dir)) {
            IdLookahead lookahead = new IdLookahead(looked);
            Header right = new Header(new int[] {Layout.RESPONDENT, Layout.GROUP}, List.of("respondent", "group"), List.of(), null);
            // A header that puts the ids in the group column: the look-ahead digests the wrong cells, which must not count.
            Header wrong = new Header(new int[] {Layout.GROUP, Layout.RESPONDENT}, List.of("group", "respondent"), List.of(), null);
            for (int pass = 0; pass < 3; pass++) {   // later passes: every id repeats an earlier batch's
                lookahead.batch(batch, pass == 0 ? right : pass == 1 ? wrong : null, null);
                for (int r = 0; r < batch.rows(); r++) {
                    int cell = batch.firstCell(r);
                    if (Cells.blank(batch, cell)) {
                        continue;
                    }
                    alone.add(plain.add(batch.chars(), Cells.start(batch, cell), Cells.end(batch, cell), pass, batch.line(r)));
                    ahead.add(lookahead.add(batch, r, cell, pass));
                }
            }
            assertEquals(plain.size(), looked.size());
        }
        assertEquals(alone, ahead);
        assertEquals(-1L, ahead.get(0), "r10, new");
        assertEquals(IdSet.first(0, 3), ahead.get(4), "r2 (row 5) repeats \" r2 \" of line 3");
        assertEquals(IdSet.first(0, 2), ahead.get(ahead.size() / 3), "the second pass: r10 of line 2 again");
    }

    private CellBatch batch(String csv) throws IOException {
        Path file = Files.writeString(dir.resolve("nps.csv"), csv);
        CellBatch[] rows = {null};
        ResponseFiles.read(file, 0, new CellBatch(), b -> {
            if (b.kind() != CellBatch.Kind.HEADER && rows[0] == null && b.rows() > 0) {
                rows[0] = b;
            }
            return new CellBatch();
        });
        return rows[0];
    }
}
