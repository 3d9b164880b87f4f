package org.scorecardkit.tally.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.scorecardkit.model.DateOrder;

/**
 * Settles the day/month order of each file's dates from its own values, as the file is read: the
 * order given (--date-order or site.yaml) wins; else the first date whose day is above 12 settles
 * it for the whole file, the dates in doubt before it included; a file that ends unsettled leaves
 * its dates in doubt unknown. Produces each accepted row's date, the order found per file, and
 * the dates to list as unknown.
 */
final class FileDates implements AutoCloseable {
    /** Told when the dates in doubt of a file are settled (order), or end up unknown (null). */
    @FunctionalInterface
    interface Settled {
        void settled(int file, DateOrder order);
    }

    private final DateOrder given;
    private final Map<Integer, DateOrder> known;
    private final Map<Integer, DateOrder> found = new HashMap<>();
    private final PendingDates pending = new PendingDates();
    private Settled listener = (file, order) -> { };
    private int file = -1;
    private DateOrder order;
    private String column = "";

    /**
     * @param given the order for every file, or null to settle it file by file
     * @param known orders already found per file index by an earlier pass over the same files
     */
    FileDates(DateOrder given, Map<Integer, DateOrder> known) {
        this.given = given;
        this.known = Map.copyOf(known);
    }

    void onSettled(Settled l) {
        listener = l;
    }

    /** Starts a file (or, for JSON and PDF rows, a file met again: nothing changes then). */
    void start(int fileIndex) {
        if (fileIndex != file) {
            file = fileIndex;
            order = given != null ? given : known.get(fileIndex);
            column = "";
        }
    }

    /**
     * Gives an accepted row its date by the file's order. Returns why its date is unknown when it
     * contradicts the order, else null; a date still in doubt is kept to be settled later.
     *
     * @param dateColumn the name of the date's column; needed (and given) only for a date in doubt
     */
    String settle(Row row, String dateColumn) {
        int kind = row.dateKind;
        if (kind == DateReading.AMBIGUOUS) {
            if (order == null) {
                column = dateColumn;
                pending.add(row.line, Cells.value(row.batch, row.dateCell));
                return null;
            }
            pick(row, order);
        } else if (kind == DateReading.DAY_FIRST || kind == DateReading.MONTH_FIRST) {
            DateOrder says = kind == DateReading.DAY_FIRST ? DateOrder.DMY : DateOrder.MDY;
            if (order == null) {
                settleFile(says);
            } else if (order != says) {
                row.date = 0;
                return contradiction(says);
            }
        }
        return null;
    }

    private static void pick(Row row, DateOrder o) {
        if (o == DateOrder.MDY) {
            row.date = row.dateOther;
        }
        row.dateOther = 0;
    }

    private void settleFile(DateOrder says) {
        order = says;
        found.put(file, says);
        if (!pending.isEmpty()) {
            pending.clear();
            listener.settled(file, says);
        }
    }

    private String contradiction(DateOrder says) {
        String reads = says == DateOrder.DMY ? "day/month (its first number is above 12)" : "month/day (its second number is above 12)";
        String other = order == DateOrder.DMY ? "day/month" : "month/day";
        String source = given != null ? "the date order given (" + other + ")" : "the file's earlier dates, which read " + other;
        return "this date reads only as " + reads + ", against " + source
                + ": the response counts with its date unknown; correct the date, or write it as YYYY-MM-DD";
    }

    /** Ends the file: its dates still in doubt go to {@code unknown} (value, line) and count with their date unknown. */
    void end(ObjIntConsumer<String> unknown) {
        if (!pending.isEmpty()) {
            pending.drain(unknown);
            listener.settled(file, null);
        }
        file = -1;
    }

    /** The column of the current file's dates in doubt, as its header writes it ("" before any). */
    String column() {
        return column;
    }

    /** How many dates of the current file are in doubt. */
    long inDoubt() {
        return pending.size();
    }

    /** The order each file's dates settled on by their own values, by file index. */
    Map<Integer, DateOrder> found() {
        return Map.copyOf(found);
    }

    @Override
    public void close() {
        pending.close();
    }
}
