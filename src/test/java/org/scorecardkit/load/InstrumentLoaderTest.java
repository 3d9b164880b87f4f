package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.model.Instrument;

/** Loading site.yaml and one instrument for a tally: the same instrument as the full load, its problems located, the rest ignored. */
class InstrumentLoaderTest {
    @TempDir
    Path tmp;

    /** The project's own NPS instrument under another id (written as given, e.g. quoted). */
    private static String nps(String id) {
        try {
            return Files.readString(Path.of("content/instruments/nps.yaml")).replace("\nid: nps\n", "\nid: " + id + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String printed(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    @Test
    void everyInstrumentOfTheProjectsContentIsTheSameRecordAsTheFullLoadGives() {
        Path content = Path.of("content");
        ContentLoader.Result full = ContentLoader.load(content);
        assertTrue(full.ok(), printed(full.problems()));
        assertFalse(full.content().instruments().isEmpty());
        for (Instrument expected : full.content().instruments()) {
            InstrumentLoader.Result one = InstrumentLoader.load(content, expected.id());
            assertEquals(List.of(), one.problems(), expected.id());
            assertEquals(expected, one.instrument(), expected.id());
            assertEquals(full.content().site(), one.site(), expected.id());
        }
    }

    @Test
    void aMistakeInTheInstrumentIsReportedAtItsPlaceAsTheFullLoadReportsIt() {
        TestSite site = TestSite.copyOfBase(tmp).with("instruments/one.yaml", """
                id: one
                version: 1
                title: One
                kind: self-assessment
                description: A misspelt item type.
                items:
                  - id: first
                    type: ratng
                    text: First statement.
                """);

        List<Problem> problems = InstrumentLoader.load(site.dir(), "one").problems();

        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("instruments/one.yaml") && p.line() == 8 && p.column() == 11
                && p.message().contains("ratng")), printed(problems));
        List<Problem> fromFull = site.problems().stream().filter(p -> p.file().equals("instruments/one.yaml")).toList();
        assertEquals(printed(fromFull), printed(problems));
    }

    @Test
    void aYamlSyntaxErrorInTheInstrumentAskedForIsReportedWithItsPlace() {
        TestSite site = TestSite.copyOfBase(tmp).with("instruments/survey.yaml", "id: team\nversion: 1\ntitle: [unclosed\n");

        InstrumentLoader.Result loaded = InstrumentLoader.load(site.dir(), "team");

        assertNull(loaded.instrument());
        assertEquals(1, loaded.problems().size(), printed(loaded.problems()));
        Problem p = loaded.problems().get(0);
        assertEquals("instruments/survey.yaml", p.file());
        assertTrue(p.line() >= 3, p.format());
    }

    @Test
    void brokenPagesOtherInstrumentsAndLinksDoNotStopLoadingTheOneAskedFor() {
        TestSite site = TestSite.copyOfBase(tmp)
                .with("pages/about.md", "# About\n\n[broken](nowhere.md) and [bad](javascript:alert(1))\n")
                .with("instruments/other.yaml", "id: other\nversion: [\n")
                .with("instruments/third.yaml", "id: third\nkind: nonsense\n")
                .with("instruments/nps.yaml", nps("nps").replace("Thank you for taking", "See [the missing page](missing.md). Thank you for taking"));
        assertFalse(site.load().ok(), "the full load (validate, build) still refuses this content");

        InstrumentLoader.Result loaded = InstrumentLoader.load(site.dir(), "nps");

        assertEquals("", printed(loaded.problems()));
        assertEquals("nps", loaded.instrument().id());
        assertEquals(List.of(), loaded.respondingIds());
    }

    @Test
    void anUnknownIdGivesTheIdsOfTheInstrumentsWithResponsesInTheSitesOrder() {
        TestSite site = TestSite.copyOfBase(tmp)
                .with("site.yaml", "title: Test Site\norganisation: Test Organisation\nnav:\n  - about\ninstruments:\n  - zeta\n  - one\n")
                .with("instruments/a-poster.yaml", "id: wall\nversion: 1\nkind: poster\ntitle: Wall\ndescription: Words.\n"
                        + "items:\n  - id: s\n    type: statement\n    text: Be kind.\n")
                .with("instruments/z.yaml", nps("'zeta'"));

        InstrumentLoader.Result unknown = InstrumentLoader.load(site.dir(), "nope");
        InstrumentLoader.Result poster = InstrumentLoader.load(site.dir(), "wall");

        assertEquals("", printed(unknown.problems()));
        assertNull(unknown.instrument());
        assertEquals(List.of("zeta", "one"), unknown.respondingIds());
        assertEquals("wall", poster.instrument().id());
        assertEquals(List.of("zeta", "one"), poster.respondingIds());
        assertEquals("zeta", InstrumentLoader.load(site.dir(), "zeta").instrument().id(), "a quoted id in a file of another name");
    }

    @Test
    void siteYamlIsCheckedInFullAgainstTheIdsAndPagesThereAre() {
        TestSite site = TestSite.copyOfBase(tmp).with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                date_order: ymd
                nav:
                  - abuot
                instruments:
                  - onr
                """);

        InstrumentLoader.Result loaded = InstrumentLoader.load(site.dir(), "one");

        assertEquals(printed(site.problems()), printed(loaded.problems()));
        assertEquals(List.of(3, 5, 7), loaded.problems().stream().map(Problem::line).toList(), printed(loaded.problems()));
        assertTrue(loaded.problems().get(2).fix().contains("did you mean \"one\"?"), printed(loaded.problems()));
    }

    @Test
    void theSiteYamlDateOrderComesWithTheInstrument() {
        TestSite site = TestSite.copyOfBase(tmp).with("site.yaml", "title: T\norganisation: O\nnav:\n  - about\ndate_order: DMY\n");

        assertEquals(DateOrder.of("dmy"), InstrumentLoader.load(site.dir(), "one").site().dateOrder());
    }

    @Test
    void aSecondFileWithTheSameIdOrAPageOfItsNameIsReportedAsTheFullLoadReportsIt() {
        TestSite site = TestSite.copyOfBase(tmp)
                .with("instruments/two.yaml", nps("one"))
                .with("pages/one.md", "# One\n");

        InstrumentLoader.Result loaded = InstrumentLoader.load(site.dir(), "one");

        List<Problem> fromFull = site.problems().stream().filter(p -> p.message().contains("\"one\"")).toList();
        assertEquals(3, fromFull.size(), printed(site.problems()));
        assertEquals(printed(fromFull), printed(loaded.problems()));
        assertEquals("instruments/one.yaml", loaded.instrument().sourceFile());
    }

    @Test
    void aMissingFolderOrAnEmptyInstrumentFileIsReportedAsTheFullLoadReportsIt() {
        Path missing = tmp.resolve("nothing");
        assertEquals(printed(ContentLoader.load(missing).problems()), printed(InstrumentLoader.load(missing, "one").problems()));

        TestSite site = TestSite.copyOfBase(tmp).with("instruments/one.yaml", "");
        List<Problem> ofTheFile = site.problems().stream().filter(p -> p.file().equals("instruments/one.yaml")).toList();
        assertEquals(1, ofTheFile.size(), printed(site.problems()));
        assertEquals(printed(ofTheFile), printed(InstrumentLoader.load(site.dir(), "one").problems()));
    }
}
