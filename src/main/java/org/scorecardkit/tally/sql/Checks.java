package org.scorecardkit.tally.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.check.Layout;

/**
 * Whether the staged rows hold only what the one checker takes without a word, found from their
 * distinct values: every answer a string (or null) the checker reads as an answer of its item (or as no
 * answer when it is empty), no answer to an item the instrument lacks, every date written YYYY-MM-DD.
 * Produces, per item and written answer, the code the checker gives it, which the counts then use.
 */
final class Checks {
    private Checks() {
    }

    /**
     * The code of every distinct written answer of every non-text item, by item id and answer; null when
     * some answer is one the checker would list (the push-down then gives way).
     */
    static Map<String, Map<String, Decoded.Value>> answers(Layout layout, Connection c) throws SQLException {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            if (layout.column(i).type() == ItemType.TEXT) {
                text.add(layout.column(i).id());
            }
        }
        List<String[]> distinct = new ArrayList<>();
        String sql = "SELECT e.key, jsonb_typeof(e.value), CASE WHEN e.key = ANY(" + Sql.array(text) + ") THEN NULL"
                + " ELSE e.value #>> '{}' END AS val FROM kit_rows, jsonb_each(answers) e GROUP BY 1, 2, 3";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String type = rs.getString(2);
                if (!type.equals("string") && !type.equals("null")) {
                    return null;
                }
                distinct.add(new String[] {rs.getString(1), rs.getString(3)});
            }
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        int[] columns = new int[distinct.size()];
        for (int i = 0; i < distinct.size(); i++) {
            String[] d = distinct.get(i);
            columns[i] = layout.index(d[0]);
            fields.add(Decoded.field(d[0], d[1] == null ? "" : d[1]));
        }
        List<Decoded.Value> decoded = Decoded.decode(layout, fields, columns);
        Map<String, Map<String, Decoded.Value>> out = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            String[] d = distinct.get(i);
            boolean isText = text.contains(d[0]);
            Decoded.Value v = decoded.get(i);
            String written = d[1] == null ? "" : d[1];
            // The SQL counts an answer when it is not empty: so must the checker, and nothing else listed.
            if (!isText && (!v.clean() || columns[i] < 0 && !written.isEmpty() || written.isEmpty() != (v.code() == 0))) {
                return null;
            }
            if (!isText && columns[i] >= 0 && !integral(layout.column(columns[i]), written, v.code())) {
                return null;
            }
            if (!isText) {
                out.computeIfAbsent(d[0], k -> new HashMap<>()).put(written, v);
            }
        }
        return out;
    }

    /** A rating's answer must be its plain whole number, so that SQL may sum it as a number (alpha, scores). */
    private static boolean integral(Layout.Column col, String written, int code) {
        return col.type() != ItemType.RATING || code == 0 || written.equals(String.valueOf(col.value(code)));
    }

    /** Whether every staged date is blank, or written YYYY-MM-DD and read cleanly by the checker. */
    static boolean dates(Layout layout, Connection c) throws SQLException {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT d FROM kit_rows WHERE d <> ''")) {
            while (rs.next()) {
                String d = rs.getString(1);
                if (!PushDown.iso(d)) {
                    return false;
                }
                fields.add(Decoded.field("date", d));
            }
        }
        int[] none = new int[fields.size()];
        java.util.Arrays.fill(none, -1);
        return Decoded.decode(layout, fields, none).stream().allMatch(Decoded.Value::clean);
    }
}
