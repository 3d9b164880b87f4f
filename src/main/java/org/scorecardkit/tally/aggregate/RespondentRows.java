package org.scorecardkit.tally.aggregate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Row;
import org.scorecardkit.tally.check.TempFiles;

/**
 * What a saved state needs so that a merge can reject a later duplicate exactly as one tally would:
 * for every accepted row with a respondent id, the id's digest with the row's answers and breakdown
 * key (spilled to a temporary file that has no name while open, so memory does not grow with the
 * rows and a killed tally leaves no file behind; see {@link SpillFile}), and, per free-text
 * item, the first {@link Aggregate#TEXT_SAMPLES} answers of rows without an id with their place
 * among the records. Produces the records and samples {@link StateJson} writes.
 */
public final class RespondentRows implements Closeable {
    /** Bytes of a respondent digest: SHA-256 truncated to 128 bits. */
    public static final int DIGEST_BYTES = 16;

    /**
     * One record as read back: digest, breakdown key (or null), codes, per text column its text or
     * null, and the row's date as yyyymmdd (0 when unknown; a date in doubt read as its file settled).
     */
    public record Record(byte[] digest, String key, int[] codes, String[] texts, int date) {
    }

    /** A free-text answer of a row without an id, placed after {@code position} records. */
    public record Sample(long position, String text) {
    }

    private final Layout layout;
    private final int[] textColumns;
    private final List<List<Sample>> samples = new ArrayList<>();
    private static final Cleaner CLEANER = Cleaner.create();

    private final MessageDigest sha = StateChecksum.sha256();
    private final Path root = TempFiles.root();
    private final Spill spill = new Spill();
    private final Cleaner.Cleanable cleanable = CLEANER.register(this, spill);
    private byte[] idBytes = new byte[64];
    private DataOutputStream out;
    private long records;
    /** Breakdown keys of rows recorded while their date was in doubt, and the keys their file settled them to. */
    private final java.util.Map<String, String> rekeyed = new java.util.HashMap<>();
    /**
     * The dates of rows without an id, by breakdown key ("" for the whole): a merge cannot take such a
     * row out, so their range is saved as it is; a row with an id carries its own date in its record.
     */
    private final Anonymous anonymous = new Anonymous();
    /** The order each file's dates in doubt settled on (null: they stayed unknown), by file index. */
    private final java.util.Map<Integer, org.scorecardkit.model.DateOrder> orders = new java.util.HashMap<>();

    /** The open spill file, kept apart so that rows dropped without {@link #close} still have it closed when collected. */
    private static final class Spill implements Runnable {
        volatile FileChannel channel;

        @Override
        public void run() {
            FileChannel c = channel;
            if (c != null) {
                try {
                    c.close();   // DELETE_ON_CLOSE: the file goes with it
                } catch (IOException ignored) {
                    // closing is all that is left to do
                }
            }
        }
    }

    public RespondentRows(Layout layout) {
        this.layout = layout;
        this.textColumns = textColumns(layout);
        for (int i = 0; i < textColumns.length; i++) {
            samples.add(new ArrayList<>());
        }
    }

    /** The columns of free-text items, in column order. */
    static int[] textColumns(Layout layout) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            if (layout.column(i).type() == ItemType.TEXT) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Records that rows recorded under {@code from} (dates in doubt) belong under {@code to}. */
    public void rekey(String from, String to) {
        rekeyed.put(from, to);
    }

    /** Records the order a file's dates in doubt settled on, or null when they stayed unknown. */
    public void settled(int file, org.scorecardkit.model.DateOrder order) {
        orders.put(file, order);
        anonymous.settled(file, order, rekeyed);
    }

    /** The range {first, last} (yyyymmdd, 0 for none) of the rows without an id under a key (null: the whole). */
    public int[] anonymousDates(String key) {
        return anonymous.range(key);
    }

    /** Records one accepted row under its breakdown key (null without a breakdown). */
    public void add(Row row, String key) {
        String id = row.respondent();
        if (id == null) {
            anonymous.add(row, key);
            for (int t = 0; t < textColumns.length; t++) {
                int c = textColumns[t];
                if (row.code(c) != 0 && samples.get(t).size() < Aggregate.TEXT_SAMPLES) {
                    samples.get(t).add(new Sample(records, Aggregate.capped(row.text(c))));
                }
            }
            return;
        }
        try {
            write(digest(id), key, row);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void write(byte[] digest, String key, Row row) throws IOException {
        if (out == null) {
            TempFiles.Opened opened = TempFiles.open(root, "scorecard-state-", "respondents");
            if (opened.folderLeft() != null) {
                opened.folderLeft().toFile().deleteOnExit();   // e.g. on Windows: the file goes on close, the folder at exit
            }
            spill.channel = opened.channel();
            out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(spill.channel), 1 << 16));
        }
        out.write(digest);
        writeString(out, key);
        for (int i = 0; i < layout.size(); i++) {
            writeVarint(out, row.code(i));
        }
        // A date in doubt is written as both readings; the file's order picks one when read back.
        out.writeInt(row.dateInDoubt() ? row.dayFirst() : row.dateValue());
        out.writeInt(row.dateInDoubt() ? row.monthFirst() : 0);
        writeVarint(out, row.fileIndex());
        for (int t = 0; t < textColumns.length; t++) {
            int c = textColumns[t];
            // Past the first TEXT_SAMPLES answers without an id, no merge can quote this text.
            boolean needed = row.code(c) != 0 && samples.get(t).size() < Aggregate.TEXT_SAMPLES;
            writeString(out, needed ? Aggregate.capped(row.text(c)) : null);
        }
        records++;
    }

    /**
     * The digest of a respondent id exactly as the intake compares it (the cell's characters after
     * trimming): SHA-256 of its UTF-16 code units, so that every id, even one with a lone
     * surrogate, has its own, the same on every machine.
     */
    public byte[] digest(String id) {
        int n = id.length() * 2;
        if (idBytes.length < n) {
            idBytes = new byte[Math.max(n, idBytes.length * 2)];
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            idBytes[2 * i] = (byte) (c >>> 8);
            idBytes[2 * i + 1] = (byte) c;
        }
        sha.update(idBytes, 0, n);
        return java.util.Arrays.copyOf(sha.digest(), DIGEST_BYTES);
    }

    public long records() { return records; }

    /** Per free-text column (in column order), the samples of rows without an id. */
    public List<List<Sample>> samples() { return samples; }

    public int[] textColumns() { return textColumns; }

    /** Something that takes records one by one and may fail with an I/O error. */
    public interface RecordSink {
        void accept(Record r) throws IOException;
    }

    /**
     * Reads the records back in the order they were added.
     *
     * @throws IOException what the sink threw
     * @throws UncheckedIOException (with a one-line IOException) when the temporary file fails
     */
    public void forEach(RecordSink sink) throws IOException {
        if (out == null) {
            return;
        }
        FileChannel channel = spill.channel;
        DataInputStream in;
        try {
            out.flush();
            channel.position(0);
            // Not closed: closing the stream would close, and so delete, the file; close() does that.
            in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
        } catch (IOException e) {
            throw failure(e);
        }
        for (long r = 0; r < records; r++) {
            sink.accept(next(in));
        }
        try {
            channel.position(channel.size());   // a later add appends
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private Record next(DataInputStream in) {
        try {
            byte[] digest = new byte[DIGEST_BYTES];
            in.readFully(digest);
            String written = readString(in);
            String key = written == null ? null : rekeyed.getOrDefault(written, written);
            int[] codes = new int[layout.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = readVarint(in);
            }
            int date = in.readInt();
            int other = in.readInt();
            int file = readVarint(in);
            if (other != 0) {
                org.scorecardkit.model.DateOrder order = orders.get(file);
                date = order == null ? 0 : order == org.scorecardkit.model.DateOrder.MDY ? other : date;
            }
            String[] texts = new String[textColumns.length];
            for (int t = 0; t < texts.length; t++) {
                texts[t] = readString(in);
            }
            return new Record(digest, key, codes, texts, date);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The message rides on a checked exception: the top-level handler unwraps UncheckedIOException to its cause. */
    private UncheckedIOException failure(IOException x) {
        close();
        return new UncheckedIOException(new IOException("the tally could not use its temporary file in " + root
                + " for the respondents of the state (" + x.getMessage() + "); free some space there or set -D"
                + TempFiles.PROPERTY + "=FOLDER", x));
    }

    /** Closes, and so deletes, the temporary file; the rows cannot be read back after. */
    @Override
    public void close() {
        cleanable.clean();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(s.length());
            out.writeChars(s);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
