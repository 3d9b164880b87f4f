package org.scorecardkit.tally.check;

import org.scorecardkit.tally.read.CellBatch;

/**
 * Reads one answer cell into its code by the item's type, straight from the batch's characters:
 * a rating as a whole number on its scale, a single choice or check answer by its value (any
 * case), a multiple choice as values joined with {@code ;}, free text as answered or not. A blank
 * cell is no answer (code 0), never zero.
 */
final class Values {
    private final Layout layout;

    Values(Layout layout) {
        this.layout = layout;
    }

    void decode(CellBatch b, int cell, Layout.Column col, Row out, RowDecoder.Problems problems) {
        int s = Cells.start(b, cell);
        int e = Cells.end(b, cell);
        if (s >= e) {
            return;
        }
        char[] c = b.chars();
        switch (col.type()) {
            case RATING -> out.codes[col.index()] = rating(c, s, e, col, problems);
            case SINGLE, CHECK -> out.codes[col.index()] = choice(c, s, e, col, problems);
            case MULTIPLE -> out.codes[col.index()] = multiple(c, s, e, col, problems);
            default -> {
                out.codes[col.index()] = 1;
                out.texts[col.index()] = new String(c, s, e - s);
            }
        }
    }

    private static int rating(char[] c, int s, int e, Layout.Column col, RowDecoder.Problems problems) {
        long v = Numbers.wholeNumber(c, s, e);
        if (v == Numbers.NOT_A_NUMBER) {
            problems.add(Reason.NOT_A_NUMBER, "\"" + new String(c, s, e - s) + "\" where a number belongs: item "
                    + col.id() + " takes a whole number from " + col.min() + " to " + col.max());
            return 0;
        }
        if (v < col.min() || v > col.max()) {
            problems.add(Reason.OUTSIDE_SCALE, new String(c, s, e - s) + " is outside the scale of item "
                    + col.id() + " (" + col.min() + " to " + col.max() + ")");
            return 0;
        }
        return (int) v - col.min() + 1;
    }

    private static int choice(char[] c, int s, int e, Layout.Column col, RowDecoder.Problems problems) {
        int i = indexOf(c, s, e, col.values());
        if (i < 0) {
            problems.add(Reason.UNKNOWN_CHOICE, "\"" + new String(c, s, e - s) + "\" is not "
                    + (col.type() == org.scorecardkit.model.ItemType.CHECK ? "an answer to checklist item " : "an option of item ")
                    + col.id() + " (" + String.join(", ", col.values()) + ")");
            return 0;
        }
        return i + 1;
    }

    private static int multiple(char[] c, int s, int e, Layout.Column col, RowDecoder.Problems problems) {
        int mask = 0;
        int from = s;
        for (int i = s; i <= e; i++) {
            if (i == e || c[i] == ';') {
                int ps = from;
                int pe = i;
                while (ps < pe && c[ps] <= ' ') {
                    ps++;
                }
                while (pe > ps && c[pe - 1] <= ' ') {
                    pe--;
                }
                if (ps < pe) {
                    int o = indexOf(c, ps, pe, col.values());
                    if (o < 0) {
                        problems.add(Reason.UNKNOWN_CHOICE, "\"" + new String(c, ps, pe - ps) + "\" is not an option of item "
                                + col.id() + " (" + String.join(", ", col.values()) + "; several joined with ;)");
                        return 0;
                    }
                    mask |= 1 << o;
                }
                from = i + 1;
            }
        }
        return mask;
    }

    /** The position of the value written in c[s, e) among lower-case values, ignoring case; -1 when absent. */
    static int indexOf(char[] c, int s, int e, String[] values) {
        for (int v = 0; v < values.length; v++) {
            String value = values[v];
            if (value.length() == e - s && sameIgnoringCase(c, s, value)) {
                return v;
            }
        }
        return -1;
    }

    private static boolean sameIgnoringCase(char[] c, int s, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char x = c[s + i];
            if (x != lower.charAt(i) && Character.toLowerCase(x) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
