package org.scorecardkit.tally.sql;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorecardkit.tally.check.Intake;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.check.Reason;
import org.scorecardkit.tally.read.CellBatch;
import org.scorecardkit.tally.read.RecordBatch;
import org.scorecardkit.tally.read.ResponseFile;

/**
 * The distinct values a database holds, each read by the one checker exactly as a stored row's cell is
 * read, so that the push-down counts by the same codes: per (item id, written answer) its code, and per
 * written date whether it reads cleanly. A value the checker would list a problem for is not clean: the
 * push-down then gives way to the plain path, which lists it.
 */
final class Decoded {
    /** A field's decoding: its code (0: no answer) and whether the checker took it without a word. */
    record Value(int code, boolean clean) {
    }

    private Decoded() {
    }

    /**
     * Decodes single-field records through an intake (dedupe off).
     *
     * @return per record, its code in column {@code columns[i]} (-1 for none), or null where the checker listed
     *         something beyond "no answers"
     */
    static List<Value> decode(Layout layout, List<Map.Entry<String, String>> fields, int[] columns) {
        Map<Integer, Integer> codes = new HashMap<>();
        Set<Integer> unclean = new HashSet<>();
        Set<Integer> empty = new HashSet<>();
        try (Intake intake = new Intake(layout, false, row -> {
            int i = row.line() - 1;
            codes.put(i, columns[i] < 0 ? 0 : row.codes()[columns[i]]);
        }, p -> {
            if (p.kind() == ProblemKind.ROW_REJECTED && p.reason() == Reason.NO_ANSWERS) {
                empty.add(p.line() - 1);
            } else {
                unclean.add(p.line() - 1);
            }
        })) {
            ResponseFile file = new ResponseFile(0, null, "database", org.scorecardkit.tally.read.Format.JSON, (char) 0);
            CellBatch b = new CellBatch().reset(CellBatch.Kind.ROWS, file);
            for (int i = 0; i < fields.size(); i++) {
                List<Map.Entry<String, String>> one = List.of(fields.get(i));
                if (!RecordBatch.add(b, i + 1, one, "")) {
                    intake.accept(b);
                    b.reset(CellBatch.Kind.ROWS, file);
                    RecordBatch.add(b, i + 1, one, "");
                }
            }
            intake.accept(b);
            intake.accept(b.reset(CellBatch.Kind.END, file));
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            boolean clean = !unclean.contains(i) && (codes.containsKey(i) || empty.contains(i));
            out.add(new Value(codes.getOrDefault(i, 0), clean));
        }
        return out;
    }

    static Map.Entry<String, String> field(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }
}
