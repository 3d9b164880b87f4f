package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Suggest.distance("title", "title"));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        assertEquals(3, Suggest.distance("", "abc"));
        assertEquals(3, Suggest.distance("abc", ""));
        assertEquals(1, Suggest.distance("ratng", "rating"));
        assertEquals(2, Suggest.distance("titel", "title"), "a swap of neighbours costs two edits");
    }

    @Test
    void distanceIsSymmetric() {
        assertEquals(Suggest.distance("self-assesment", "self-assessment"),
                Suggest.distance("self-assessment", "self-assesment"));
    }

    @Test
    void nearestFindsTheMisspeltKey() {
        assertEquals("title", Suggest.nearest("titel", Keys.INSTRUMENT));
        assertEquals("description", Suggest.nearest("descripton", Keys.INSTRUMENT));
        assertEquals("self-assessment", Suggest.nearest("self-assesment",
                List.of("self-assessment", "checklist", "nps", "poster", "survey")));
    }

    @Test
    void nearestIgnoresCaseButReturnsTheCandidateAsWritten() {
        assertEquals("title", Suggest.nearest("TITLE", Keys.INSTRUMENT));
        assertEquals("Workshop", Suggest.nearest("workshop", List.of("Workshop", "index")));
    }

    @Test
    void nearestGivesNothingWhenNoCandidateIsClose() {
        assertNull(Suggest.nearest("colour", Keys.ITEM));
        assertNull(Suggest.nearest("workshop.md", List.of("index.md", "about.md", "one/")));
        assertNull(Suggest.nearest("anything", List.of()));
    }

    @Test
    void allowedEditsGrowWithTheWordLength() {
        // At least 2 edits, or a third of the word's length.
        assertEquals("abcdefghi", Suggest.nearest("abcxyzghi", List.of("abcdefghi")));
        assertNull(Suggest.nearest("abcxyzgh", List.of("abcdefgh")));
    }

    @Test
    void firstOfEquallyNearCandidatesWins() {
        assertEquals("cat", Suggest.nearest("bat", List.of("cat", "hat")));
        assertEquals("hat", Suggest.nearest("bat", List.of("hat", "cat")));
    }
}
