package org.scorecardkit.tally.read;

/**
 * A place responses come from — a file of any format today; scanned sheets and the collector's
 * database next — read as raw records into batches for the one checker ({@code tally.check.Intake}),
 * which turns every record into a checked response and listed problems whatever its source. How a
 * source reads fast (the CSV reader's character ranges) is its own business.
 */
public interface ResponseSource {
    /** What messages and rejects.csv call it. */
    String name();

    /**
     * Reads every record into batches handed to {@code sink}, the last one an END batch (carrying the
     * error that stopped reading, if any); never throws for what it reads.
     *
     * @param index the source's position among the run's sources, which its batches carry
     * @param batch the empty batch to fill first
     * @return the empty batch the sink gave back for the last one, for the next source
     */
    CellBatch read(int index, CellBatch batch, BatchSink sink);

    /**
     * A response file, read by the reader its content calls for.
     *
     * @param sheet the only workbook sheet to read, or null for every sheet with a matching header
     */
    record FileSource(java.nio.file.Path path, String sheet) implements ResponseSource {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public CellBatch read(int index, CellBatch batch, BatchSink sink) {
            return ResponseFiles.read(path, index, batch, sink, sheet);
        }
    }

    /** The files as sources, each read whole. */
    static java.util.List<ResponseSource> files(java.util.List<java.nio.file.Path> paths, String sheet) {
        return paths.stream().<ResponseSource>map(p -> new FileSource(p, sheet)).toList();
    }
}
