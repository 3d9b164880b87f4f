package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The respondent-id set: new or repeat with the first file and line, exact even when digests
 * collide, the same decisions whether it stays in memory or spills to disk, no temporary file left
 * behind, and a bounded number of probes per id for ids crafted to collide.
 */
class IdSetTest {
    @TempDir
    Path tmp;

    private static long add(IdSet set, String id, int file, int line) {
        char[] c = ("  " + id + " ").toCharArray();   // ids sit inside a larger buffer, like a batch's cells
        return set.add(c, 2, 2 + id.length(), file, line);
    }

    private IdSet inMemory() {
        return new IdSet(SipHash.random(), IdSet.DEFAULT_MEMORY, tmp);
    }

    @Test
    void aRepeatGivesTheFileAndLineOfTheFirst() {
        try (IdSet set = inMemory()) {
            assertEquals(-1, add(set, "r1", 0, 2));
            assertEquals(-1, add(set, "r2", 0, 3));
            assertEquals(-1, add(set, "R1", 1, 2));   // case matters, as it always did
            long first = add(set, "r1", 1, 9);
            assertEquals(0, IdSet.file(first));
            assertEquals(2, IdSet.line(first));
            assertEquals(IdSet.first(0, 2), add(set, "r1", 2, 4), "the first stays the first");
            assertEquals(IdSet.first(1, 2), add(set, "R1", 3, 5));
            assertEquals(3, set.size());
        }
    }

    /** A digest every id shares: the set must still tell them apart by their characters, widths included. */
    @Test
    void idsWithTheSameDigestAreToldApartByTheirCharacters() {
        try (IdSet set = new IdSet((c, s, e, wide) -> 42, IdSet.DEFAULT_MEMORY, tmp)) {
            assertEquals(-1, add(set, "AB", 0, 1));
            assertEquals(-1, add(set, "\u4241", 0, 2));   // the same two bytes as "AB", but UTF-16
            assertEquals(-1, add(set, "ABC", 0, 3));
            assertEquals(-1, add(set, "", 0, 4));
            assertEquals(IdSet.first(0, 2), add(set, "\u4241", 0, 5));
            assertEquals(IdSet.first(0, 1), add(set, "AB", 0, 6));
            assertEquals(IdSet.first(0, 4), add(set, "", 0, 7));
        }
    }

    /** Ids as a merged export has them: repeats near and far, wide characters, a few long ones. */
    private static List<String> sequence(int n, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = random.nextInt(100);
            if (r < 35 && !ids.isEmpty()) {
                ids.add(ids.get(random.nextInt(ids.size())));
            } else if (r < 45) {
                ids.add("Łukasz." + random.nextInt(n) + "@例え.jp");
            } else if (r < 47) {
                ids.add("long-" + "x".repeat(random.nextInt(3000)) + random.nextInt(n));
            } else {
                ids.add("first.last" + random.nextInt(4 * n) + "@example.com");
            }
        }
        return ids;
    }

    private static List<Long> decisions(IdSet set, List<String> ids) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(add(set, ids.get(i), i % 3, i + 2));
        }
        return out;
    }

    @Test
    void spillingToDiskDecidesExactlyAsMemoryDoes() {
        List<String> ids = sequence(30_000, 1);
        List<Long> memory;
        try (IdSet set = inMemory()) {
            memory = decisions(set, ids);
            assertEquals(null, set.spilled(), "the default bound keeps these in memory");
        }
        try (IdSet set = new IdSet(SipHash.random(), 16 << 10, tmp)) {
            assertEquals(memory, decisions(set, ids));
            assertTrue(set.spilled().runs() >= 2 && set.spilled().runs() < 30, "merged runs: " + set.spilled().runs());
        }
        assertTrue(memory.stream().filter(d -> d >= 0).count() > 9_000, "the sequence has repeats");
    }

    /** Weak digests on disk: equal digests run across blocks and runs, and are still told apart. */
    @Test
    void spilledIdsWithCollidingDigestsAreToldApart() {
        List<String> ids = sequence(2_000, 2);
        IdDigest weak = (c, s, e, wide) -> wide ? -5 : (e - s) % 13;   // 14 digests; one shared by hundreds
        List<Long> memory;
        try (IdSet set = new IdSet(weak, IdSet.DEFAULT_MEMORY, tmp)) {
            memory = decisions(set, ids);
        }
        try (IdSet set = new IdSet(weak, 8 << 10, tmp)) {
            assertEquals(memory, decisions(set, ids));
            assertTrue(set.spilled().runs() >= 2);
        }
    }

    @Test
    void temporaryFilesHaveNoNameWhileOpenAndAreClosedWithTheSet() throws IOException {
        IdSet set = new IdSet(SipHash.random(), 8 << 10, tmp);
        decisions(set, sequence(5_000, 3));

        assertTrue(set.spilled().openFiles() >= 2, "a blob and a run at least");
        assertEquals(List.of(), list(tmp), "unlinked as soon as opened, so a kill leaves nothing");
        set.close();
        assertEquals(0, set.spilled().openFiles());
        assertEquals(List.of(), list(tmp));
    }

    /** The tally fails half way (here: the digest throws): nothing is left on disk, and closing still releases all. */
    @Test
    void aFailureLeavesNoTemporaryFiles() throws IOException {
        int[] calls = {0};
        IdSet set = new IdSet((c, s, e, wide) -> {
            if (++calls[0] == 4_000) {
                throw new IllegalStateException("the tally failed");
            }
            return new SipHash(1, 2).of(c, s, e, wide);
        }, 8 << 10, tmp);

        assertThrows(IllegalStateException.class, () -> decisions(set, sequence(5_000, 4)));
        assertTrue(set.spilled().openFiles() > 0);
        assertEquals(List.of(), list(tmp));
        set.close();
        assertEquals(0, set.spilled().openFiles());
    }

    @Test
    void aFolderThatCannotHoldTheFilesIsOneClearError() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "");
        try (IdSet set = new IdSet(SipHash.random(), 8 << 10, notAFolder)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> decisions(set, sequence(5_000, 5)));
            String message = e.getCause().getMessage();
            assertTrue(message.startsWith("the tally could not use its temporary files in " + notAFolder), message);
            assertTrue(message.endsWith("set -D" + IdSet.TMP_PROPERTY + "=FOLDER"), message);
        }
        assertEquals(List.of(notAFolder), list(tmp));
    }

    /**
     * 131,072 ids crafted to share the old hash took 67 s (every insert probed past all earlier
     * ones). Under the keyed digest they scatter: probes per id stay near one. The same ids under
     * the old hash show the counter does see the flood.
     */
    @Test
    void idsCraftedAgainstTheOldHashStayAtAboutOneProbeEach() {
        List<String> crafted = OldHashCollisions.ids(17);
        assertEquals(131_072, crafted.stream().distinct().count());
        assertEquals(1, crafted.stream().map(OldHashCollisions::oldHash).distinct().count(), "all share the old hash");

        try (IdSet set = inMemory()) {
            for (int i = 0; i < crafted.size(); i++) {
                assertEquals(-1, add(set, crafted.get(i), 0, i + 2));
            }
            assertTrue(set.probes() < 3L * crafted.size(), set.probes() + " probes for " + crafted.size() + " ids");
        }
        try (IdSet old = new IdSet((c, s, e, wide) -> OldHashCollisions.oldHash(new String(c, s, e - s)), IdSet.DEFAULT_MEMORY, tmp)) {
            for (int i = 0; i < 2_000; i++) {
                add(old, crafted.get(i), 0, i + 2);
            }
            assertTrue(old.probes() > 500L * 2_000, "the old hash floods: " + old.probes() + " probes");
        }
    }

    @Test
    void theBoundIsReadAsASize() {
        assertEquals(IdSet.DEFAULT_MEMORY, IdSet.memory(null));
        assertEquals(64L << 20, IdSet.memory("64m"));
        assertEquals(2048, IdSet.memory(" 2K "));
        assertEquals(1000, IdSet.memory("1000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdSet.memory("lots"));
        assertEquals("-Dscorecard.ids.memory=lots is not a size; give bytes, e.g. 64m or 67108864", e.getMessage());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
