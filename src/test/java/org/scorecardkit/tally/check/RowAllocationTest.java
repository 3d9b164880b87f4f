package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * The per-row work of the checking side allocates nothing for a row without problems (the tally
 * runs on C1, which has no escape analysis, so every such allocation would be paid per row): the
 * id digest, the id set's lookup of a repeat, and decoding a clean row. A row with problems still
 * gets a list of its own, which the Predecoder keeps per row.
 */
class RowAllocationTest {
    private static final int TIMES = 20_000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void digestingAnIdAllocatesNothing() {
        SipHash sip = new SipHash(1, 2);
        char[] narrow = "  anna.martin1234@example-mail.org ".toCharArray();
        char[] wide = "  Łukasz.Müller@例え.jp ".toCharArray();
        long sum = 0;
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < TIMES; i++) {
            sum += sip.of(narrow, 2, narrow.length - 1, false) + sip.of(wide, 2, wide.length - 1, true);
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < TIMES, allocated + " bytes for " + 2 * TIMES + " digests (sum " + sum + ")");
    }

    @Test
    void findingARepeatedIdAllocatesNothing() {
        char[] c = "r1r2r3".toCharArray();
        try (IdSet set = new IdSet(new SipHash(3, 4), IdSet.DEFAULT_MEMORY, dir)) {
            set.add(c, 0, 2, 0, 2);
            set.add(c, 2, 4, 0, 3);
            long before = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < TIMES; i++) {
                assertEquals(IdSet.first(0, 2), set.add(c, 0, 2, 1, i));
            }
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
            assertTrue(allocated < TIMES, allocated + " bytes for " + TIMES + " repeats");
        }
    }

    @Test
    void decodingACleanRowAllocatesNothing() throws IOException {
        Fixture f = nps("respondent,group,date,recommend,reason\r\n"
                + "r1,A,2026-01-05,9,\r\nr2,B,05/01/2026,3,\r\nr3,C,2026-01-07,10,\r\n");
        RowDecoder decoder = new RowDecoder(f.layout);
        Row row = new Row(f.layout.size());
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < TIMES; i++) {
            for (int r = 0; r < f.rows.rows(); r++) {
                assertNull(decoder.decode(f.rows, r, f.header.slots(), row));
            }
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < TIMES, allocated + " bytes for " + 3 * TIMES + " clean rows");
    }

    /** The decoder's problems are reused, but every row with notes gets its own list, and a rejected row its reason. */
    @Test
    void eachRowKeepsItsOwnProblems() throws IOException {
        Fixture f = nps("respondent,group,date,recommend,reason\r\n"
                + "r1,A,someday,9,\r\nr2,B,,12,\r\nr3,C,2026-01-07,10,\r\nr4,D,,,\r\nr5,E,,7,\r\n");
        RowDecoder decoder = new RowDecoder(f.layout);
        Row row = new Row(f.layout.size());
        List<List<CellNote>> notes = new ArrayList<>();
        List<Header.Problem> problems = new ArrayList<>();
        for (int r = 0; r < f.rows.rows(); r++) {
            problems.add(decoder.decode(f.rows, r, f.header.slots(), row));
            notes.add(row.notes);
        }
        assertEquals(1, notes.get(0).size(), "the unreadable date");
        assertEquals(ProblemKind.DATE_UNKNOWN, notes.get(0).get(0).kind());
        assertEquals(1, notes.get(1).size(), "the rating off the scale");
        assertEquals(Reason.OUTSIDE_SCALE, notes.get(1).get(0).reason());
        assertNotSame(notes.get(0), notes.get(1));
        assertNull(notes.get(2));
        assertNull(notes.get(3));
        assertNull(notes.get(4));
        assertNull(problems.get(0));
        assertEquals(Reason.NO_ANSWERS, problems.get(1).reason(), "its one answer could not be read");
        assertNull(problems.get(2));
        assertEquals(Reason.NO_ANSWERS, problems.get(3).reason());
        assertEquals("the row has no answers", problems.get(3).message(), "not the message of the row before");
        assertNull(problems.get(4), "the rejection of the row before is not carried over");
    }

    private record Fixture(Layout layout, Header header, CellBatch rows) {
    }

    /** The header and the first batch of rows of an NPS file, read as the tally reads it. */
    private Fixture nps(String csv) throws IOException {
        Path file = Files.writeString(dir.resolve("nps.csv"), csv);
        ContentLoader.Result content = ContentLoader.load(Path.of("content"));
        Layout layout = new Layout(content.content().instrument("nps"));
        Header[] header = {null};
        CellBatch[] rows = {null};
        ResponseFiles.read(file, 0, new CellBatch(), b -> {
            if (b.kind() == CellBatch.Kind.HEADER) {
                header[0] = Header.of(layout, b);
            } else if (rows[0] == null && b.rows() > 0) {
                rows[0] = b;
            }
            return new CellBatch();
        });
        return new Fixture(layout, header[0], rows[0]);
    }
}
