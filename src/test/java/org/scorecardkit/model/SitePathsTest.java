package org.scorecardkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.TestSite;

class SitePathsTest {
    /** The files a site with the pages index and workshop and the instrument skillset is built into. */
    private static final Set<String> OUTPUTS = Set.of("index.html", "workshop.html", "skillset/index.html",
            "assets/style.css", "assets/scorecard.js", "schema/instrument.schema.json", "schema/site.schema.json");

    private static String resolve(String target) {
        return SitePaths.resolve(target, OUTPUTS);
    }

    @Test
    void markdownPageLinksResolveToTheirHtml() {
        assertEquals("workshop.html", resolve("workshop.md"));
        assertEquals("workshop.html", resolve("workshop.html"));
        assertEquals("index.html", resolve("index.md"));
    }

    @Test
    void instrumentLinksResolveToTheFolderIndex() {
        assertEquals("skillset/index.html", resolve("skillset/"));
        assertEquals("skillset/index.html", resolve("skillset"));
        assertEquals("skillset/index.html", resolve("skillset/index.html"));
    }

    @Test
    void fragmentsAndQueriesAreDropped() {
        assertEquals("", resolve("#x"));
        assertEquals("workshop.html", resolve("workshop.md#a"));
        assertEquals("skillset/index.html", resolve("skillset/#top"));
        assertEquals("workshop.html", resolve("workshop.html?print=1"));
    }

    @Test
    void leadingSlashOrDotSlashMeansTheSiteRoot() {
        assertEquals("workshop.html", resolve("/workshop.md"));
        assertEquals("workshop.html", resolve("./workshop.md"));
        assertEquals("index.html", resolve("/"));
    }

    @Test
    void externalLinksAreReturnedUnchanged() {
        assertEquals("https://example.org/a.md", resolve("https://example.org/a.md"));
        assertEquals("http://example.org", resolve("http://example.org"));
        assertEquals("mailto:care@example.org", resolve("mailto:care@example.org"));
        assertTrue(SitePaths.isExternal("//cdn.example.org/x.js"));
        assertFalse(SitePaths.isExternal("workshop.md"));
    }

    @Test
    void anythingElseIsNull() {
        assertNull(resolve("unknown.md"));
        assertNull(resolve("workshop"), "a page is linked as workshop.md or workshop.html, not bare");
        assertNull(resolve("unknown/"));
        assertNull(resolve("../workshop.md"));
        assertNull(resolve("Workshop.md"));
    }

    @Test
    void assetsResolveToThemselves() {
        assertEquals("assets/style.css", resolve("assets/style.css"));
        assertEquals("schema/site.schema.json", resolve("schema/site.schema.json"));
    }

    @Test
    void suffixIsTheFragmentOrQuery() {
        assertEquals("#a", SitePaths.suffix("workshop.md#a"));
        assertEquals("?x=1#b", SitePaths.suffix("workshop.md?x=1#b"));
        assertEquals("", SitePaths.suffix("workshop.md"));
    }

    @Test
    void toRootClimbsOneFolderPerSlash() {
        assertEquals("", SitePaths.toRoot("index.html"));
        assertEquals("", SitePaths.toRoot("workshop.html"));
        assertEquals("../", SitePaths.toRoot("skillset/index.html"));
        assertEquals("../../", SitePaths.toRoot("a/b/c.html"));
    }

    @Test
    void pagesAndInstrumentsHaveTheirPlaces() {
        assertEquals("index.html", SitePaths.page("index"));
        assertEquals("workshop.html", SitePaths.page("workshop"));
        assertEquals("skillset/index.html", SitePaths.instrument("skillset"));
    }

    @Test
    void outputsOfTheBaseFixture() {
        ContentLoader.Result result = ContentLoader.load(TestSite.BASE);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("index.html", "about.html", "one/index.html", "print.html", "trainers.html", "one/responses.csv", "one/responses.xlsx",
                        "one/one-a4.pdf", "one/one-a4.geometry.json", "one/one-letter.pdf", "one/one-letter.geometry.json",
                        "one/one-fillable.pdf", "assets/base.css", "assets/pages.css", "assets/form.css", "assets/scorecard.js",
                        "schema/instrument.schema.json", "schema/site.schema.json"),
                List.copyOf(SitePaths.outputs(result.content())));
    }
}
