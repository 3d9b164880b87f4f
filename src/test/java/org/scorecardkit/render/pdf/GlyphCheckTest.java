package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;
import org.scorecardkit.load.Problem;

/**
 * Characters no embedded font can draw (DejaVu Sans nor the CJK fallback) are build problems at their
 * exact place; drawable ones, Chinese included, are not.
 */
class GlyphCheckTest {
    private static final String FIX = "replace it with another character, or remove it";

    @TempDir
    Path temp;

    @Test
    void theShippedContentPrintsEveryCharacter() {
        assertEquals(List.of(), GlyphCheck.problems(P2Pdfs.standard(), Path.of("content")));
    }

    @Test
    void reportsEachUndrawableCharacterOnceAtItsFirstPrintedPlace() throws IOException {
        Path dir = TestFiles.copyTree(Path.of("src/test/resources/sites/languages"), temp.resolve("content"));
        write(dir, "instruments/rocket.yaml", """
                # 漢 in a comment is never printed, so the problem points at the title below.
                id: rocket
                version: 1
                title: "Cheers 😀 and 漢 🚀"
                kind: survey
                description: Fine text, with a tab\tand a no-break space\u00a0here.
                items:
                  - id: pick
                    type: single
                    text: "Pick one 🚀 漢 again"
                    options:
                      - {value: tea, label: "Tea 🍵"}
                      - {value: coffee, label: Coffee}
                """);
        List<Problem> problems = GlyphCheck.problems(P2Pdfs.load(dir), dir);
        assertEquals(List.of(
                new Problem("instruments/rocket.yaml", 4, 24, "the character \"🚀\" (U+1F680 ROCKET) "
                        + "cannot be printed: the embedded fonts have no glyph for it", FIX),
                new Problem("instruments/rocket.yaml", 12, 34, "the character \"🍵\" (U+1F375 TEACUP WITHOUT HANDLE) "
                        + "cannot be printed: the embedded fonts have no glyph for it", FIX)), problems);
        assertEquals("instruments/rocket.yaml:4:24: the character \"🚀\" (U+1F680 ROCKET) cannot be "
                + "printed: the embedded fonts have no glyph for it\n  fix: " + FIX, problems.get(0).format());
    }

    @Test
    void checksTheOrganisationAndTitleInSiteYaml() throws IOException {
        Path dir = TestFiles.copyTree(Path.of("src/test/resources/sites/languages"), temp.resolve("content"));
        write(dir, "site.yaml", "# Site.\ntitle: Ερωτηματολόγιο 字 🚀\norganisation: Bäckerei 漢 & 🍵\n");
        List<Problem> problems = GlyphCheck.problems(P2Pdfs.load(dir), dir);
        assertEquals(List.of(
                new Problem("site.yaml", 2, 25, GlyphCheck.message(0x1F680), FIX),
                new Problem("site.yaml", 3, 28, GlyphCheck.message(0x1F375), FIX)), problems);
    }

    @Test
    void findsCharactersInEveryPrintedField() throws IOException {
        Path dir = TestFiles.copyTree(Path.of("src/test/resources/sites/languages"), temp.resolve("content"));
        String yaml = Files.readString(dir.resolve("instruments/umfrage.yaml"), StandardCharsets.UTF_8);
        for (String[] swap : new String[][] {{"очень вероятно", "очень 🚀"}, {"Від друзів", "Від 🚀"},
                {"Eine Frage, ein Grund", "Eine 🚀"}, {"Dziękujemy", "🚀"}, {"ausführlich.", "🚀."}}) {
            write(dir, "instruments/umfrage.yaml", yaml.replace(swap[0], swap[1]));
            List<Problem> problems = GlyphCheck.problems(P2Pdfs.load(dir), dir);
            assertEquals(1, problems.size(), swap[0]);
            assertEquals("instruments/umfrage.yaml", problems.get(0).file());
        }
    }

    @Test
    void countsColumnsInCharactersNotUtf16Units() {
        assertEquals(new org.scorecardkit.load.Position(2, 3), GlyphCheck.locate("a\n😀😀漢", 0x6F22), "UTF-16 would say 5");
        assertEquals(new org.scorecardkit.load.Position(3, 1), GlyphCheck.locate("# 漢\nx\n漢", 0x6F22));
        assertEquals(new org.scorecardkit.load.Position(1, 3), GlyphCheck.locate("# 漢", 0x6F22), "only in a comment");
        assertEquals(org.scorecardkit.load.Position.START, GlyphCheck.locate("title: \"\\u6F22\"", 0x6F22));
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
}
