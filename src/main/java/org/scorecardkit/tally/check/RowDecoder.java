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
    /**
     * Reused row after row, so that a row without problems costs no allocation (the tally runs on
     * C1, without escape analysis); each decoder, hence each thread, has its own.
     */
    private final Problems problems = new Problems();

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
        Problems problems = this.problems;
        problems.clear();
        int first = b.firstCell(r);
        int n = b.cellCount(r);
        for (int i = 0; i < n; i++) {
            int cell = first + i;
            int slot = slots == null ? named(b, cell, problems) : i < slots.length ? slots[i] : Layout.UNKNOWN;
            if (slot == SKIP) {
                continue;
            }
            if (slot == Layout.UNKNOWN) {
                // A cell of an ignored column is not read; one beyond the header means the row is shifted.
                if (slots != null && i >= slots.length && !Cells.blank(b, cell)) {
                    problems.add(Reason.EXTRA_CELLS, "cell " + (i + 1) + " has no column in the header");
                }
            } else if (slot >= 0) {
                problems.cell = cell;
                values.decode(b, cell, layout.column(slot), out, problems);
                problems.cell = -1;
            } else if (!Cells.blank(b, cell)) {
                meta(b, cell, slot, out, problems);
            }
        }
        if (problems.none() && answered(out) == 0) {
            problems.add(Reason.NO_ANSWERS, problems.notes == null ? "the row has no answers"
                    : "the row has no answers that could be read (see its cells listed)");
        }
        out.notes = problems.notes;
        problems.notes = null;   // the row keeps its list (the Predecoder holds it per row): the next row starts a new one
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
        if (slot == Layout.OWN_EXTRA) {
            return SKIP;
        }
        if (b.notValue(cell)) {
            problems.note(ProblemKind.CELL_IGNORED, cell, Reason.NOT_A_VALUE, "\"" + name
                    + "\" holds " + b.text(cell) + ", not a value or a list of values: write one value, or values joined with ;");
            return SKIP;
        }
        if (slot == Layout.UNKNOWN && !Cells.blank(b, cell)) {
            String what = name.startsWith(Layout.ANSWER) ? "no item \"" + name.substring(Layout.ANSWER.length())
                    + "\" in " + layout.instrument().id() : "not a field of a response to " + layout.instrument().id();
            problems.note(ProblemKind.COLUMN_IGNORED, cell, Reason.UNKNOWN_COLUMN, what + ": its values are not read");
        }
        return slot;
    }

    private void meta(CellBatch b, int cell, int slot, Row out, Problems problems) {
        switch (slot) {
            case Layout.RESPONDENT -> out.respondent = cell;
            case Layout.GROUP -> out.group = cell;
            case Layout.DATE -> date(b, cell, out, problems);
            case Layout.TOTAL -> out.total = cell;
            case Layout.FORM_NAME -> same(Cells.value(b, cell), layout.instrument().id(), Reason.OTHER_INSTRUMENT,
                    "the row was posted by the form of \"%s\", not \"%s\"", problems);
            case Layout.HONEYPOT -> problems.add(Reason.SPAM, "the web form's hidden field _gotcha, which people never see, is "
                    + "filled in: a robot sent this row, so it is not counted");
            case Layout.INSTRUMENT -> same(Cells.value(b, cell), layout.instrument().id(), Reason.OTHER_INSTRUMENT,
                    "the row is for instrument \"%s\", not \"%s\"", problems);
            case Layout.VERSION -> same(Cells.value(b, cell), layout.instrument().version(), Reason.OTHER_VERSION,
                    "the row is for version \"%s\" of the instrument, not version \"%s\"", problems);
            default -> throw new IllegalStateException("slot " + slot);
        }
    }

    /** Reads the date; the day/month order of a date in doubt is the intake's to settle, file by file. */
    private static void date(CellBatch b, int cell, Row out, Problems problems) {
        char[] c = b.chars();
        int s = Cells.start(b, cell);
        int e = Cells.end(b, cell);
        long read = DateReading.read(c, s, e);
        int kind = DateReading.kind(read);
        out.dateCell = cell;
        if (kind == DateReading.UNREADABLE) {
            problems.note(ProblemKind.DATE_UNKNOWN, cell, Reason.BAD_DATE, DateReading.why(c, s, e)
                    + ": the response counts with its date unknown; write the date as YYYY-MM-DD");
            return;
        }
        out.dateKind = kind;
        out.date = DateReading.first(read);
        out.dateOther = kind == DateReading.AMBIGUOUS ? DateReading.second(read) : 0;
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

    /**
     * The problems of one row: those that reject it (the first one's reason counts, every message is
     * kept), and those of single cells, which leave the rest of the row counting.
     */
    static final class Problems {
        private Reason reason;
        private StringBuilder messages;
        /** The cell being read as an answer, whose problems are its own; -1 between answers. */
        int cell = -1;
        java.util.List<CellNote> notes;

        void add(Reason r, String message) {
            if (cell >= 0) {
                note(ProblemKind.CELL_IGNORED, cell, r, message);
            } else if (reason == null) {
                reason = r;
                messages = new StringBuilder(message);
            } else {
                messages.append("; ").append(message);
            }
        }

        void note(ProblemKind kind, int c, Reason r, String message) {
            if (notes == null) {
                notes = new java.util.ArrayList<>(2);
            }
            notes.add(new CellNote(kind, c, r, message));
        }

        /** Empties it for the next row. */
        void clear() {
            reason = null;
            messages = null;
            cell = -1;
            notes = null;
        }

        boolean none() {
            return reason == null;
        }

        Header.Problem first() {
            return reason == null ? null : new Header.Problem(reason, messages.toString());
        }
    }
}
