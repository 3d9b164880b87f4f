package org.scorecardkit.tally.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one response file by the reader its content calls for, in the encoding its bytes show,
 * into batches; a file that holds no responses at all (a folder, an image, an archive, an .xls)
 * yields one END batch saying what it appears to be; a file that cannot be opened or decoded whole yields one END batch with the error
 * and no rows, never a part of its rows.
 */
public final class ResponseFiles {
    /** Enough of the start of a file for its format, encoding and CSV delimiter. */
    private static final int HEAD = 1 << 16;

    private ResponseFiles() {
    }

    /**
     * Reads the file into batches handed to {@code sink}, the last one an END batch carrying any
     * note on how the file was decoded.
     *
     * @param index the file's index among all files of the run
     * @return the empty batch the sink gave back for the last one, for the next file
     */
    public static CellBatch read(Path path, int index, CellBatch batch, BatchSink sink) {
        return read(path, index, batch, sink, null);
    }

    /** @param sheet the only workbook sheet to read, or null for every sheet whose header names responses */
    static CellBatch read(Path path, int index, CellBatch batch, BatchSink sink, String sheet) {
        ResponseFile file = new ResponseFile(index, path, path.toString(), Format.CSV, ',');
        Format format = Format.CSV;
        Decoding decoding;
        String headText;
        try {
            byte[] head = Files.isDirectory(path) ? new byte[0] : head(path);
            String notResponses = NotResponses.describe(path, head);
            if (notResponses != null) {
                return unread(batch, sink, file, notResponses, 0);
            }
            format = Format.detect(head);
            if (format == Format.PDF || format == Format.XLSX) {
                return read(file, format, null, null, batch, sink, sheet);
            }
            decoding = Decoding.of(path, head, format == Format.JSON);
            headText = decoding.text(head);
        } catch (IOException e) {
            return unread(batch, sink, file, "cannot read the file: " + describe(e), 0);
        } catch (Decoding.Undecodable e) {
            return unread(batch, sink, format == Format.JSON ? file.withFormat(Format.JSON, (char) 0) : file, e.getMessage(), e.line());
        }
        return read(file, format, decoding, headText, batch, sink, sheet);
    }

    private static CellBatch read(ResponseFile file, Format format, Decoding decoding, String headText, CellBatch batch,
                                  BatchSink sink, String sheet) {
        // Each reader hands its last batch to the sink too; collect the empty one given back through a wrapper.
        CellBatch[] next = {null};
        BatchSink tracking = full -> {
            if (full.kind() == CellBatch.Kind.END && decoding != null) {
                full.note(decoding.note());
            }
            return next[0] = sink.accept(full);
        };
        switch (format) {
            case PDF -> PdfResponses.read(file, batch, tracking);
            case XLSX -> XlsxResponses.read(file, sheet, batch, tracking);
            case JSON -> JsonResponses.read(file, decoding, batch, tracking);
            default -> CsvResponses.read(file, decoding, headText, batch, tracking);
        }
        return next[0];
    }

    private static CellBatch unread(CellBatch b, BatchSink sink, ResponseFile file, String message, int line) {
        b.reset(CellBatch.Kind.END, file);
        b.end(message, line);
        return sink.accept(b);
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEAD);
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }
}
