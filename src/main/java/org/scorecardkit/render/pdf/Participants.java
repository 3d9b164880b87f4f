package org.scorecardkit.render.pdf;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the participants of a personalised batch from a CSV file: UTF-8 (a byte-order mark is
 * fine), a header row naming a {@code name} column and optionally {@code group}, other columns
 * ignored. Any mistake is reported with its row as a spreadsheet counts them (the header is row 1).
 */
public final class Participants {
    private Participants() {
    }

    /** One person to print a sheet for; the group is "" when the file has none. */
    public record Participant(String name, String group) {
    }

    /** A participants file that cannot be used; the message names the file, the row and the fix. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** The participants in file order. */
    public static List<Participant> read(Path file) throws Invalid {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": file not found; give the path of a CSV file with a \"name\" column");
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read the file: " + e.getMessage());
        }
        try (CsvParser csv = new CsvFactory().createParser(new StringReader(text(file, bytes)))) {
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            return read(csv, file);
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read the file: " + e.getMessage());
        }
    }

    /** The file as text, without a byte-order mark; bytes that are not UTF-8 are an error naming their row. */
    private static String text(Path file, byte[] bytes) throws Invalid {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            int row = 1;
            for (int i = 0; i < in.position(); i++) {
                row += bytes[i] == '\n' ? 1 : 0;
            }
            throw new Invalid(file + ": row " + row + ": the file is not UTF-8 text; save it as UTF-8 (in Excel: \"CSV UTF-8\")");
        }
        utf8.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<Participant> read(CsvParser csv, Path file) throws IOException, Invalid {
        List<Participant> out = new ArrayList<>();
        List<String> header = null;
        int row = 0;
        int name = -1;
        int group = -1;
        if (csv.nextToken() != JsonToken.START_ARRAY) {
            throw noParticipants(file);
        }
        while (true) {
            List<String> values;
            try {
                values = row(csv);
            } catch (IOException e) {
                throw new Invalid(file + ": row " + (row + 1) + ": " + cause(e));
            }
            if (values == null) {
                break;
            }
            row++;
            if (header == null) {
                header = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
                name = header.indexOf("name");
                group = header.indexOf("group");
                if (name < 0) {
                    throw new Invalid(file + ": row 1: the header has no \"name\" column (it has: "
                            + String.join(", ", values) + "); the first row must name the columns, e.g. \"name,group\"");
                }
            } else if (!values.stream().allMatch(String::isBlank)) {
                out.add(participant(file, row, values, header.size(), name, group));
            }
        }
        if (out.isEmpty()) {
            throw noParticipants(file);
        }
        return out;
    }

    /** The next row's values, or null at the end of the file. */
    private static List<String> row(CsvParser csv) throws IOException {
        JsonToken t = csv.nextToken();
        if (t != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> values = new ArrayList<>();
        while ((t = csv.nextToken()) != JsonToken.END_ARRAY && t != null) {
            values.add(csv.getText());
        }
        return values;
    }

    private static Participant participant(Path file, int row, List<String> values, int columns, int name, int group)
            throws Invalid {
        String at = file + ": row " + row + ": ";
        int used = values.size();
        while (used > columns && values.get(used - 1).isBlank()) {
            used--;   // empty cells past the last column, as spreadsheets sometimes export, are harmless
        }
        if (used > columns) {
            throw new Invalid(at + "it has " + used + " values but the header names " + columns
                    + " columns; put a value that contains a comma in double quotes, e.g. \"Smith, Anna\"");
        }
        String person = name < values.size() ? values.get(name).strip() : "";
        if (person.isEmpty()) {
            throw new Invalid(at + "no name; fill in the name column, or delete the row");
        }
        String team = group >= 0 && group < values.size() ? values.get(group).strip() : "";
        checkPrintable(at, person);
        checkPrintable(at, team);
        return new Participant(person, team);
    }

    private static void checkPrintable(String at, String text) throws Invalid {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (!PdfFonts.get().canDraw(cp)) {
                String name = Character.getName(cp);
                throw new Invalid(at + "\"" + text + "\" has the character \"" + new String(Character.toChars(cp))
                        + "\" (" + String.format("U+%04X", cp) + (name == null ? "" : " " + name)
                        + "), which the embedded fonts cannot print; write it with other letters");
            }
        }
    }

    private static Invalid noParticipants(Path file) {
        return new Invalid(file + " has no participants; add one row per person under the header row, "
                + "e.g. \"name,group\" then \"Anna Smith,Team A\"");
    }

    /** Jackson's message without its location suffix, which names characters rather than rows. */
    private static String cause(IOException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = m.indexOf("\n at [");
        m = (cut >= 0 ? m.substring(0, cut) : m).strip();
        return m + "; check the quotes in this row: a value in quotes must end with a closing quote";
    }
}
