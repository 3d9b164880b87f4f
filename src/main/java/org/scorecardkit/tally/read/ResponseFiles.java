package org.scorecardkit.tally.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads a list of response files, each by the reader its content calls for, into one stream of batches. */
public final class ResponseFiles {
    private ResponseFiles() {
    }

    /**
     * Reads every file in order; a file that cannot be opened yields an END batch with the error.
     *
     * @param firstIndex the index of the first file among all files of the run
     */
    public static void read(List<Path> files, int firstIndex, CellBatch batch, BatchSink sink) {
        CellBatch b = batch;
        for (int i = 0; i < files.size(); i++) {
            Path path = files.get(i);
            ResponseFile file = new ResponseFile(firstIndex + i, path, path.toString(), Format.CSV, ',');
            Format format;
            try {
                format = Format.detect(path);
            } catch (IOException e) {
                b.reset(CellBatch.Kind.END, file.withFormat(Format.CSV, ','));
                b.end("cannot read the file: " + describe(e), 0);
                b = sink.accept(b);
                continue;
            }
            // Each reader hands its last batch to the sink too; collect a fresh one through a wrapper.
            CellBatch[] last = {null};
            BatchSink tracking = full -> last[0] = sink.accept(full);
            switch (format) {
                case PDF -> PdfResponses.read(file, b, tracking);
                case JSON -> JsonResponses.read(file, b, tracking);
                default -> CsvResponses.read(file, b, tracking);
            }
            b = last[0];
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }
}
