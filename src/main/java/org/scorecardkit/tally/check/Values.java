package org.scorecardkit.tally.check;

import org.scorecardkit.tally.read.CellBatch;

/**
 * Reads one answer cell into its code by the item's type, straight from the batch's characters:
 * a rating as a whole number on its scale ({@code 4}, {@code +4}, {@code 4.0}, {@code 4,0}) or a
 * point's label, alone or after its number as form services write it ({@code 5 - a strong part of
 * my skill set at present}, {@code 5 (…)}); a single choice or check answer by its value or label
 * (check answers also as {@link ValueWords} spells them); a multiple choice as those joined with
 * {@code ;} (or {@code ,}, as Google Forms joins them, when no option holds a comma); free text as
 * answered or not. Case and runs of spaces are forgiven. A blank cell is no answer (code 0), never
 * zero; a cell that can't be read is no answer too, and its problem says what the column takes.
 *
 * <p>Digits and plain values are tried first, on the characters as they are: the words, which need
 * a string, only when those fail, so a file of digits reads as fast as before.
 */
final class Values {
    /** What may stand between a rating's number and its label: "5 - …", "5 – …", "5: …", "5 = …", "5. …", "5) …". */
    private static final String SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2212:=.)";

    private final ValueWords[] words;

    Values(Layout layout) {
        words = new ValueWords[layout.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = ValueWords.of(layout.column(i));
        }
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

    private int rating(char[] c, int s, int e, Layout.Column col, RowDecoder.Problems problems) {
        long v = Numbers.wholeNumber(c, s, e);
        // NOT_A_NUMBER lies below every scale, so one test sends a cell of digits on its way.
        if (v >= col.min() && v <= col.max()) {
            return (int) v - col.min() + 1;
        }
        return notOnTheScale(c, s, e, v, col, problems);
    }

    /** The code of a rating that is no whole number on the scale: a label, else 0 and its problem. */
    private int notOnTheScale(char[] c, int s, int e, long v, Layout.Column col, RowDecoder.Problems problems) {
        ValueWords w = words[col.index()];
        if (v != Numbers.NOT_A_NUMBER) {
            problems.add(Reason.OUTSIDE_SCALE, w.outsideScale());
        } else if (Numbers.fraction(c, s, e)) {
            problems.add(Reason.NOT_A_NUMBER, w.notWhole());
        } else {
            return labelled(c, s, e, col, w, problems);
        }
        return 0;
    }

    /**
     * A rating written as a point's label, alone or after the point's number. The words after a
     * number must be that point's own label: "5 - somewhat" or "5 (3)" say something the scale
     * does not, so they are listed rather than read as 5.
     */
    private static int labelled(char[] c, int s, int e, Layout.Column col, ValueWords w, RowDecoder.Problems problems) {
        int code = w.code(c, s, e);
        if (code > 0) {
            return code;
        }
        if (code == ValueWords.AMBIGUOUS) {
            problems.add(Reason.NOT_A_NUMBER, w.ambiguous());
            return 0;
        }
        int n = numberEnd(c, s, e);
        int ls = n > s ? labelStart(c, n, e) : -1;
        if (ls >= 0) {
            int le = c[ls - 1] == '(' ? e - 1 : e;
            int said = w.code(c, ls, le);
            if (said > 0) {
                long number = Numbers.wholeNumber(c, s, n);
                if (number == col.value(said)) {
                    return said;
                }
                problems.add(Reason.NOT_A_NUMBER, w.disagree(number, said));
                return 0;
            }
        }
        problems.add(Reason.NOT_A_NUMBER, w.problem(c, s, e));
        return 0;
    }

    /** The end of the signed whole number c[s, e) starts with, or s when it starts with none. */
    private static int numberEnd(char[] c, int s, int e) {
        int i = s < e && (c[s] == '-' || c[s] == '+') ? s + 1 : s;
        int digits = i;
        while (i < e && c[i] >= '0' && c[i] <= '9' && i - digits < 18) {
            i++;
        }
        return i == digits ? s : i;
    }

    /**
     * Where the label starts after a number ending at n: after spaces, one separator or an opening
     * parenthesis closed at the end of the cell; -1 when the number runs straight into other characters.
     */
    private static int labelStart(char[] c, int n, int e) {
        int i = n;
        while (i < e && ValueWords.isSpace(c[i])) {
            i++;
        }
        if (i < e && c[i] == '(') {
            return c[e - 1] == ')' ? i + 1 : -1;
        }
        if (i < e && SEPARATORS.indexOf(c[i]) >= 0) {
            return i + 1;
        }
        return i > n ? i : -1;
    }

    private int choice(char[] c, int s, int e, Layout.Column col, RowDecoder.Problems problems) {
        int i = indexOf(c, s, e, col.values());
        if (i >= 0) {
            return i + 1;
        }
        ValueWords w = words[col.index()];
        int code = w.code(c, s, e);
        if (code > 0) {
            return code;
        }
        problems.add(Reason.UNKNOWN_CHOICE, code == ValueWords.AMBIGUOUS ? w.ambiguous() : w.problem(c, s, e));
        return 0;
    }

    private int multiple(char[] c, int s, int e, Layout.Column col, RowDecoder.Problems problems) {
        ValueWords w = words[col.index()];
        int mask = 0;
        int from = s;
        boolean commas = w.commas();
        for (int i = s; i <= e; i++) {
            if (i == e || c[i] == ';' || commas && c[i] == ',') {
                int ps = from;
                int pe = i;
                while (ps < pe && ValueWords.isSpace(c[ps])) {
                    ps++;
                }
                while (pe > ps && ValueWords.isSpace(c[pe - 1])) {
                    pe--;
                }
                if (ps < pe) {
                    int o = option(c, ps, pe, col, w);
                    if (o <= 0) {
                        problems.add(Reason.UNKNOWN_CHOICE, unknownOption(c, s, e, ps, pe, o, w));
                        return 0;
                    }
                    mask |= 1 << (o - 1);
                }
                from = i + 1;
            }
        }
        return mask;
    }

    /** The code of one answer of a multiple choice: its value as written, else its words. */
    private static int option(char[] c, int s, int e, Layout.Column col, ValueWords w) {
        int i = indexOf(c, s, e, col.values());
        return i >= 0 ? i + 1 : w.code(c, s, e);
    }

    /** The problem of the answer c[ps, pe) of the multiple choice c[s, e), naming it only when the cell holds more. */
    private static String unknownOption(char[] c, int s, int e, int ps, int pe, int code, ValueWords w) {
        if (code == ValueWords.AMBIGUOUS) {
            return w.ambiguous();
        }
        return ps == s && pe == e ? w.problem(c, s, e) : w.unknownAnswer(new String(c, ps, pe - ps));
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
