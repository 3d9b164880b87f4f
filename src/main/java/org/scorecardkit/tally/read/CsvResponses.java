package org.scorecardkit.tally.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Reads a CSV file as Excel, LibreOffice and Google Sheets write it (comma, semicolon or tab; UTF-8
 * with or without BOM, Windows-1252, UTF-16 "Unicode text"; CRLF or LF; RFC 4180 quotes with
 * embedded newlines) in the encoding {@link Decoding} found, with Jackson's streaming
 * parser, and produces its header row and then batches of rows, each with the physical line it starts on.
 * The plain path: {@link CsvScanner} reads CSV unless {@code -Dscorecard.csv=plain}, and must give the
 * same batches as this reader (CsvScannerTest).
 */
public final class CsvResponses {
    private static final CsvMapper MAPPER = new CsvMapper();

    private final BatchSink sink;
    private CellBatch b;
    private boolean inRow;
    /** Whether the row being read has no cell yet, so that its line is not known yet. */
    private boolean firstCell;

    private CsvResponses(CellBatch batch, BatchSink sink) {
        this.b = batch;
        this.sink = sink;
    }

    /**
     * Reads the file into batches handed to {@code sink}; the last batch is an END batch.
     *
     * @param headText the start of the file as text, to find the delimiter in
     */
    static void read(ResponseFile file, Decoding decoding, String headText, CellBatch batch, BatchSink sink) {
        new CsvResponses(batch, sink).read(file, decoding, headText);
    }

    private void read(ResponseFile file, Decoding decoding, String headText) {
        ResponseFile f = file.withFormat(Format.CSV, delimiter(headText));
        b.reset(CellBatch.Kind.HEADER, f);
        try (CsvParser parser = parser(f, decoding)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(f.delimiter()));
            rows(parser, f);
            b.end(null, 0);
        } catch (StreamConstraintsException e) {
            // Jackson's own message names its setting and a length that depends on its buffers: this one is the same every time.
            b.end("not readable as CSV (" + tooLong() + "); the rest of the file was not read", cut(0));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = cut(at == null ? 0 : at.getLineNr());
            b.end("not readable as CSV (" + e.getOriginalMessage() + "); the rest of the file was not read", line);
        } catch (IOException e) {
            // The file changed or failed under us: what was read counts, the rest is reported, never silently gone.
            b.end("cannot read the file to its end (" + e.getMessage() + "); the rest of the file was not read", cut(0));
        }
        sink.accept(b);
    }

    /** Jackson decodes a file it knows to be UTF-8 fastest itself; any other encoding comes through a reader. */
    private static CsvParser parser(ResponseFile f, Decoding decoding) throws IOException {
        if (decoding.utf8()) {
            return (CsvParser) MAPPER.getFactory().createParser(Files.newInputStream(f.path()));
        }
        return (CsvParser) MAPPER.getFactory().createParser(decoding.reader(f.path()));
    }

    /** Drops the row an error cut short, which is reported at its own start instead; the line to report. */
    private int cut(int line) {
        if (!inRow) {
            return line;
        }
        b.rows--;
        b.cells = b.rowFirst[b.rows];
        inRow = false;
        return b.rowLine[b.rows];
    }

    /** What a cell longer than Jackson's parser takes is said to be, by both CSV readers. */
    static String tooLong() {
        return "a cell holds more than " + String.format("%,d", CsvScanner.MAX_CELL) + " characters: is a quote left open?";
    }

    /** Streams the rows; an error in a row's first cell is reported at the line the row starts on, like any other. */
    private void rows(CsvParser parser, ResponseFile f) throws IOException {
        try {
            rowsOf(parser, f);
        } catch (JsonProcessingException e) {
            if (inRow && firstCell) {
                b.rowLine[b.rows - 1] = parser.getParsingContext().startLocation(ContentReference.unknown()).getLineNr();
            }
            throw e;
        }
    }

    /** Streams the rows; the first row that is not blank goes alone in a HEADER batch. */
    private void rowsOf(CsvParser parser, ResponseFile f) throws IOException {
        boolean header = true;
        boolean blank = true;
        int depth = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.VALUE_STRING) {
                if (firstCell) {
                    // A row's line is where its first cell starts; quoted newlines before it are counted.
                    b.rowLine[b.rows - 1] = parser.currentTokenLocation().getLineNr();
                    firstCell = false;
                }
                // Jackson CSV holds each value as a String already; copying its characters once is cheapest.
                String text = parser.getText();
                b.cell(text);
                blank &= isBlank(text);
            } else if (token == JsonToken.START_ARRAY && ++depth == 2) {
                b.startRow(0, null);
                inRow = true;
                blank = true;
                firstCell = true;
            } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                inRow = false;
                if (header && blank) {
                    b.rows--;
                    b.cells = b.rowFirst[b.rows];
                } else if (header || !b.roomy()) {
                    header = false;
                    b = sink.accept(b).reset(CellBatch.Kind.ROWS, f);
                }
            }
        }
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** The delimiter of the first non-blank line: the most frequent of , ; and tab outside quotes. */
    static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && seen) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
                seen |= c > ' ' && c != '\uFEFF';
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma && tab > semicolon ? '\t' : ',';
    }
}
