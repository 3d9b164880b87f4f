package org.scorecardkit.tally.aggregate;

import org.scorecardkit.model.DateOrder;
import org.scorecardkit.tally.check.Row;

/**
 * The first and last date of rows whose day/month order their file has not settled yet, under both
 * readings, so that the range can count them once the order is known (and drop them when the file
 * ends unsettled and their dates are unknown). Produces the range under the order settled on.
 */
final class DoubtDates {
    /** Day-first {first, last}, then month-first {first, last}, as yyyymmdd; 0 before any row. */
    private final int[] range = new int[4];

    void add(Row row) {
        widen(0, row.dayFirst());
        widen(2, row.monthFirst());
    }

    private void widen(int at, int date) {
        if (range[at] == 0 || date < range[at]) {
            range[at] = date;
        }
        if (date > range[at + 1]) {
            range[at + 1] = date;
        }
    }

    /** The earliest date read in {@code order} (yyyymmdd). */
    int first(DateOrder order) {
        return range[order == DateOrder.MDY ? 2 : 0];
    }

    /** The latest date read in {@code order} (yyyymmdd). */
    int last(DateOrder order) {
        return range[order == DateOrder.MDY ? 3 : 1];
    }
}
