package org.scorecardkit.tally.read;

import java.util.Map;

/**
 * One record as a batch of named cells, the shape the one checker reads: a form post, or a row of the
 * collector's database. Meta fields (respondent, group, date, instrument, version) keep their names;
 * every other field is an answer, named {@code answers.<item id>} as a JSON row's answers are.
 */
public final class RecordBatch {
    private static final java.util.Set<String> META = java.util.Set.of("respondent", "group", "date", "instrument", "version");

    private RecordBatch() {
    }

    /**
     * A ROWS batch holding the one record; {@code raw} is the record as received (rejects.csv shows it).
     *
     * @param source what messages call the record's origin, e.g. "POST /responses/nps"
     * @param line the record's number within its source (1 for a post, the row id for a database row)
     */
    public static CellBatch of(String source, int index, int line, Iterable<Map.Entry<String, String>> fields, String raw) {
        CellBatch b = new CellBatch().reset(CellBatch.Kind.ROWS, new ResponseFile(index, null, source, Format.JSON, (char) 0));
        add(b, line, fields, raw);
        return b;
    }

    /** Adds a record to a batch of named rows; false (nothing added) when the batch has no room left for it. */
    public static boolean add(CellBatch b, int line, Iterable<Map.Entry<String, String>> fields, String raw) {
        if (!b.roomy()) {
            return false;
        }
        b.startRow(line, raw);
        for (Map.Entry<String, String> f : fields) {
            String name = META.contains(f.getKey()) ? f.getKey() : "answers." + f.getKey();
            b.cell(f.getValue() == null ? "" : f.getValue(), name, true);
        }
        return true;
    }
}
