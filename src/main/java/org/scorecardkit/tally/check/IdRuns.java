package org.scorecardkit.tally.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids an {@link IdSet} spilled to disk: their bytes appended to one blob file, their records
 * in sorted runs, and a fixed-size Bloom filter in front, so most new ids touch no disk and the
 * others cost about one positional read a run. Runs of one size are merged by eights, so there are
 * few runs and every record is rewritten only a few times. Temporary files are unlinked as soon as
 * they are opened (where the system allows), so nothing is left behind whatever ends the run.
 * Produces, for an id spilled before, the file and line where it was first seen.
 */
final class IdRuns implements AutoCloseable {
    private static final int FANOUT = 8;
    private static final int CHUNK = 1 << 16;
    private static final Cleaner CLEANER = Cleaner.create();

    private final Path root;
    private final IdBloom bloom;
    private final OpenFiles open = new OpenFiles();
    private final Cleaner.Cleanable cleanable;
    private final List<IdRun> runs = new ArrayList<>();
    private final ByteBuffer window = ByteBuffer.allocate(IdRun.WINDOW * IdRun.RECORD);
    private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    private FileChannel blob;
    private long blobEnd;
    private long reads;

    /** @param root the folder for the temporary files; @param bloomBytes the Bloom filter's size */
    IdRuns(Path root, long bloomBytes) {
        this.root = root;
        this.bloom = new IdBloom(bloomBytes);
        this.cleanable = CLEANER.register(this, open);
    }

    /** The file and line (see {@link IdSet#first}) of the spilled id c[s, e) of this digest, or -1. */
    long find(long digest, char[] c, int s, int e, boolean wide) {
        if (!bloom.mightContain(digest)) {
            return -1;
        }
        long[] found = {-1};
        IdRun.Match same = (at, lengthAndWidth, file, line) -> {
            boolean hit = (lengthAndWidth & 1) == (wide ? 1 : 0) && lengthAndWidth >>> 1 == IdBytes.length(s, e, wide)
                    && sameBytes(at, c, s, e, wide);
            found[0] = hit ? IdSet.first(file, line) : -1;
            return hit;
        };
        try {
            for (int i = runs.size() - 1; i >= 0; i--) {
                reads++;
                if (runs.get(i).find(digest, same, window)) {
                    return found[0];
                }
            }
            return -1;
        } catch (IOException x) {
            throw failure(x);
        }
    }

    /** Reads the Bloom filter where {@link #find} will look for this digest (see {@link IdSet#prefetch}). */
    long peek(long digest) {
        return bloom.peek(digest);
    }

    /** Whether the blob holds the id c[s, e) at {@code at}; read in chunks so no buffer grows with the id. */
    private boolean sameBytes(long at, char[] c, int s, int e, boolean wide) throws IOException {
        int perChar = wide ? 2 : 1;
        for (int i = s; i < e; ) {
            int chars = Math.min(e - i, CHUNK / perChar);
            chunk.clear().limit(chars * perChar);
            reads++;
            readFully(blob, chunk, at);
            if (!IdBytes.equal(chunk.array(), 0, chars * perChar, wide, c, i, i + chars, wide)) {
                return false;
            }
            at += (long) chars * perChar;
            i += chars;
        }
        return true;
    }

    /** Appends the ids' bytes pool[0, used) to the blob; returns where they start in it. */
    long appendBlob(byte[] pool, int used) {
        try {
            if (blob == null) {
                blob = open.create(root, "ids.blob");
            }
            long base = blobEnd;
            for (int at = 0; at < used; at += CHUNK) {   // chunks: a large heap buffer would be copied to a native one as large
                ByteBuffer b = ByteBuffer.wrap(pool, at, Math.min(CHUNK, used - at));
                while (b.hasRemaining()) {
                    blobEnd += blob.write(b, blobEnd);
                }
            }
            return base;
        } catch (IOException x) {
            throw failure(x);
        }
    }

    /** A writer for a new run of {@code count} spilled ids; give it back to {@link #add}. */
    IdRun.Writer newRun(long count) {
        try {
            return new IdRun.Writer(open.create(root, "run"), count, 0);
        } catch (IOException x) {
            throw failure(x);
        }
    }

    /** Records a spilled digest in the Bloom filter. */
    void remember(long digest) {
        bloom.add(digest);
    }

    /** Adds the written run, then merges runs of one level by eights. */
    void add(IdRun.Writer written) {
        try {
            runs.add(written.finish());
            for (int level = 0; ; level++) {
                List<IdRun> same = new ArrayList<>();
                for (IdRun r : runs) {
                    if (r.level == level) {
                        same.add(r);
                    }
                }
                if (same.isEmpty()) {
                    return;
                }
                if (same.size() >= FANOUT) {
                    merge(same, level + 1);
                }
            }
        } catch (IOException x) {
            throw failure(x);
        }
    }

    private void merge(List<IdRun> parts, int level) throws IOException {
        long count = 0;
        List<IdRun.Reader> readers = new ArrayList<>();
        for (IdRun r : parts) {
            count += r.count;
            IdRun.Reader reader = new IdRun.Reader(r);
            if (reader.advance()) {
                readers.add(reader);
            }
        }
        IdRun.Writer out = new IdRun.Writer(open.create(root, "run"), count, level);
        while (!readers.isEmpty()) {
            int least = 0;
            for (int i = 1; i < readers.size(); i++) {
                if (readers.get(i).digest() < readers.get(least).digest()) {
                    least = i;
                }
            }
            readers.get(least).copyTo(out);
            if (!readers.get(least).advance()) {
                readers.remove(least);
            }
        }
        runs.removeAll(parts);
        runs.add(0, out.finish());   // oldest first: lookups go newest first
        for (IdRun r : parts) {
            open.close(r.channel);
        }
    }

    int runs() {
        return runs.size();
    }

    /** Positional reads so far: a Bloom positive costs one a run, and one more to compare the ids. */
    long reads() {
        return reads;
    }

    /** Temporary files open now. */
    int openFiles() {
        return open.channels.size();
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    UncheckedIOException failure(IOException x) {
        close();
        // The message rides on a checked exception: the top-level handler unwraps UncheckedIOException to its cause.
        return new UncheckedIOException(new IOException("the tally could not use its temporary files in " + root
                + " for respondent ids (" + x.getMessage() + "); free some space there or set -D" + IdSet.TMP_PROPERTY + "=FOLDER", x));
    }

    static void readFully(FileChannel channel, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            int n = channel.read(b, at);
            if (n < 0) {
                throw new IOException("a temporary file ended early");
            }
            at += n;
        }
    }

    /**
     * The temporary files and folders of one set; closing them deletes them. Kept apart from the set
     * so that a set dropped without {@link #close} still has its files closed when it is collected.
     */
    private static final class OpenFiles implements Runnable {
        final List<FileChannel> channels = new ArrayList<>();
        final List<Path> folders = new ArrayList<>();

        /** A new empty file, deleted when closed (see {@link TempFiles}). */
        synchronized FileChannel create(Path root, String name) throws IOException {
            TempFiles.Opened opened = TempFiles.open(root, "scorecard-ids-", name);
            channels.add(opened.channel());
            if (opened.folderLeft() != null) {
                folders.add(opened.folderLeft());   // e.g. on Windows: removed after the file is closed
            }
            return opened.channel();
        }

        synchronized void close(FileChannel channel) throws IOException {
            channels.remove(channel);
            channel.close();
        }

        @Override
        public synchronized void run() {
            for (FileChannel c : channels) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // closing is all that is left to do; the folder below goes regardless
                }
            }
            channels.clear();
            for (Path f : folders) {
                try (var left = Files.list(f)) {
                    for (Path p : (Iterable<Path>) left::iterator) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // nothing more can be done about a folder the system will not let go
                }
            }
            folders.clear();
        }
    }
}
