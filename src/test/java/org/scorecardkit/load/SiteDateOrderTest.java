package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.load.TestSite.problem;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorecardkit.model.DateOrder;

/**
 * site.yaml's optional {@code date_order}: read as dmy or mdy in any case, absent when not said,
 * and any other value reported at its place with the fix.
 */
class SiteDateOrderTest {
    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void copyBase() {
        site = TestSite.copyOfBase(tmp);
    }

    @ParameterizedTest(name = "date_order: {0}")
    @CsvSource({"dmy, DMY", "mdy, MDY", "MDY, MDY", "Dmy, DMY"})
    void readsEitherOrderInAnyCase(String written, DateOrder expected) {
        site.with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                date_order: %s
                """.formatted(written));

        ContentLoader.Result result = site.load();

        assertEquals(java.util.List.of(), result.problems());
        assertEquals(expected, result.content().site().dateOrder());
    }

    @Test
    void absentIsNull() {
        ContentLoader.Result result = site.load();

        assertEquals(java.util.List.of(), result.problems());
        assertNull(result.content().site().dateOrder());
    }

    @Test
    void anotherOrderIsReportedWhereItIsWritten() {
        site.with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                date_order: ymd
                """);
        site.assertProblems(problem("site.yaml", 3, 13, "unknown date order \"ymd\" in site.yaml",
                "use dmy when 5/3/2026 means 5 March, mdy when it means 3 May"));
    }

    @Test
    void aTypoGetsTheNearestOrder() {
        site.with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                date_order: dmyy
                """);
        site.assertProblems(problem("site.yaml", 3, 13, "unknown date order \"dmyy\" in site.yaml",
                "did you mean \"dmy\"? use dmy when 5/3/2026 means 5 March, mdy when it means 3 May"));
    }

    @Test
    void aListIsNotAnOrder() {
        site.with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                date_order: [dmy, mdy]
                """);
        Problem p = site.problems().get(0);

        assertEquals("site.yaml:3:13 \"date_order\" of site.yaml must be text, not a list",
                p.file() + ":" + p.line() + ":" + p.column() + " " + p.message());
    }

    @Test
    void aMistypedKeyIsSuggested() {
        site.with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                date_ordre: dmy
                """);
        Problem p = site.problems().get(0);

        assertEquals("site.yaml:3:1 unknown key \"date_ordre\" in site.yaml", p.file() + ":" + p.line() + ":" + p.column()
                + " " + p.message());
        assertTrue(p.fix().startsWith("did you mean \"date_order\"?"), p.fix());
    }
}
