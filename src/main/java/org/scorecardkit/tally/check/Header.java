package org.scorecardkit.tally.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scorecardkit.tally.read.CellBatch;

/**
 * A CSV file's header row read against the instrument: the slot of each column, and the problem
 * that rejects every row of the file when a column is unknown or written twice.
 *
 * @param slots per column of the file, a {@link Layout} slot
 * @param problem why every row of this file is rejected, or null
 */
public record Header(int[] slots, Problem problem) {

    /** The header in row 0 of a HEADER batch. */
    public static Header of(Layout layout, CellBatch batch) {
        return of(layout, names(batch));
    }

    /** The column names of row 0 of a HEADER batch, as written. */
    static List<String> names(CellBatch batch) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < batch.cellCount(0); i++) {
            names.add(batch.text(batch.firstCell(0) + i));
        }
        return names;
    }

    /** The header of these column names. */
    static Header of(Layout layout, List<String> names) {
        int n = names.size();
        int[] slots = new int[n];
        List<String> unknown = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String name = names.get(i).replace("\uFEFF", "").strip();
            slots[i] = name.isEmpty() ? Layout.UNKNOWN : layout.slotOfHeader(name);
            if (slots[i] == Layout.UNKNOWN && !name.isEmpty()) {
                unknown.add(name);
            } else if (slots[i] != Layout.UNKNOWN && !seen.add(slots[i])) {
                twice.add(name);
            }
        }
        return new Header(slots, problem(layout, unknown, twice));
    }

    private static Problem problem(Layout layout, List<String> unknown, List<String> twice) {
        if (!unknown.isEmpty()) {
            return new Problem(Reason.UNKNOWN_COLUMN, (unknown.size() == 1 ? "unknown column " : "unknown columns ")
                    + quoted(unknown) + " in the header: every row of this file is rejected; the columns of "
                    + layout.instrument().id() + " are respondent, group, date, " + String.join(", ", layout.instrument().columns()));
        }
        if (!twice.isEmpty()) {
            return new Problem(Reason.UNKNOWN_COLUMN, "column " + quoted(twice)
                    + " appears twice in the header: every row of this file is rejected");
        }
        return null;
    }

    private static String quoted(List<String> names) {
        return "\"" + String.join("\", \"", names) + "\"";
    }

    /** INTERIM (h2): the columns ignored. */
    public java.util.List<String> ignored() {
        return java.util.List.of();
    }

    /** One reason a row is rejected, with the message for rejects.csv. */
    public record Problem(Reason reason, String message) {
    }
}
