package org.scorecardkit.load;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the manifest {@code print --participants} writes beside its PDF ({@code <out>.manifest.csv}):
 * serial to participant, so a scan can fill in who returned each sheet. Cells the writer neutralised
 * against spreadsheet formulas (a leading {@code '} before {@code = + - @}) are given back as printed.
 */
public final class SheetManifestReader {
    /** The manifest's columns, in order; the print command writes exactly these. */
    public static final List<String> HEADER = List.of("serial", "name", "group", "instrument", "version", "pages");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SheetManifestReader() {
    }

    /** One printed sheet: its six-digit serial and whom it was printed for. */
    public record Entry(String serial, String name, String group, String instrument, String version, int pages) {
    }

    /** A manifest that cannot be used; the message is one line naming the file, the row and the fix. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** The sheets of a manifest by serial, in file order. */
    public static Map<String, Entry> read(Path file) throws Invalid {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": file not found; give the .manifest.csv that print --participants wrote beside the PDF");
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read the file: " + e.getMessage());
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(text)) {
            List<String> header = rows.hasNext() ? rows.next() : List.of();
            if (!header.equals(HEADER)) {
                throw new Invalid(file + ": row 1: the header is \"" + String.join(",", header) + "\", expected \""
                        + String.join(",", HEADER) + "\"; use the manifest as print --participants wrote it");
            }
            for (int row = 2; rows.hasNext(); row++) {
                Entry e = entry(file, row, rows.next());
                if (out.putIfAbsent(e.serial(), e) != null) {
                    throw new Invalid(file + ": row " + row + ": serial " + e.serial() + " is listed twice; "
                            + "use the manifest as print --participants wrote it");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Invalid(file + ": not a manifest CSV: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        return out;
    }

    private static Entry entry(Path file, int row, List<String> cells) throws Invalid {
        String at = file + ": row " + row + ": ";
        if (cells.size() != HEADER.size()) {
            throw new Invalid(at + cells.size() + " values, expected " + HEADER.size() + "; use the manifest as print --participants wrote it");
        }
        if (!cells.get(0).matches("\\d{6}") || !cells.get(5).matches("\\d{1,4}")) {
            throw new Invalid(at + "the serial \"" + cells.get(0) + "\" or page count \"" + cells.get(5)
                    + "\" is not a number as printed; use the manifest as print --participants wrote it");
        }
        return new Entry(cells.get(0), plain(cells.get(1)), plain(cells.get(2)), plain(cells.get(3)), plain(cells.get(4)),
                Integer.parseInt(cells.get(5)));
    }

    /** A cell as printed: without the apostrophe the writer put before a formula's first character. */
    private static String plain(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
