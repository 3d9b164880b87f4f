package org.scorecardkit.tally.check;

/**
 * A problem with one cell of a row that still counts, found while decoding it; the {@link Intake}
 * turns it into a listed {@link Problem} with the file, line, column and value.
 *
 * @param cell the cell's index in its batch
 */
record CellNote(ProblemKind kind, int cell, Reason reason, String message) {
}
