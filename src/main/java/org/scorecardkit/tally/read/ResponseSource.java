package org.scorecardkit.tally.read;

/**
 * A place responses come from — a file of any format, the scanned sheets among the files; the
 * collector's database next — read as raw records into batches for the one checker ({@code tally.check.Intake}),
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
     * @param scans where a scanned file (a page image, a PDF without form fields) goes to be read with the
     *              other scans, or null to report such a file as not responses
     */
    record FileSource(java.nio.file.Path path, String sheet, ScanResponses scans) implements ResponseSource {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public CellBatch read(int index, CellBatch batch, BatchSink sink) {
            return ResponseFiles.read(path, index, batch, sink, sheet, scans);
        }
    }

    /** The files as sources, each read whole; no file is read as a scan. */
    static java.util.List<ResponseSource> files(java.util.List<java.nio.file.Path> paths, String sheet) {
        return paths.stream().<ResponseSource>map(p -> new FileSource(p, sheet, null)).toList();
    }

    /** The files as sources, the scanned ones among them read together by {@code scans}, the last source. */
    static java.util.List<ResponseSource> files(java.util.List<java.nio.file.Path> paths, String sheet, ScanResponses scans) {
        java.util.List<ResponseSource> sources = new java.util.ArrayList<>();
        paths.forEach(p -> sources.add(new FileSource(p, sheet, scans)));
        sources.add(scans);
        return sources;
    }
}
