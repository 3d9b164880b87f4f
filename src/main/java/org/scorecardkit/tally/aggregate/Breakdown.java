package org.scorecardkit.tally.aggregate;

import java.util.Locale;
import org.scorecardkit.tally.check.Row;

/** The ways rows can be broken down (--by), each with how it produces a row's key. */
public enum Breakdown {
    GROUP("group"), MONTH("month"), QUARTER("quarter");

    /** The key of rows without a group. */
    public static final String NO_GROUP = "(no group)";
    /** The key of rows without a date. */
    public static final String NO_DATE = "(no date)";

    private final String option;

    Breakdown(String option) {
        this.option = option;
    }

    /** The word on the command line and in summary.json. */
    public String option() { return option; }

    public static Breakdown of(String option) {
        for (Breakdown b : values()) {
            if (b.option.equals(option.toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("--by takes group, month or quarter, not \"" + option + "\"");
    }

    /** The row's key: its group, its month "2026-03", or its quarter "2026-Q1". */
    public String key(Row row) {
        if (this == GROUP) {
            String g = row.group();
            return g == null ? NO_GROUP : g;
        }
        return key(row.dateValue());
    }

    /** The key of a date (yyyymmdd, 0 for none) by month or quarter. */
    public String key(int date) {
        if (date == 0) {
            return NO_DATE;
        }
        int year = date / 10000;
        int month = date / 100 % 100;
        return this == MONTH ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                : String.format(Locale.ROOT, "%04d-Q%d", year, (month + 2) / 3);
    }
}
