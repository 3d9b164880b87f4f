package org.scorecardkit.tally.check;

import org.scorecardkit.tally.read.CellBatch;

/**
 * The value of a cell as the tally reads it: spaces around it dropped, and a leading {@code '} that a
 * spreadsheet export, the kit's rejects.csv or the web form's CSV download put before
 * {@code = + - @}, a tab or a carriage return to neutralise a formula taken away (then the spaces
 * after it too, so the cell reads as it would have without the mark).
 */
final class Cells {
    private Cells() {
    }

    static int start(CellBatch b, int cell) {
        char[] c = b.chars();
        int s = b.start(cell);
        int e = s + b.length(cell);
        while (s < e && isSpace(c[s])) {
            s++;
        }
        if (s + 1 < e && c[s] == '\'' && isFormulaStart(c[s + 1])) {
            s++;
            while (s < e && isSpace(c[s])) {
                s++;
            }
        }
        return s;
    }

    static int end(CellBatch b, int cell) {
        char[] c = b.chars();
        int s = b.start(cell);
        int e = s + b.length(cell);
        while (e > s && isSpace(c[e - 1])) {
            e--;
        }
        return e;
    }

    static boolean blank(CellBatch b, int cell) {
        int len = b.length(cell);
        if (len == 0) {
            return true;
        }
        // Most cells start with their value: then neither spaces nor a formula mark can empty them.
        char first = b.chars()[b.start(cell)];
        if (!isSpace(first) && first != '\'') {
            return false;
        }
        return start(b, cell) >= end(b, cell);
    }

    /** The cell's value, or null when blank. */
    static String value(CellBatch b, int cell) {
        int s = start(b, cell);
        int e = end(b, cell);
        return s >= e ? null : new String(b.chars(), s, e - s);
    }

    static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\uFEFF';
    }
}
