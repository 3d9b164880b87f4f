package org.scorecardkit.tally.read;

import java.nio.file.Path;

/**
 * One input file of a tally: where it is, the name it carries in messages and rejects.csv, and the
 * format its content showed.
 *
 * @param index position among the run's files, used to point back to a row's file cheaply
 * @param delimiter the CSV delimiter found in the header line; 0 for JSON and PDF
 */
public record ResponseFile(int index, Path path, String name, Format format, char delimiter) {

    public ResponseFile withFormat(Format f, char d) {
        return new ResponseFile(index, path, name, f, d);
    }

    /** The same file under another name in messages, such as one sheet of a workbook. */
    public ResponseFile named(String n) {
        return new ResponseFile(index, path, n, format, delimiter);
    }
}
