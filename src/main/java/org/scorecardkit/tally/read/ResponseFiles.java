package org.scorecardkit.tally.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one response file by the reader its content calls for, in the encoding its bytes show,
 * into batches, or hands a scanned file (a page image, a PDF without form fields) to the run's scan
 * source; a file that holds no responses at all (a folder, an archive, an .xls; an image when no scan source takes it)
 * yields one END batch saying what it appears to be; a file that cannot be opened or decoded whole yields one END batch with the error
 * and no rows, never a part of its rows.
 */
public final class ResponseFiles {
    /** Enough of the start of a file for its format, encoding and CSV delimiter. */
    private static final int HEAD = 1 << 16;
    /** {@code -Dscorecard.csv=plain} reads CSV with Jackson's parser, the plain path, instead of {@link CsvScanner}. */
    static final String CSV_READER = "scorecard.csv";

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
        return read(path, index, batch, sink, null, (ScanResponses) null);
    }

    /**
     * @param sheet the only workbook sheet to read, or null for every sheet whose header names responses
     * @param scans takes a scanned file to read with the other scans (then nothing is read here), or null
     */
    static CellBatch read(Path path, int index, CellBatch batch, BatchSink sink, String sheet, ScanResponses scans) {
        // Looked up per file, so that a test can tally the same files both ways.
        return read(path, index, batch, sink, sheet, "plain".equals(System.getProperty(CSV_READER)), scans);
    }

    static CellBatch read(Path path, int index, CellBatch batch, BatchSink sink, String sheet, boolean plainCsv) {
        return read(path, index, batch, sink, sheet, plainCsv, null);
    }

    /**
     * @param plainCsv whether CSV is read by Jackson's parser (the plain path, kept to check the fast
     *     path against) rather than by {@link CsvScanner}
     */
    private static CellBatch read(Path path, int index, CellBatch batch, BatchSink sink, String sheet, boolean plainCsv,
                                  ScanResponses scans) {
        ResponseFile file = new ResponseFile(index, path, path.toString(), Format.CSV, ',');
        Format format = Format.CSV;
        Decoding decoding;
        String headText;
        try {
            byte[] head = Files.isDirectory(path) ? new byte[0] : head(path);
            if (scans != null && scans.take(path, head)) {
                return batch;
            }
            String notResponses = NotResponses.describe(path, head);
            if (notResponses != null) {
                return unread(batch, sink, file, notResponses, 0);
            }
            format = Format.detect(head);
            if (format == Format.PDF || format == Format.XLSX) {
                return read(file, format, null, null, batch, sink, sheet);
            }
            if (format == Format.CSV && !plainCsv) {
                return fast(file, head, batch, sink);
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

    /**
     * Reads a CSV file with {@link CsvScanner}. A file whose first bytes are ASCII (after a UTF-8
     * mark) is read without the pass over the whole file that decides its encoding first:
     * {@link FileChars} decides it at the first byte that is not ASCII, if any.
     */
    private static CellBatch fast(ResponseFile file, byte[] head, CellBatch batch, BatchSink sink)
            throws IOException, Decoding.Undecodable {
        Decoding sniffed = Decoding.sniff(head);
        Decoding decoding = sniffed.kind() == Decoding.Kind.UTF8 && ascii(head, sniffed.bom())
                ? null : Decoding.of(file.path(), head, false);
        String headText = (decoding == null ? sniffed : decoding).text(head);
        ResponseFile csv = file.withFormat(Format.CSV, CsvResponses.delimiter(headText));
        Reader chars = decoding == null ? FileChars.open(file.path(), sniffed)
                : decoding.kind() == Decoding.Kind.UNICODE ? decoding.reader(file.path()) : FileChars.decided(file.path(), decoding);
        // FileChars gives the note on the file's decoding itself; the reader of UTF-16 or UTF-32 has none.
        return read(file, null, batch, sink, (b, s) -> CsvScanner.read(csv, chars, b, s));
    }

    private static boolean ascii(byte[] head, int from) {
        for (int i = from; i < head.length; i++) {
            if (head[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static CellBatch read(ResponseFile file, Format format, Decoding decoding, String headText, CellBatch batch,
                                  BatchSink sink, String sheet) {
        return read(file, decoding, batch, sink, (b, tracking) -> {
            switch (format) {
                case PDF -> PdfResponses.read(file, b, tracking);
                case XLSX -> XlsxResponses.read(file, sheet, b, tracking);
                case JSON -> JsonResponses.read(file, decoding, b, tracking);
                default -> CsvResponses.read(file, decoding, headText, b, tracking);
            }
        });
    }

    /** A file's reader: fills the batch it is given, hands every full one and the END batch to the sink. */
    private interface Reading {
        void read(CellBatch batch, BatchSink sink);
    }

    private static CellBatch read(ResponseFile file, Decoding decoding, CellBatch batch, BatchSink sink, Reading reading) {
        // Each reader hands its last batch to the sink too; collect the empty one given back through a wrapper.
        CellBatch[] next = {null};
        BatchSink tracking = full -> {
            if (full.kind() == CellBatch.Kind.END && decoding != null) {
                full.note(decoding.note());
            }
            return next[0] = sink.accept(full);
        };
        reading.read(batch, tracking);
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
