package org.scorecardkit.tally.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.scorecardkit.tally.check.Problem;

/**
 * Writes rejects.csv, the one list of everything a tally did not take as written, as it is found
 * (kind, file, line, column, value, reason: a rejected row's value is the row as read), UTF-8 with CRLF line ends,
 * quoted as RFC 4180 asks, and with every cell that a spreadsheet would run as a formula (starting
 * with = + - @, or a tab or carriage return, which some spreadsheets skip before reading one)
 * neutralised by a leading {@code '}.
 */
public final class RejectsCsv implements Consumer<Problem>, Closeable {
    public static final String HEADER = "kind,file,line,column,value,reason";
    /** The first characters that make a spreadsheet read a cell as a formula; the tally's reader strips the same ' (Cells). */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public RejectsCsv(Path file) throws IOException {
        out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        out.write(HEADER + "\r\n");
    }

    @Override
    public void accept(Problem r) {
        try {
            out.write(r.kind().label() + "," + cell(r.file()) + "," + r.line() + "," + cell(r.column()) + ","
                    + cell(r.value()) + "," + cell(r.message()) + "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as written: formulas neutralised, quoted when it holds a comma, quote or line break. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** A rejects.csv that creates its folder and file on the first problem, or when asked to. */
    public static final class Lazy implements Consumer<Problem>, Closeable {
        private final Path file;
        private RejectsCsv csv;

        public Lazy(Path file) {
            this.file = file;
        }

        /** Creates the file (with its header) if no reject has yet. */
        public void open() throws IOException {
            if (csv == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                csv = new RejectsCsv(file);
            }
        }

        @Override
        public void accept(Problem r) {
            try {
                open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            csv.accept(r);
        }

        @Override
        public void close() throws IOException {
            if (csv != null) {
                csv.close();
            }
        }
    }
}
