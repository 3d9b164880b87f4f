package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.RespondentField;
import org.scorecardkit.model.Section;
import org.scorecardkit.model.SiteContent;

/** The standard content's instruments from the seeds: built from content/, their keying templates filled in and tallied, their wording the seed's. */
class SeedContentTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    static Path site;

    static SiteContent content;

    @BeforeAll
    static void build() {
        content = ContentLoader.load(Path.of("content")).content();
        assertEquals(0, Main.run("build", "--content", "content", "--out", site.resolve("site").toString()));
    }

    /** The keying template the build wrote, with the given rows typed in below its header. */
    private Path filled(String id, String... rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(site.resolve("site").resolve(id).resolve("responses.csv")).strip()));
        lines.addAll(List.of(rows));
        return Files.writeString(site.resolve(id + "-returns.csv"), String.join("\r\n", lines) + "\r\n");
    }

    @Test
    void eachNewInstrumentBuildsItsPageSheetsAndFillablePdf() {
        for (String id : List.of("attributes", "bad-news", "complaint")) {
            for (String file : List.of("index.html", id + "-a4.pdf", id + "-letter.pdf", id + "-fillable.pdf", "responses.csv")) {
                assertTrue(Files.isRegularFile(site.resolve("site").resolve(id).resolve(file)), id + "/" + file);
            }
        }
        assertEquals(List.of("skillset", "attributes", "seven-cs", "bad-news", "creed", "nps", "complaint"),
                content.instruments().stream().map(Instrument::id).toList());
    }

    @Test
    void theAttributesTemplateTalliesToTheMeanOfItsRatings() throws IOException {
        // a: all 5 (mean 5); b: 1 2 3 4 5 1 5 = 21 / 7 = 3
        Path returns = filled("attributes", "a,A,2026-01-05,5,5,5,5,5,5,5", "b,A,2026-01-06,1,2,3,4,5,1,5");

        assertEquals(0, Main.run("tally", "attributes", returns.toString(), "--content", "content"), console.err());
        assertTrue(console.out().contains("attributes (version 1): 2 rows read = 2 accepted + 0 rejected"), console.out());
        assertTrue(console.out().contains("Score (mean): n 2, mean 4,"), console.out());
        assertTrue(console.out().contains("bands: Emerging 0 · Growing 1 · Strong 0 · Service Excellence 1"), console.out());
    }

    @Test
    void theBadNewsTemplateTalliesToCoveragePerSection() throws IOException {
        // Before: six yes (100%); During: two partly of eight (1 / 8 = 12.5%)
        Path returns = filled("bad-news", "a,A,2026-01-05,yes,yes,yes,yes,yes,yes,no,no,no,no,partly,partly,no,no");

        assertEquals(0, Main.run("tally", "bad-news", returns.toString(), "--content", "content"), console.err());
        assertTrue(console.out().contains("1 row read = 1 accepted + 0 rejected"), console.out());
        assertTrue(console.out().matches("(?s).*Before\\s+coverage\\s+100%.*"), console.out());
        assertTrue(console.out().matches("(?s).*During\\s+coverage\\s+12\\.5%.*"), console.out());
    }

    @Test
    void theComplaintTemplateTalliesWithTheContactFieldsLeftEmpty() throws IOException {
        Path returns = filled("complaint",
                "a,,,yes,The parcel came late,A refund,Ann,ann@example.org,",
                "b,,,no,Rude on the phone,An apology,,,");

        assertEquals(0, Main.run("tally", "complaint", returns.toString(), "--content", "content"), console.err());
        assertTrue(console.out().contains("complaint (version 1): 2 rows read = 2 accepted + 0 rejected"), console.out());
        assertTrue(console.out().matches("(?s).*contact-name\\s+1\\s.*"), console.out());
        assertTrue(console.out().matches("(?s).*contact-phone\\s+0\\s.*"), console.out());
    }

    @Test
    void theComplaintFormIsForCustomersAndItsContactFieldsAreOptional() {
        Instrument complaint = content.instrument("complaint");
        assertTrue(complaint.delivery().forCustomers());
        assertTrue(complaint.delivery().asks().isEmpty());
        assertTrue(complaint.delivery().thanks() != null && !complaint.delivery().thanks().isBlank());
        for (String id : List.of("contact-name", "contact-email", "contact-phone")) {
            assertTrue(!complaint.item(id).required(), id);
        }
        assertEquals(List.of("yes", "no"), complaint.item("may-we-contact-you").options().stream().map(o -> o.value()).toList());
        assertTrue(content.instrument("nps").delivery().forCustomers());
        assertTrue(content.instrument("attributes").delivery().asks(RespondentField.NAME));
    }

    /**
     * The text with every run of white space (the web page's no-break spaces included) as one space: the words and
     * punctuation must be the seed's, the spacing between them is the page's accident.
     */
    private static String words(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    @Test
    void theAttributesAreTheSeedsWordsVerbatim() throws IOException {
        String seed = words(Files.readString(Path.of("src/test/resources/seeds12/service-excellent-attributes.txt")));
        Instrument attributes = content.instrument("attributes");
        assertEquals(7, attributes.items().size());
        for (Item item : attributes.items()) {
            assertTrue(seed.contains(words(item.text() + " ─ " + item.help())), item.id());
        }
        assertTrue(seed.contains(words(attributes.intro())));
    }

    @Test
    void theBadNewsStepsAreTheSeedsWordsVerbatim() throws IOException {
        String seed = words(Files.readString(Path.of("src/test/resources/seeds12/give-bad-news.txt")));
        Instrument badNews = content.instrument("bad-news");
        assertEquals(List.of("Before", "During"), badNews.sections().stream().map(Section::title).toList());
        for (Section section : badNews.sections()) {
            assertTrue(seed.contains(words(section.description())), section.id());
        }
        assertEquals(14, badNews.items().size());
        for (Item item : badNews.items()) {
            assertTrue(seed.contains(words(item.text())), item.id());
        }
        for (String line : badNews.intro().strip().split("\n")) {
            assertTrue(seed.contains(words(line)), line);
        }
    }
}
