package org.scorecardkit.tally.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.Option;

/**
 * The words one answer column takes besides its plain values, worked out once per column so that a
 * cell of digits never needs them: a scale point's label, an option's label, a check answer's
 * other spellings; and the messages that say what the column takes when a cell is none of these.
 *
 * <p>Words are matched by their {@link #key key}: any case, runs of spaces as one, typographic
 * apostrophes and quotes as straight ones (spreadsheets and word processors curl them as you type).
 *
 * <p>Check items (yes, partly, no) also take {@code Y}, {@code P}, {@code N}, {@code true} and
 * {@code false} (a spreadsheet's check box), a tick ({@code ✓ ✔ ☑ √ 🗸}) for yes, and a cross for no:
 * {@code ✗ ✘ ✕ ✖ ☓}, and {@code x} or {@code X}, the cross a keyboard has. A written {@code x} also
 * means "this box is marked" on a paper form, but the kit's sheets give each item three boxes, so a
 * person keying one types the answer of the box marked, not the mark; in a spreadsheet kept by hand
 * an item's cell holds its answer, and there {@code ✓} and {@code x} are the yes/no pair (a
 * sheet that marks only the met items with x, leaving the rest blank, could not be tallied anyway:
 * a blank is no answer, never no). Numbers are not read for check items, because {@code 1} means
 * yes in a 1/0 sheet but partly in a 2/1/0 one; nor are an empty box {@code ☐} (nothing was marked)
 * and a boxed cross {@code ☒} (ticked to some, crossed out to others): each gets its own message.
 */
final class ValueWords {
    /** The code of a word that two points or options share, so that it says neither. */
    static final int AMBIGUOUS = -1;

    private static final String TICKS = "✓✔☑√🗸";
    private static final String CROSSES = "xX✗✘✕✖☓";

    private final Layout.Column col;
    private final Map<String, Integer> codes = new HashMap<>();
    private final Map<String, String> hints = new HashMap<>();
    private final boolean commas;
    private final String unreadable;

    private ValueWords(Layout.Column col) {
        this.col = col;
        if (col.type() == ItemType.RATING) {
            col.item().scale().labels().forEach((value, label) -> word(label, value - col.min() + 1));
        } else {
            List<Option> choices = col.item().choices();
            for (int i = 0; i < choices.size(); i++) {
                word(choices.get(i).label(), i + 1);
            }
            // A value wins over another option's label: values are what the kit itself writes.
            for (int i = 0; i < choices.size(); i++) {
                codes.put(key(choices.get(i).value()), i + 1);
            }
        }
        if (col.type() == ItemType.CHECK) {
            checkWords();
        }
        commas = codes.keySet().stream().noneMatch(k -> k.indexOf(',') >= 0);
        unreadable = unreadable();
    }

    /** The words of an answer column; null for a text column, which takes anything. */
    static ValueWords of(Layout.Column col) {
        return col.type() == ItemType.TEXT ? null : new ValueWords(col);
    }

    /** The code of the word written in c[s, e): a point's or choice's code, 0 when it is none, or AMBIGUOUS. */
    int code(char[] c, int s, int e) {
        Integer code = codes.get(key(c, s, e));
        return code == null ? 0 : code;
    }

    /**
     * Whether a comma also separates the answers of a multiple choice: Google Forms joins them with
     * ", ", but only when no option's value or label holds a comma can a comma be read that way.
     */
    boolean commas() {
        return commas;
    }

    /** Why c[s, e) is no answer of this column and what to write instead, in one sentence. */
    String problem(char[] c, int s, int e) {
        String hint = hints.get(key(c, s, e));
        if (hint != null) {
            return hint;
        }
        if (col.type() == ItemType.CHECK && (Numbers.wholeNumber(c, s, e) != Numbers.NOT_A_NUMBER || Numbers.fraction(c, s, e))) {
            return "numbers are not read for checklist item " + col.id()
                    + ", since 1 means yes in some sheets and partly in others: write yes, partly or no";
        }
        return unreadable;
    }

    /** The message for a word that two points or options of the column share. */
    String ambiguous() {
        return col.type() == ItemType.RATING
                ? "the label belongs to several points of item " + col.id() + ": write the point's number"
                : "the label belongs to several options of item " + col.id() + ": write the option's value ("
                        + choices() + ")";
    }

    /** The message for a multiple choice's answer, one of several in its cell, that is no option. */
    String unknownAnswer(String answer) {
        return "one of the answers, \"" + answer + "\", is not an option of item " + col.id() + ": " + howToFill();
    }

    String notWhole() {
        return "not a whole number: item " + col.id() + " is rated in whole points from " + col.min() + " to "
                + col.max() + ", so write the point that was marked";
    }

    String outsideScale() {
        return "outside the scale of item " + col.id() + ": write a whole number from " + col.min() + " to " + col.max();
    }

    /** The message for a number and a label that name different points, e.g. "1 - a strong part of ...". */
    String disagree(long number, int labelCode) {
        int point = col.value(labelCode);
        return "the number and the label disagree on item " + col.id() + ": \"" + col.item().scale().label(point)
                + "\" is point " + point + ", not " + number + ", so write the point that was marked";
    }

    private String unreadable() {
        return switch (col.type()) {
            case RATING -> "not a number on the scale of item " + col.id() + ": write a whole number from "
                    + col.min() + " to " + col.max() + labels();
            case CHECK -> "not an answer to checklist item " + col.id()
                    + ": write yes, partly or no (also Y, P, N, or ✓ for yes and x for no)";
            default -> "not an option of item " + col.id() + ": " + howToFill();
        };
    }

    private String howToFill() {
        return col.type() == ItemType.MULTIPLE
                ? "write options' values or labels joined with ;" + (commas ? " or ," : "") + " (" + choices() + ")"
                : "write an option's value or label (" + choices() + ")";
    }

    private String labels() {
        Map<Integer, String> labels = col.item().scale().labels();
        return labels.isEmpty() ? "" : ", or a point's label (" + labels.entrySet().stream()
                .map(l -> l.getKey() + " = " + l.getValue()).collect(Collectors.joining(", ")) + ")";
    }

    private String choices() {
        return col.item().choices().stream().map(o -> o.value() + " = " + o.label()).collect(Collectors.joining(", "));
    }

    private void checkWords() {
        int yes = code("yes");
        int partly = code("partly");
        int no = code("no");
        words(yes, "y", "true");
        words(partly, "p");
        words(no, "n", "false");
        TICKS.codePoints().forEach(t -> codes.put(Character.toString(t), yes));
        CROSSES.codePoints().forEach(x -> codes.put(key(Character.toString(x)), no));
        hints.put("☐", "an empty box says nothing was marked for checklist item " + col.id()
                + ": write no if that is the answer, or leave the cell empty");
        hints.put("☒", "a boxed cross means ticked to some and crossed out to others: write yes or no for checklist item "
                + col.id());
    }

    private int code(String value) {
        return Item.CHECK_ANSWERS.stream().map(Option::value).toList().indexOf(value) + 1;
    }

    private void words(int code, String... words) {
        for (String w : words) {
            codes.put(w, code);
        }
    }

    /** Adds a label's word; a word two points or options share is AMBIGUOUS. */
    private void word(String label, int code) {
        if (label == null || label.isBlank()) {
            return;
        }
        codes.merge(key(label), code, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
    }

    static String key(String s) {
        return key(s.toCharArray(), 0, s.length());
    }

    /** The word written in c[s, e) as it is matched: lower case, spaces trimmed and runs of them one space, quotes straight. */
    static String key(char[] c, int s, int e) {
        StringBuilder k = new StringBuilder(e - s);
        boolean space = false;
        for (int i = s; i < e; i++) {
            char x = c[i];
            if (isSpace(x)) {
                space = k.length() > 0;
                continue;
            }
            if (space) {
                k.append(' ');
                space = false;
            }
            k.append(fold(x));
        }
        return k.toString();
    }

    static boolean isSpace(char x) {
        return x <= ' ' || x == '\uFEFF' || Character.isSpaceChar(x);
    }

    private static char fold(char x) {
        return switch (x) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201C', '\u201D' -> '"';
            default -> Character.toLowerCase(x);
        };
    }
}
