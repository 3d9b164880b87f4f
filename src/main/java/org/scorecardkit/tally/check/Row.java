package org.scorecardkit.tally.check;

import org.scorecardkit.model.Score;
import org.scorecardkit.tally.read.CellBatch;

/**
 * One accepted row, coded column by column as {@link Layout} defines, reused from row to row so
 * that decoding allocates nothing but the text of free-text answers. Its respondent, group and date
 * stay character ranges of the batch until someone asks for them.
 */
public final class Row {
    final int[] codes;
    final String[] texts;
    CellBatch batch;
    int respondent = -1;
    int group = -1;
    int date = -1;
    int line;
    String file;
    Score scored;

    Row(int columns) {
        codes = new int[columns];
        texts = new String[columns];
    }

    void clear() {
        java.util.Arrays.fill(codes, 0);
        java.util.Arrays.fill(texts, null);
        respondent = -1;
        group = -1;
        date = -1;
        scored = null;
    }

    /** The row's score when the reader's thread already worked it out (with the Scorer), else null. */
    public Score scored() {
        return scored;
    }

    /** The code of a column's answer: 0 for no answer (see {@link Layout.Column}). */
    public int code(int column) {
        return codes[column];
    }

    /** The codes of every column; read-only by convention, to spare a copy per row. */
    public int[] codes() {
        return codes;
    }

    /** The text of a free-text answer, or null. */
    public String text(int column) {
        return texts[column];
    }

    public String respondent() {
        return cell(respondent);
    }

    public String group() {
        return cell(group);
    }

    /** The date as written (already checked to be YYYY-MM-DD), or null. */
    public String date() {
        return cell(date);
    }

    /** The date's first {@code n} characters (7 gives the month), or null, without making the whole string. */
    public String datePrefix(int n) {
        return date < 0 ? null : new String(batch.chars(), Cells.start(batch, date), n);
    }

    public int line() {
        return line;
    }

    public String file() {
        return file;
    }

    private String cell(int c) {
        return c < 0 ? null : Cells.value(batch, c);
    }
}
