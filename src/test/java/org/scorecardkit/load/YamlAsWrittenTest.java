package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.load.TestSite.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Option;

/**
 * Case 7 of issue 8: YAML read as authors mean it. Text stays the text written whatever YAML 1.1
 * would make of it ({@code yes}, {@code no}, {@code on}, {@code 1.10}, {@code 010}); numbers and
 * booleans are YAML 1.2's; aliases and a second document are refused at the place they are written.
 */
class YamlAsWrittenTest {
    private static final String BAD = "instruments/bad.yaml";

    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void copyBase() {
        site = TestSite.copyOfBase(tmp);
    }

    private Instrument loadValid(String id) {
        ContentLoader.Result result = site.load();
        assertEquals(List.of(), result.problems());
        return result.content().instrument(id);
    }

    @Test
    void yaml11BooleansAndNumbersInTextFieldsStayAsWritten() {
        site.with(BAD, """
                id: no
                version: 1.10
                title: On
                kind: survey
                description: 1e3
                scales:
                  agree:
                    min: 1
                    max: 5
                    labels:
                      1: no
                      5: YES
                items:
                  - id: y
                    type: single
                    text: yes
                    options:
                      - {value: yes, label: Yes}
                      - {value: no, label: No}
                      - {value: on, label: 010}
                      - {value: off, label: 1.10}
                      - {value: y, label: ~ }
                      - {value: n, label: "~"}
                  - id: off
                    type: rating
                    text: 0x1F
                """.replace("label: ~ }", "label: \"null\"}"));
        Instrument i = loadValid("no");

        assertEquals("1.10", i.version());
        assertEquals("On", i.title());
        assertEquals("1e3", i.description());
        Item choice = i.items().get(0);
        assertEquals(List.of("y", "off"), i.items().stream().map(Item::id).toList());
        assertEquals("yes", choice.text());
        assertEquals(List.of("yes", "no", "on", "off", "y", "n"), choice.options().stream().map(Option::value).toList());
        assertEquals(List.of("Yes", "No", "010", "1.10", "null", "~"), choice.options().stream().map(Option::label).toList());
        assertEquals("0x1F", i.items().get(1).text());
        assertEquals(Map.of(1, "no", 5, "YES"), i.scales().get("agree").labels());
    }

    @Test
    void versionsAndIdsLikeNumbersKeepTheirDigits() {
        site.with(BAD, """
                id: "010"
                version: 010
                title: Leading zeros
                kind: survey
                description: Digits as written.
                items:
                  - id: 007
                    type: text
                    text: Anything?
                """);
        Instrument i = loadValid("010");
        assertEquals("010", i.version());
        assertEquals("007", i.items().get(0).id());
    }

    @Test
    void wholeNumbersAreDecimalAndOtherSpellingsAreRefusedWhereWritten() {
        site.with(BAD, """
                id: bad
                version: 1
                title: Bad
                kind: survey
                description: Numbers YAML 1.1 reads in other bases.
                scales:
                  ten: {min: 00, max: 010}
                  hex: {min: 1, max: 0x0A}
                  sep: {min: 1, max: 1_0}
                items:
                  - id: first
                    type: rating
                    scale: ten
                    text: Rate it.
                """);
        site.assertProblems(
                problem(BAD, 8, 22, "\"max\" of scale \"hex\" must be a whole number, not text \"0x0A\"",
                        "write a whole number in digits, e.g. \"max: 1\""),
                problem(BAD, 9, 22, "\"max\" of scale \"sep\" must be a whole number, not text \"1_0\"",
                        "write a whole number in digits, e.g. \"max: 1\""));
        assertEquals(10, site.load().content().instrument("bad").scales().get("ten").max(), "010 is ten, not octal eight");
    }

    @Test
    void booleanFieldsTakeTrueOrFalseAndSayWhyYesIsNotOne() {
        site.with(BAD, """
                id: bad
                version: 1
                title: Bad
                kind: survey
                description: Yes is not a boolean here.
                items:
                  - id: first
                    type: text
                    text: Anything?
                    required: yes
                  - id: second
                    type: text
                    text: Anything else?
                    required: False
                  - id: third
                    type: text
                    text: And?
                    required: off
                """);
        site.assertProblems(
                problem(BAD, 10, 15, "\"required\" of item \"first\" must be true or false, not text \"yes\"",
                        "write \"required: true\" or \"required: false\"; yes, no, on and off are read as text"),
                problem(BAD, 18, 15, "\"required\" of item \"third\" must be true or false, not text \"off\"",
                        "write \"required: true\" or \"required: false\"; yes, no, on and off are read as text"));
        assertEquals(false, site.load().content().instrument("bad").items().get(1).required(), "False is a boolean");
    }

    @Test
    void aliasesAreRefusedWhereverTheyAreWritten() {
        site.with(BAD, """
                id: bad
                version: 1
                title: &name Bad
                kind: survey
                description: *name
                items:
                  - &item
                    id: first
                    type: text
                    text: Anything?
                  - id: second
                    type: single
                    text: Pick one.
                    options: [{value: a, label: *name}, {value: b, label: B}]
                  - <<: *item
                    id: third
                """);
        site.assertProblems(
                problem(BAD, 5, 14, "aliases (*name) are not supported; write the text out",
                        "write the value itself here instead of *name"),
                problem(BAD, 14, 33, "aliases (*name) are not supported; write the text out",
                        "write the value itself here instead of *name"),
                // A merge key is an alias too: the item it would have copied has none of its keys.
                problem(BAD, 15, 5, "missing required key \"text\" in item \"third\"", "add \"text: some text\" to item \"third\""),
                problem(BAD, 15, 5, "missing required key \"type\" in item \"third\"",
                        "add \"type: rating\" (one of: rating, single, multiple, check, text, statement)\" to item \"third\""),
                problem(BAD, 15, 5, "unknown key \"<<\" in item \"third\"",
                        "remove it; known keys here: id, type, text, short, required, scale, options, lines, help"),
                problem(BAD, 15, 9, "aliases (*item) are not supported; write the text out",
                        "write the value itself here instead of *item"));
    }

    @Test
    void anchorsWithoutAliasesAreHarmless() {
        site.with(BAD, """
                id: bad
                version: 1
                title: &t Anchored
                kind: survey
                description: An anchor nobody uses.
                items:
                  - id: first
                    type: text
                    text: &q Anything?
                """);
        Instrument i = loadValid("bad");
        assertEquals("Anchored", i.title());
        assertEquals("Anything?", i.items().get(0).text());
    }

    @Test
    void aSecondDocumentIsRefusedAtItsMarker() {
        site.with(BAD, """
                id: bad
                version: 1
                title: Bad
                kind: survey
                description: Two instruments in one file.
                items:
                  - id: first
                    type: text
                    text: Anything?
                ---
                id: other
                """);
        site.with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                nav:
                  - about
                ...
                ---
                title: Forgotten
                """);
        site.assertProblems(
                problem(BAD, 10, 1, "a second YAML document starts here; one instrument per file",
                        "remove the line \"---\" and what follows, or move it into a file of its own"),
                problem("site.yaml", 6, 1, "a second YAML document starts here; a file holds one",
                        "remove the line \"---\" and what follows, or move it into a file of its own"));
    }

    @Test
    void aDocumentStartMarkerAtTheTopIsFine() {
        site.with(BAD, """
                ---
                id: bad
                version: 1
                title: Marked
                kind: survey
                description: A file that opens with ---.
                items:
                  - id: first
                    type: text
                    text: Anything?
                ...
                """);
        assertEquals("Marked", loadValid("bad").title());
    }

    @Test
    void siteTextStaysAsWrittenToo() {
        site.with("site.yaml", """
                title: Yes
                organisation: 1.10
                description: off
                nav:
                  - about
                """);
        ContentLoader.Result result = site.load();
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(List.of("Yes", "1.10", "off"), List.of(result.content().site().title(),
                result.content().site().organisation(), result.content().site().description()));
    }
}
