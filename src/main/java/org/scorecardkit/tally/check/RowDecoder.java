package org.scorecardkit.tally.check;

import org.scorecardkit.tally.read.CellBatch;

/**
 * Decodes one row of a batch into a {@link Row} of answer codes, checking every cell against the
 * instrument: values on the scale, numbers where numbers belong, known options and check answers,
 * the instrument and version, the date's form. Produces the problems that reject the row, if any.
 */
final class RowDecoder {
    /** The slot of a named cell whose problem is already recorded. */
    private static final int SKIP = Layout.UNKNOWN - 1;

    private final Layout layout;
    private final Values values;

    RowDecoder(Layout layout) {
        this.layout = layout;
        this.values = new Values(layout);
    }

    /**
     * Decodes row {@code r} into {@code out}; returns null when it is fit to count, else its problems.
     *
     * @param slots the CSV header's slots, or null for a row of named cells
     */
    Header.Problem decode(CellBatch b, int r, int[] slots, Row out) {
        out.clear();
        out.batch = b;
        out.line = b.line(r);
        Problems problems = new Problems();
        int first = b.firstCell(r);
        int n = b.cellCount(r);
        for (int i = 0; i < n; i++) {
            int cell = first + i;
            int slot = slots == null ? named(b, cell, problems) : i < slots.length ? slots[i] : Layout.UNKNOWN;
            if (slot == SKIP) {
                continue;
            }
            if (slot == Layout.UNKNOWN) {
                if (slots != null && !Cells.blank(b, cell)) {
                    problems.add(Reason.EXTRA_CELLS, "cell " + (i + 1) + " has no column in the header");
                }
            } else if (slot >= 0) {
                values.decode(b, cell, layout.column(slot), out, problems);
            } else if (!Cells.blank(b, cell)) {
                meta(b, cell, slot, out, problems);
            }
        }
        if (problems.none() && answered(out) == 0) {
            problems.add(Reason.NO_ANSWERS, "the row has no answers");
        }
        return problems.first();
    }

    private int named(CellBatch b, int cell, Problems problems) {
        String name = b.name(cell);
        if (name.isEmpty()) {
            // The reader names no cell when the row is no object at all; the cell says what it was.
            problems.add(Reason.NOT_A_VALUE, b.text(cell));
            return SKIP;
        }
        int slot = layout.slotOfName(name);
        if (b.notValue(cell)) {
            problems.add(Reason.NOT_A_VALUE, "\"" + name
                    + "\" holds " + b.text(cell) + ", not a value or a list of values");
            return SKIP;
        }
        if (slot == Layout.UNKNOWN && !Cells.blank(b, cell)) {
            String what = name.startsWith(Layout.ANSWER) ? "unknown item \"" + name.substring(Layout.ANSWER.length())
                    + "\" in the answers" : "unknown key \"" + name + "\"";
            problems.add(Reason.UNKNOWN_COLUMN, what + " (instrument " + layout.instrument().id() + ")");
        }
        return slot;
    }

    private void meta(CellBatch b, int cell, int slot, Row out, Problems problems) {
        switch (slot) {
            case Layout.RESPONDENT -> out.respondent = cell;
            case Layout.GROUP -> out.group = cell;
            case Layout.DATE -> {
                // Until the row keeps DateReading's day, only dates already written YYYY-MM-DD are kept
                // as written: --by month and quarter cut the month from the text.
                int s = Cells.start(b, cell);
                int e = Cells.end(b, cell);
                if (DateReading.kind(DateReading.read(b.chars(), s, e)) == DateReading.EXACT && e - s == 10 && b.chars()[s + 4] == '-') {
                    out.date = cell;
                } else {
                    problems.add(Reason.BAD_DATE, "date \"" + Cells.value(b, cell) + "\" is not a date written YYYY-MM-DD");
                }
            }
            case Layout.INSTRUMENT -> same(Cells.value(b, cell), layout.instrument().id(), Reason.OTHER_INSTRUMENT,
                    "the row is for instrument \"%s\", not \"%s\"", problems);
            case Layout.VERSION -> same(Cells.value(b, cell), layout.instrument().version(), Reason.OTHER_VERSION,
                    "the row is for version \"%s\" of the instrument, not version \"%s\"", problems);
            default -> throw new IllegalStateException("slot " + slot);
        }
    }

    private static void same(String written, String expected, Reason reason, String message, Problems problems) {
        if (!written.equals(expected)) {
            problems.add(reason, String.format(message, written, expected));
        }
    }

    private int answered(Row out) {
        int n = 0;
        for (int i = 0; i < layout.size(); i++) {
            n += out.codes[i] != 0 ? 1 : 0;
        }
        return n;
    }

    /** The problems of one row: the first one's reason counts, every message is kept. */
    static final class Problems {
        private Reason reason;
        private StringBuilder messages;

        void add(Reason r, String message) {
            if (reason == null) {
                reason = r;
                messages = new StringBuilder(message);
            } else {
                messages.append("; ").append(message);
            }
        }

        boolean none() {
            return reason == null;
        }

        Header.Problem first() {
            return reason == null ? null : new Header.Problem(reason, messages.toString());
        }
    }
}
