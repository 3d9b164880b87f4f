package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.ColumnMap;
import org.scorecardkit.model.Instrument;

/** The --columns file: a good map, and each mistake located at its line and column with a fix. */
class ColumnMapLoaderTest {
    static Instrument skillset;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        skillset = ContentLoader.load(Path.of("content")).content().instrument("skillset");
    }

    private Path file(String text) throws IOException {
        Path p = dir.resolve("map.yaml");
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    private ColumnMapLoader.Result load(String text) throws IOException {
        return ColumnMapLoader.load(file(text), skillset);
    }

    /** The problems as the CLI prints them, with the file named as given. */
    private List<String> problems(ColumnMapLoader.Result r) {
        return r.problems().stream().map(p -> p.format().replace(dir.resolve("map.yaml").toString(), "map.yaml")).toList();
    }

    @Test
    void aGoodMapKeysEveryHeaderAsTheTallyComparesIt() throws IOException {
        ColumnMapLoader.Result r = load("""
                # The German form's columns.
                "Wie heißt du?": respondent
                "Frage  7": handling-conflict
                Zeitstempel: date
                Abteilung: Group
                Summe: total
                "\u00A0Bemerkung ": ignore
                """);

        assertEquals(List.of(), r.problems());
        assertEquals(Map.of("wie heißt du?", "respondent", "frage 7", "handling-conflict", "zeitstempel", "date",
                "abteilung", "group", "summe", "total", "bemerkung", "ignore"), r.map().targets());
        assertEquals("handling-conflict", r.map().target(" FRAGE 7"));
        assertEquals(List.of("wie heißt du?", "frage 7", "zeitstempel", "abteilung", "summe", "bemerkung"),
                List.copyOf(r.map().targets().keySet()));
    }

    @Test
    void anUnknownItemIdIsLocatedAndTheIdsAreListed() throws IOException {
        ColumnMapLoader.Result r = load("""
                Zeitstempel: date
                "Frage 8": listening-skill
                """);

        assertEquals(List.of("map.yaml:2:12: \"listening-skill\" is no item of instrument skillset (column \"Frage 8\")\n"
                + "  fix: did you mean \"listening-skills\"? map each column to one of respondent, group, date, total,"
                + " ignore, or an item id of skillset: " + String.join(", ", skillset.columns())), problems(r));
        assertEquals(ColumnMap.NONE, r.map());
    }

    @Test
    void anItemNumberInPlaceOfAnIdSaysWhichIdItIs() throws IOException {
        ColumnMapLoader.Result r = load("\"Frage 7\": 7\n");

        assertEquals(1, r.problems().size());
        assertEquals(1, r.problems().get(0).line());
        assertEquals(12, r.problems().get(0).column());
        assertTrue(r.problems().get(0).fix().startsWith("item 7 on the sheet is \"handling-conflict\"; write its id."),
                r.problems().get(0).fix());
    }

    @Test
    void aListIsNotAMapping() throws IOException {
        ColumnMapLoader.Result r = load("- respondent\n- date\n");

        assertEquals(List.of("map.yaml:1:1: the columns file must be a mapping from a column's header to what it holds,"
                + " not a list\n  fix: write one line per column, e.g. \"Question 1\": importance-of-service"), problems(r));
    }

    @Test
    void aPlainWordIsNotAMappingEither() throws IOException {
        assertEquals(List.of("map.yaml:1:1: the columns file must be a mapping from a column's header to what it holds,"
                + " not text \"respondent\"\n  fix: write one line per column, e.g. \"Question 1\": importance-of-service"),
                problems(load("respondent\n")));
    }

    @Test
    void aValueThatIsNoTextIsLocated() throws IOException {
        ColumnMapLoader.Result r = load("Name: respondent\nFrage:\n  - a\n  - b\nLeer:\n");

        assertEquals(List.of(3, 5), r.problems().stream().map(Problem::line).toList());
        assertTrue(r.problems().get(0).message().startsWith("the column \"Frage\" must map to an item id or one of"
                + " respondent, group, date, total, ignore, not a list"), r.problems().get(0).message());
        assertTrue(r.problems().get(1).message().endsWith("not an empty value"), r.problems().get(1).message());
    }

    @Test
    void aHeaderMappedTwiceIsLocatedAtTheSecond() throws IOException {
        ColumnMapLoader.Result r = load("Name: respondent\nTeam: group\nName: date\n");

        assertEquals(List.of("map.yaml:3:1: the column \"Name\" is mapped twice\n"
                + "  fix: keep one of the two; the first is at line 1"), problems(r));
    }

    @Test
    void headersAlikeOnceNormalisedMustAgree() throws IOException {
        assertEquals(List.of(), load("Name: respondent\n\"NAME \": respondent\n").problems());
        ColumnMapLoader.Result r = load("Name: respondent\n\"NAME \": group\n");

        assertEquals(List.of("map.yaml:2:1: \"NAME \" and \"Name\" (line 1) are the same header once case and spaces"
                + " are ignored, but map to \"group\" and \"respondent\"\n  fix: keep one of the two"), problems(r));
    }

    @Test
    void aSyntaxErrorIsLocated() throws IOException {
        ColumnMapLoader.Result r = load("Name: respondent\n\"Frage 7: handling-conflict\n");

        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().startsWith("YAML syntax error"), r.problems().get(0).message());
        assertEquals(2, r.problems().get(0).line());
    }

    @Test
    void anEmptyOrMissingFileIsOneLine() throws IOException {
        assertEquals(List.of("map.yaml:1:1: the columns file is empty\n  fix: write one line per column, its header as"
                + " written and what it holds, e.g. \"Question 1\": importance-of-service"), problems(load("# nothing yet\n")));
        ColumnMapLoader.Result missing = ColumnMapLoader.load(dir.resolve("none.yaml"), skillset);
        assertEquals("the columns file was not found", missing.problems().get(0).message());
        assertEquals("the columns file is a folder", ColumnMapLoader.load(dir, skillset).problems().get(0).message());
    }

    @Test
    void aFileThatIsNotUtf8IsSaidSo() throws IOException {
        Path p = dir.resolve("latin1.yaml");
        Files.write(p, "Gr\u00f6\u00dfe: group\n".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("the columns file is not UTF-8 text", ColumnMapLoader.load(p, skillset).problems().get(0).message());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path p = dir.resolve("bom.yaml");
        Files.write(p, ("\uFEFFName: respondent\n").getBytes(StandardCharsets.UTF_8));

        assertEquals(Map.of("name", "respondent"), ColumnMapLoader.load(p, skillset).map().targets());
    }
}
