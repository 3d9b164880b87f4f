package org.scorecardkit.tally.check;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * The dates of one file whose day/month order its file has not settled yet (both numbers 12 or
 * under): the line and the date as written, kept until a later date settles the order (then they
 * are forgotten) or the file ends unsettled (then each is listed as a date unknown). A few
 * thousand are kept in memory; beyond that they spill to a temporary file, so a million such
 * dates do not grow the heap.
 */
final class PendingDates implements AutoCloseable {
    private static final int IN_MEMORY = 4096;

    private final int[] lines = new int[IN_MEMORY];
    private final List<String> values = new ArrayList<>();
    private TempFiles.Opened spill;
    private DataOutputStream out;
    private long spilled;

    void add(int line, String value) {
        int n = values.size();
        if (n < IN_MEMORY) {
            lines[n] = line;
            values.add(value);
            return;
        }
        try {
            if (out == null) {
                spill = TempFiles.open(TempFiles.root(), "scorecard-dates-", "dates");
                out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(spill.channel()), 1 << 16));
            }
            out.writeInt(line);
            out.writeUTF(value);
            spilled++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the dates in doubt in a temporary file: " + e.getMessage(), e);
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    long size() {
        return values.size() + spilled;
    }

    /** Hands every date kept to {@code each} (value, line), in the order added, then forgets them. */
    void drain(ObjIntConsumer<String> each) {
        for (int i = 0; i < values.size(); i++) {
            each.accept(values.get(i), lines[i]);
        }
        if (out != null) {
            try {
                out.flush();
                FileChannel channel = spill.channel();
                channel.position(0);
                DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
                for (long i = 0; i < spilled; i++) {
                    int line = in.readInt();
                    each.accept(in.readUTF(), line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back the dates in doubt: " + e.getMessage(), e);
            }
        }
        clear();
    }

    /** Forgets every date kept, and the temporary file. */
    void clear() {
        values.clear();
        spilled = 0;
        close();
    }

    @Override
    public void close() {
        if (spill != null) {
            try {
                spill.channel().close();
            } catch (IOException ignored) {
                // the file is deleted on close; nothing else to do
            }
            spill = null;
            out = null;
        }
    }
}
