package org.scorecardkit.tally.aggregate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.check.Reason;
import org.scorecardkit.tally.check.Row;

/**
 * Everything a tally has counted, and all that a saved state holds: the rows read, accepted,
 * rejected (by reason) and blank, the aggregate of all accepted rows and, with a breakdown, one
 * aggregate per key (at most {@code maxGroups} of them); when a state is to be saved, also the
 * {@link RespondentRows} that let a merge take a later duplicate back out. Two states of the same
 * instrument merge by adding, then removing the rows whose respondent an earlier state holds.
 * Consumes accepted rows; close it once the state is saved (or given up), to delete the
 * respondents' temporary file at once.
 */
public final class TallyState implements Consumer<Row>, AutoCloseable {
    /** The default bound on breakdown keys (--max-groups). */
    public static final int MAX_GROUPS = 1000;

    private final Layout layout;
    private final ScoreValues values;
    private final ScoreCache cache;
    private final Breakdown by;
    private final int maxGroups;
    private final Aggregate whole;
    private final Map<String, Aggregate> groups = new TreeMap<>();
    private final RespondentRows respondents;
    long read;
    long blank;
    final long[] reasons = new long[Reason.values().length];
    final long[] kinds = new long[ProblemKind.values().length];
    /** Pages scanned, sheets assembled from them, marks corrected by hand. */
    final long[] scans = new long[SCANS.length];
    /** The scan counts' keys, as summary.json and saved states write them, in the order of {@link #scans}. */
    public static final String[] SCANS = {"pages", "sheets", "corrected"};
    /** Rows whose date waits on the rest of their file, by file and both month (or quarter) keys their date may have. */
    private final Map<String, Aggregate> inDoubt = new java.util.HashMap<>();
    /**
     * The range of dates in doubt, by file and breakdown key (the group, or the key in {@link #inDoubt}):
     * counted in the range only once the file settles their order.
     */
    private final Map<String, DoubtDates> doubtDates = new java.util.HashMap<>();
    private String lastKey;
    private Aggregate lastGroup;

    /** Thrown when a breakdown meets more keys than allowed: the tally stops at that row. */
    public static final class TooManyGroups extends RuntimeException {
        TooManyGroups(String message) {
            super(message);
        }
    }

    /** @param by the breakdown, or null for none */
    public TallyState(Layout layout, Breakdown by) {
        this(layout, by, Integer.MAX_VALUE, false);
    }

    /**
     * @param maxGroups the most breakdown keys; one more stops the tally with {@link TooManyGroups}
     * @param keepRespondents whether to keep what a saved state needs for an exact merge
     */
    public TallyState(Layout layout, Breakdown by, int maxGroups, boolean keepRespondents) {
        this.layout = layout;
        this.values = new ScoreValues();
        this.cache = new ScoreCache(layout, values);
        this.by = by;
        this.maxGroups = maxGroups;
        this.whole = new Aggregate(layout, values, true);
        this.respondents = keepRespondents ? new RespondentRows(layout) : null;
    }

    @Override
    public void accept(Row row) {
        ScoreCache.Scored scored = cache.scoreOf(row);
        String key = null;
        if (by != null && by != Breakdown.GROUP && row.dateInDoubt()) {
            key = doubtKey(row);
            inDoubt.computeIfAbsent(key, k -> new Aggregate(layout, values, false)).add(row, scored);
        } else if (by != null) {
            key = by.key(row);
            if (!key.equals(lastKey) && groups.size() >= maxGroups && !groups.containsKey(key)) {
                throw new TooManyGroups(tooMany(row, key));
            }
            group(key).add(row, scored);
        }
        whole.add(row, scored);
        if (respondents != null) {
            respondents.add(row, key);
        }
        if (row.dateInDoubt()) {
            String at = row.fileIndex() + DOUBT + (key == null ? "" : key);
            doubtDates.computeIfAbsent(at, k -> new DoubtDates()).add(row);
        }
    }

    /** Both keys a date in doubt may have, with its file: its aggregate waits until the file settles the order. */
    private String doubtKey(Row row) {
        return row.fileIndex() + DOUBT + by.key(row.dayFirst()) + DOUBT + by.key(row.monthFirst());
    }

    private static final String DOUBT = "\u0000";

    /**
     * Moves the rows of a file whose dates were in doubt to the keys its order gives them, or to
     * "(no date)" when the file ended without settling it: exactly where they would have gone had the
     * order been known from the start.
     */
    public void settled(int file, org.scorecardkit.model.DateOrder order) {
        String prefix = file + DOUBT;
        List<String> keys = inDoubt.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
        for (String k : keys) {
            String[] parts = k.split(DOUBT, -1);
            String target = order == null ? Breakdown.NO_DATE : order == org.scorecardkit.model.DateOrder.DMY ? parts[1] : parts[2];
            if (groups.size() >= maxGroups && !groups.containsKey(target)) {
                throw new TooManyGroups(String.format(Locale.ROOT, "more than %,d %ss in --by %s; raise --max-groups or check the date column",
                        maxGroups, by.option(), by.option()));
            }
            group(target).addAll(inDoubt.remove(k));
            if (respondents != null) {
                respondents.rekey(k, target);
            }
        }
        settleRange(prefix, order);
        if (respondents != null) {
            respondents.settled(file, order);
        }
    }

    /**
     * Counts the dates in doubt of a file (keys starting {@code prefix}) in the ranges of the whole
     * and of their group, read in the order settled; a file left unsettled (null) counts none.
     */
    private void settleRange(String prefix, org.scorecardkit.model.DateOrder order) {
        List<String> keys = doubtDates.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
        for (String k : keys) {
            DoubtDates d = doubtDates.remove(k);
            if (order == null) {
                continue;
            }
            whole.addDates(d.first(order), d.last(order));
            if (by != null) {
                // By month or quarter every date of one key falls in the key its order picks.
                Aggregate g = groups.get(by == Breakdown.GROUP ? k.substring(prefix.length()) : by.key(d.first(order)));
                if (g != null) {
                    g.addDates(d.first(order), d.last(order));
                }
            }
        }
    }

    private String tooMany(Row row, String key) {
        String shown = key.codePointCount(0, key.length()) <= 60 ? key : key.substring(0, key.offsetByCodePoints(0, 60)) + "…";
        return String.format(Locale.ROOT, "more than %,d %s in --by %s (at %s line %d: \"%s\"); raise --max-groups or check the %s column",
                maxGroups, by == Breakdown.GROUP ? "groups" : by.option() + "s", by.option(), row.file(), row.line(), shown,
                by == Breakdown.GROUP ? "group" : "date");
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

    /**
     * Takes an accepted row back out as a later duplicate, exactly as one tally would have
     * rejected it: accepted − 1, rejected + 1 under the duplicate reason, and every aggregate
     * without it; a breakdown key left with no rows is dropped, as a tally would never have made it.
     * (A merge's range of dates never held the duplicate's date: {@link RespondentReader} widens it
     * only by the records it keeps.)
     */
    void removeDuplicate(int[] codes, String key) {
        ScoreCache.Scored scored = cache.score(codes, null);
        whole.remove(codes, scored);
        if (by != null) {
            Aggregate g = groups.get(key);
            g.remove(codes, scored);
            if (g.rows() == 0) {
                groups.remove(key);
                lastKey = null;
                lastGroup = null;
            }
        }
        reasons[Reason.DUPLICATE.ordinal()]++;
        kinds[ProblemKind.ROW_REJECTED.ordinal()]++;
    }

    /** Records what the intake counted: rows read, blank lines, rejects by reason, problems listed by kind. */
    public void rows(long rowsRead, long blankLines, long[] rejectsByReason, long[] problemsByKind) {
        read += rowsRead;
        blank += blankLines;
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] += rejectsByReason[i];
        }
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] += problemsByKind[i];
        }
    }

    /** Records what the intake counted of scans: pages, sheets, marks corrected ({@code Intake.scanned()}). */
    public void scanned(long[] counts) {
        for (int i = 0; i < scans.length; i++) {
            scans[i] += counts[i];
        }
    }

    /** Adds another state's counts (of the same instrument and breakdown). */
    public void addAll(TallyState other) {
        for (int i = 0; i < scans.length; i++) {
            scans[i] += other.scans[i];
        }
        read += other.read;
        blank += other.blank;
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] += other.reasons[i];
        }
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] += other.kinds[i];
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

    /** Deletes the respondents' temporary file, if any: the state can no longer be saved after. Closing twice is harmless. */
    @Override
    public void close() {
        if (respondents != null) {
            respondents.close();
        }
    }

    /** What a saved state needs for an exact merge, or null when the tally was run without keeping it. */
    public RespondentRows respondents() { return respondents; }

    public long read() { return read; }

    public long accepted() { return whole.rows(); }

    public long rejected() { return read - whole.rows(); }

    public long blank() { return blank; }

    /** Rejected rows by reason, indexed by {@link Reason#ordinal()}. */
    public long rejected(Reason r) { return reasons[r.ordinal()]; }

    /** Problems listed of a kind (rejected rows, ignored cells, unknown dates, differing totals, ignored columns). */
    public long problems(ProblemKind k) { return kinds[k.ordinal()]; }

    /** Scanned pages read, sheets assembled from them and marks corrected by hand: {pages, sheets, corrected}. */
    public long[] scanned() { return scans.clone(); }
}
