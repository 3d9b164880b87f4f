package org.scorecardkit.tally.check;

import java.util.List;
import java.util.Locale;

/** The checker's file-level messages for people, kept together so that their wording stays one voice. */
final class Messages {
    /** Why a date in doubt ended up unknown. */
    static final String AMBIGUOUS_DATE = "this date reads as day/month or as month/day, and no date of its file has a "
            + "number above 12 to tell which: the response counts with its date unknown; give --date-order dmy|mdy "
            + "(or date_order in site.yaml), or write the dates as YYYY-MM-DD";

    private Messages() {
    }

    static String ignoredColumns(List<String> ignored, Layout layout) {
        return String.format(Locale.ROOT, "%s \"%s\" ignored: not %s of %s (its cells are not read; name %s in --columns map.yaml to read %s)",
                ignored.size() == 1 ? "column" : "columns", String.join("\", \"", ignored),
                ignored.size() == 1 ? "a column" : "columns", layout.instrument().id(),
                ignored.size() == 1 ? "it" : "them", ignored.size() == 1 ? "it" : "them");
    }

    static String ambiguousDates(long count, String column) {
        return String.format(Locale.ROOT, "%,d %s in column \"%s\" could be day/month or month/day and none has a number above 12: "
                + "counted with the date unknown; give --date-order dmy|mdy to read them", count, count == 1 ? "date" : "dates", column);
    }
}
