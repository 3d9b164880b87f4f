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
    /** The date's cell, or -1. */
    int dateCell = -1;
    /** The date as yyyymmdd, 0 when none or unknown; for a date in doubt, its day-first reading. */
    int date;
    /** For a date whose day/month order its file has not yet settled: the month-first reading; else 0. */
    int dateOther;
    /** How the date read: a {@link DateReading} kind, 0 without a date. */
    int dateKind;
    /** The cell of a written total or score, or -1. */
    int total = -1;
    /** The problems of cells that were not taken, or null. */
    java.util.List<CellNote> notes;
    int line;
    String file;
    int fileIndex;
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
        dateCell = -1;
        date = 0;
        dateOther = 0;
        dateKind = 0;
        total = -1;
        notes = null;
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

    /** The date as YYYY-MM-DD, or null when the row has none or it could not be read. */
    public String date() {
        return date == 0 || dateOther != 0 ? null : DateReading.iso(date);
    }

    /** The date as the number yyyymmdd (20260305), or 0 when the row has none or it could not be read (yet). */
    public int dateValue() {
        return dateOther != 0 ? 0 : date;
    }

    /**
     * Whether the date's day/month order waits on the rest of its file: then {@link #dateValue()} is 0 and
     * the two readings are {@link #dayFirst()} and {@link #monthFirst()}.
     */
    public boolean dateInDoubt() {
        return dateOther != 0;
    }

    /** The day-first reading of a date in doubt (yyyymmdd). */
    public int dayFirst() {
        return date;
    }

    /** The month-first reading of a date in doubt (yyyymmdd). */
    public int monthFirst() {
        return dateOther;
    }

    public int line() {
        return line;
    }

    public String file() {
        return file;
    }

    /** The position of the row's file among the run's files. */
    public int fileIndex() {
        return fileIndex;
    }

    private String cell(int c) {
        return c < 0 ? null : Cells.value(batch, c);
    }
}
