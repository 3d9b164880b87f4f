package org.scorecardkit.tally.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * One sorted run of spilled ids on disk: fixed-size records (digest, where the id's bytes are in
 * the blob, their length and width, first file and line) in digest order, and in memory the first
 * digest of every block of records, so finding a digest costs about one positional read. Produces
 * the records that carry a given digest.
 */
final class IdRun {
    /** digest 8, blob position 8, length << 1 | wide 4, file 4, line 4. */
    static final int RECORD = 28;
    /** Records read at once: a block and one more fit. */
    static final int WINDOW = 128;
    private static final int BLOCK = 64;
    /** At most this many index entries a run: past 16 M records the blocks grow instead. */
    private static final int MAX_INDEX = 1 << 18;

    /** What a lookup does with each record of the wanted digest; returns whether to stop. */
    interface Match {
        boolean test(long blob, int lengthAndWidth, int file, int line) throws IOException;
    }

    final FileChannel channel;
    final long count;
    final int level;
    private final int block;
    private final long[] index;

    private IdRun(FileChannel channel, long count, int level, int block, long[] index) {
        this.channel = channel;
        this.count = count;
        this.level = level;
        this.block = block;
        this.index = index;
    }

    /**
     * Hands every record whose digest is {@code digest} to {@code match} until it says stop;
     * returns whether it did. {@code window} is scratch space of {@link #WINDOW} records.
     */
    boolean find(long digest, Match match, ByteBuffer window) throws IOException {
        int p = firstBlockAtLeast(digest);
        long lo = Math.max(0, p - 1) * (long) block;
        long hi = Math.min(count, p * (long) block);
        while (hi - lo > WINDOW) {   // only in runs so large that their blocks outgrew the window
            long mid = (lo + hi) >>> 1;
            if (digestAt(mid, window) < digest) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (long at = lo; at < count; at += WINDOW) {
            if (at % block == 0 && index[(int) (at / block)] > digest) {
                return false;
            }
            int n = (int) Math.min(WINDOW, count - at);
            read(window, at, n);
            for (int i = 0; i < n; i++) {
                long d = window.getLong(i * RECORD);
                if (d > digest) {
                    return false;
                }
                if (d == digest && match.test(window.getLong(i * RECORD + 8), window.getInt(i * RECORD + 16),
                        window.getInt(i * RECORD + 20), window.getInt(i * RECORD + 24))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first block whose first digest is at least {@code digest}, or the number of blocks. */
    private int firstBlockAtLeast(long digest) {
        int lo = 0;
        int hi = index.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index[mid] < digest) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private long digestAt(long record, ByteBuffer window) throws IOException {
        read(window, record, 1);
        return window.getLong(0);
    }

    private void read(ByteBuffer window, long record, int records) throws IOException {
        window.clear().limit(records * RECORD);
        IdRuns.readFully(channel, window, record * RECORD);
    }

    /** Reads a run from its first record to its last, for merging. */
    static final class Reader {
        private final IdRun run;
        private final ByteBuffer buffer = ByteBuffer.allocate(1024 * RECORD);
        private long next;
        private int at;
        private int held;

        Reader(IdRun run) {
            this.run = run;
        }

        /** Moves to the next record; false after the last. */
        boolean advance() throws IOException {
            if (++at < held) {
                return true;
            }
            if (next >= run.count) {
                return false;
            }
            held = (int) Math.min(1024, run.count - next);
            run.read(buffer, next, held);
            next += held;
            at = 0;
            return true;
        }

        long digest() {
            return buffer.getLong(at * RECORD);
        }

        void copyTo(Writer w) throws IOException {
            int o = at * RECORD;
            w.add(buffer.getLong(o), buffer.getLong(o + 8), buffer.getInt(o + 16), buffer.getInt(o + 20), buffer.getInt(o + 24));
        }
    }

    /** Writes a run of a known number of records, given in digest order, and builds its index. */
    static final class Writer {
        private final FileChannel channel;
        private final long count;
        private final int level;
        private final int block;
        private final long[] index;
        private final ByteBuffer buffer = ByteBuffer.allocate(2048 * RECORD);
        private long written;
        private long position;

        Writer(FileChannel channel, long count, int level) {
            this.channel = channel;
            this.count = count;
            this.level = level;
            int b = BLOCK;
            while ((count + b - 1) / b > MAX_INDEX) {
                b *= 2;
            }
            this.block = b;
            this.index = new long[(int) ((count + b - 1) / b)];
        }

        void add(long digest, long blob, int lengthAndWidth, int file, int line) throws IOException {
            if (written % block == 0) {
                index[(int) (written / block)] = digest;
            }
            if (!buffer.hasRemaining()) {
                flush();
            }
            buffer.putLong(digest).putLong(blob).putInt(lengthAndWidth).putInt(file).putInt(line);
            written++;
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            buffer.clear();
        }

        IdRun finish() throws IOException {
            if (written != count) {
                throw new IllegalStateException("a run of " + count + " records got " + written);
            }
            flush();
            return new IdRun(channel, count, level, block, index);
        }
    }
}
