package org.scorecardkit.tally.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The pieces of PostgreSQL the push-down is written with: a value read as the tally's reader reads a
 * cell (spaces around it dropped, the {@code '} before a formula mark taken away, exactly as
 * {@code tally.check.Cells} does), literals and lists of item ids.
 */
final class Sql {
    /** What the tally's reader counts as a space: every character up to U+0020, no-break space and the BOM. */
    static final String SPACES;

    static {
        StringBuilder s = new StringBuilder("U&'");
        for (int c = 1; c <= 0x20; c++) {
            s.append(String.format("\\%04X", c));
        }
        SPACES = s.append("\\00A0\\FEFF'").toString();
    }

    private Sql() {
    }

    /** A text expression as the tally reads the cell: '' for a blank (or NULL) one. */
    static String cell(String expr) {
        String l = "ltrim(coalesce(" + expr + ", ''), " + SPACES + ")";
        return "(CASE WHEN length(" + l + ") >= 2 AND left(" + l + ", 1) = '''' AND substr(" + l
                + ", 2, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN rtrim(ltrim(substr(" + l + ", 2), " + SPACES
                + "), " + SPACES + ") ELSE rtrim(" + l + ", " + SPACES + ") END)";
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A text[] of the ids, for {@code = ANY(...)}. */
    static String array(List<String> ids) {
        return ids.isEmpty() ? "ARRAY[]::text[]" : "ARRAY[" + ids.stream().map(Sql::literal).collect(Collectors.joining(", ")) + "]::text[]";
    }

    /** The answer of an item in a row's answers, NULL when absent. */
    static String answer(String id) {
        return "(answers ->> " + literal(id) + ")";
    }
}
