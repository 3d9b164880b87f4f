package org.scorecardkit.tally.aggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.tally.check.Row;

/**
 * The range of dates of the rows without a respondent id, for the whole and per breakdown key, as a
 * saved state keeps it: a merge never takes such a row out, so their first and last date merge as
 * they are. Dates in doubt wait, per file and key, until their file settles the order.
 */
final class Anonymous {
    private static final String WHOLE = "\u0000whole";
    private static final String DOUBT = "\u0000";
    private final Map<String, int[]> ranges = new HashMap<>();
    private final Map<String, DoubtDates> inDoubt = new HashMap<>();

    void add(Row row, String key) {
        if (row.dateInDoubt()) {
            inDoubt.computeIfAbsent(row.fileIndex() + DOUBT + (key == null ? WHOLE : key), k -> new DoubtDates()).add(row);
        } else if (row.dateValue() != 0) {
            widen(WHOLE, row.dateValue(), row.dateValue());
            if (key != null) {
                widen(key, row.dateValue(), row.dateValue());
            }
        }
    }

    /** Counts a file's dates in doubt under the order settled (none when null), under the keys they were rekeyed to. */
    void settled(int file, DateOrder order, Map<String, String> rekeyed) {
        String prefix = file + DOUBT;
        List<String> keys = inDoubt.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
        for (String k : keys) {
            DoubtDates d = inDoubt.remove(k);
            if (order == null) {
                continue;
            }
            String key = k.substring(prefix.length());
            widen(WHOLE, d.first(order), d.last(order));
            if (!key.equals(WHOLE)) {
                widen(rekeyed.getOrDefault(key, key), d.first(order), d.last(order));
            }
        }
    }

    private void widen(String key, int first, int last) {
        int[] r = ranges.computeIfAbsent(key, k -> new int[2]);
        if (r[0] == 0 || first < r[0]) {
            r[0] = first;
        }
        if (last > r[1]) {
            r[1] = last;
        }
    }

    /** {first, last} under a key (null: the whole), {0, 0} when none is known. */
    int[] range(String key) {
        return ranges.getOrDefault(key == null ? WHOLE : key, new int[2]).clone();
    }
}
