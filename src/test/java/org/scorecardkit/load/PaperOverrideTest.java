package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Paper;

/** The loader's warning for an instrument whose own print paper overrides the site's paper. */
class PaperOverrideTest {
    @TempDir
    Path tmp;

    private static final String SITE_LETTER = """
            title: Test Site
            organisation: Test Organisation
            paper: letter
            nav:
              - about
            """;

    private static final String TWO = """
            id: two
            version: 1
            title: Two
            kind: checklist
            description: A checklist on paper of its own.
            items:
              - id: done
                type: check
                text: Done.
            scoring:
              method: coverage
            print:
              orientation: portrait
              paper: a4
            """;

    @Test
    void anInstrumentPaperOtherThanTheSitesIsKeptAndWarnedOfAtItsValue() {
        ContentLoader.Result result = TestSite.copyOfBase(tmp).with("site.yaml", SITE_LETTER)
                .with("instruments/two.yaml", TWO).load();

        assertTrue(result.ok(), result.problems().toString());
        assertEquals(Paper.A4, result.content().instrument("two").print().paper(), "the instrument keeps its paper");
        assertEquals(List.of(new Problem("instruments/two.yaml", 14, 10,
                "print paper a4 overrides the site's paper letter (site.yaml) for this instrument's fillable PDF and printed sheets",
                "delete \"paper: a4\" under \"print:\" to follow the site, or keep it if this instrument must print on A4")),
                result.warnings());
    }

    @Test
    void theSamePaperAsTheSiteOrNoneIsNoWarning() {
        assertEquals(List.of(), TestSite.copyOfBase(tmp.resolve("a4")).with("instruments/two.yaml", TWO).load().warnings(),
                "a4 on an a4 site (the default) overrides nothing");
        assertEquals(List.of(), TestSite.copyOfBase(tmp.resolve("letter")).with("site.yaml", SITE_LETTER).load().warnings(),
                "an instrument without print paper follows the site");
    }

    @Test
    void theShippedContentFollowsTheSitesPaper() {
        ContentLoader.Result result = ContentLoader.load(Path.of("content"));
        assertEquals(List.of(), result.warnings().stream().filter(w -> w.message().startsWith("print paper")).toList());
        result.content().instruments().forEach(i -> assertEquals(null, i.print().paper(), i.id()));
    }
}
