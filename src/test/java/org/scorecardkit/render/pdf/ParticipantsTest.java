package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.render.pdf.Participants.Participant;

/** The participants CSV: what it accepts, and the exact message for each mistake. */
class ParticipantsTest {
    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        Path f = tmp.resolve("people.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private String error(Path f) {
        return assertThrows(Participants.Invalid.class, () -> Participants.read(f)).getMessage();
    }

    @Test
    void readsNamesAndGroupsInFileOrderIgnoringOtherColumns() throws Exception {
        Path f = file("email,Name,Group\nanna@x.org,Anna Smith,Team A,,\nben@x.org,  Ben Ng ,\n");
        assertEquals(List.of(new Participant("Anna Smith", "Team A"), new Participant("Ben Ng", "")), Participants.read(f));
    }

    @Test
    void theGroupColumnIsOptional() throws Exception {
        assertEquals(List.of(new Participant("Ørjan", ""), new Participant("Zoë", "")), Participants.read(file("name\nØrjan\nZoë\n")));
    }

    @Test
    void aByteOrderMarkQuotedCommasAndBlankLinesAreFine() throws Exception {
        Path f = tmp.resolve("excel.csv");
        Files.write(f, ("\uFEFFname,group\r\n\"Smith, Anna\",\"Team \"\"A\"\"\"\r\n\r\n,\r\nΓιώργος,Β\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Participant("Smith, Anna", "Team \"A\""), new Participant("Γιώργος", "Β")), Participants.read(f));
    }

    @Test
    void aHeaderWithoutANameColumnIsAnError() throws Exception {
        Path f = file("email,team\nanna@x.org,A\n");
        assertEquals(f + ": row 1: the header has no \"name\" column (it has: email, team); the first row must name "
                + "the columns, e.g. \"name,group\"", error(f));
    }

    @Test
    void aRowWithoutANameIsAnErrorNamingTheRow() throws Exception {
        Path f = file("name,group\nAnna,A\nBen,B\n,C\n");
        assertEquals(f + ": row 4: no name; fill in the name column, or delete the row", error(f));
    }

    @Test
    void aRowWithMoreValuesThanColumnsIsAnErrorNamingTheRow() throws Exception {
        Path f = file("name,group\nAnna,A\nSmith, Ben,B\n");
        assertEquals(f + ": row 3: it has 3 values but the header names 2 columns; put a value that contains a comma "
                + "in double quotes, e.g. \"Smith, Anna\"", error(f));
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheRow() throws Exception {
        Path f = file("name,group\nAnna,A\n\"Ben,B\n");
        String message = error(f);
        assertEquals(f + ": row 3: ", message.substring(0, (f + ": row 3: ").length()), message);
        assertEquals(true, message.endsWith("check the quotes in this row: a value in quotes must end with a closing quote"), message);
    }

    @Test
    void anEmptyFileOrAHeaderAloneHasNoParticipants() throws Exception {
        String expected = " has no participants; add one row per person under the header row, e.g. \"name,group\" "
                + "then \"Anna Smith,Team A\"";
        Path empty = file("");
        assertEquals(empty + expected, error(empty));
        Path header = file("name,group\n\n");
        assertEquals(header + expected, error(header));
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws Exception {
        Path f = tmp.resolve("latin1.csv");
        Files.write(f, "name\nAnna\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(f + ": row 3: the file is not UTF-8 text; save it as UTF-8 (in Excel: \"CSV UTF-8\")", error(f));
    }

    @Test
    void aNameTheFontsCannotPrintIsAnError() throws Exception {
        // Chinese is printed with the fallback font (PrintCommandTest); an emoji no embedded font draws is refused.
        Path f = file("name\nAnna\n王芳 🚀\n");
        assertEquals(f + ": row 3: \"王芳 🚀\" has the character \"🚀\" (U+1F680 ROCKET), which the "
                + "embedded fonts cannot print; write it with other letters", error(f));
    }

    @Test
    void aMissingFileIsAnError() {
        Path f = tmp.resolve("nobody.csv");
        assertEquals(f + ": file not found; give the path of a CSV file with a \"name\" column", error(f));
    }
}
