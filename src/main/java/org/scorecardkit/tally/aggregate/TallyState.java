package org.scorecardkit.tally.aggregate;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Reason;
import org.scorecardkit.tally.check.Row;

/**
 * Everything a tally has counted, and all that a saved state holds: the rows read, accepted,
 * rejected (by reason) and blank, the aggregate of all accepted rows and, with a breakdown, one
 * aggregate per key. Two states of the same instrument merge by adding, which gives exactly the
 * state of the rows of both. Consumes accepted rows.
 */
public final class TallyState implements Consumer<Row> {
    private final Layout layout;
    private final ScoreValues values;
    private final ScoreCache cache;
    private final Breakdown by;
    private final Aggregate whole;
    private final Map<String, Aggregate> groups = new TreeMap<>();
    long read;
    long blank;
    final long[] reasons = new long[Reason.values().length];
    private String lastKey;
    private Aggregate lastGroup;

    /** @param by the breakdown, or null for none */
    public TallyState(Layout layout, Breakdown by) {
        this.layout = layout;
        this.values = new ScoreValues();
        this.cache = new ScoreCache(layout, values);
        this.by = by;
        this.whole = new Aggregate(layout, values, true);
    }

    @Override
    public void accept(Row row) {
        ScoreCache.Scored scored = cache.scoreOf(row);
        whole.add(row, scored);
        if (by != null) {
            group(by.key(row)).add(row, scored);
        }
    }

    /** The aggregate of a breakdown key, made on first use. */
    Aggregate group(String key) {
        // Rows of one group often come together; the last key spares a map lookup.
        if (!key.equals(lastKey)) {
            lastGroup = groups.computeIfAbsent(key, k -> new Aggregate(layout, values, false));
            lastKey = key;
        }
        return lastGroup;
    }

    /** Records what the intake counted: rows read, blank lines, rejects by reason. */
    public void rows(long rowsRead, long blankLines, long[] rejectsByReason) {
        read += rowsRead;
        blank += blankLines;
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] += rejectsByReason[i];
        }
    }

    /** Adds another state of the same instrument and breakdown. */
    public void addAll(TallyState other) {
        read += other.read;
        blank += other.blank;
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] += other.reasons[i];
        }
        whole.addAll(other.whole);
        other.groups.forEach((k, a) -> group(k).addAll(a));
    }

    public Layout layout() { return layout; }

    public ScoreValues values() { return values; }

    /** The breakdown, or null. */
    public Breakdown by() { return by; }

    public Aggregate whole() { return whole; }

    /** The aggregates per breakdown key, keys in order. */
    public Map<String, Aggregate> groups() { return java.util.Collections.unmodifiableMap(groups); }

    public long read() { return read; }

    public long accepted() { return whole.rows(); }

    public long rejected() { return read - whole.rows(); }

    public long blank() { return blank; }

    /** Rejected rows by reason, indexed by {@link Reason#ordinal()}. */
    public long rejected(Reason r) { return reasons[r.ordinal()]; }
}
