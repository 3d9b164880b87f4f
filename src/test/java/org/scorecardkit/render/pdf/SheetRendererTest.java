package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorecardkit.render.pdf.SheetPdfs.content;
import static org.scorecardkit.render.pdf.SheetPdfs.squash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.TestSite;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Paper;
import org.scorecardkit.render.pdf.Participants.Participant;

/** Printable sheets read back: wording in order, header, paper sizes, pagination, batches. */
class SheetRendererTest {
    @TempDir
    Path tmp;

    static Instrument standard(String id) {
        return content(SheetPdfs.STANDARD).instrument(id);
    }

    static byte[] blank(Instrument instrument, Paper paper) {
        return SheetRenderer.blank(SheetLayout.layout(instrument, paper));
    }

    /** Asserts that each text occurs in the haystack after the one before it. */
    static void assertInOrder(String haystack, List<String> texts) {
        int at = 0;
        for (String t : texts) {
            int found = haystack.indexOf(squash(t), at);
            assertTrue(found >= 0, "\"" + t + "\" is missing, or out of order, in: " + haystack);
            at = found + squash(t).length();
        }
    }

    @Test
    void everyItemOfEveryStandardSheetIsPrintedInOrder() throws Exception {
        for (String id : List.of("skillset", "seven-cs", "nps")) {
            Instrument instrument = standard(id);
            for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
                try (PDDocument doc = SheetPdfs.open(blank(instrument, paper))) {
                    List<String> expected = new ArrayList<>();
                    for (Item item : instrument.answeredItems()) {
                        expected.add(instrument.number(item) + ". " + item.text());
                    }
                    assertInOrder(SheetPdfs.text(doc), expected);
                }
            }
        }
    }

    @Test
    void sheetsHaveTheSizeOfTheirPaper() throws Exception {
        try (PDDocument a4 = SheetPdfs.open(blank(standard("seven-cs"), Paper.A4));
             PDDocument letter = SheetPdfs.open(blank(standard("seven-cs"), Paper.LETTER))) {
            for (int p = 0; p < a4.getNumberOfPages(); p++) {
                assertEquals(595.28f, a4.getPage(p).getMediaBox().getWidth(), 0.01f);
                assertEquals(841.89f, a4.getPage(p).getMediaBox().getHeight(), 0.01f);
            }
            for (int p = 0; p < letter.getNumberOfPages(); p++) {
                assertEquals(PDRectangle.LETTER.getWidth(), letter.getPage(p).getMediaBox().getWidth(), 0.01f);
                assertEquals(PDRectangle.LETTER.getHeight(), letter.getPage(p).getMediaBox().getHeight(), 0.01f);
            }
        }
    }

    @Test
    void theSelfAssessmentHasItsHeaderLegendAndSelfScoringBox() throws Exception {
        try (PDDocument doc = SheetPdfs.open(blank(standard("skillset"), Paper.A4))) {
            assertEquals(1, doc.getNumberOfPages(), "the skillset fits one A4 page");
            assertInOrder(SheetPdfs.text(doc), List.of("Customer Care Skillset for Pros", "Self-assessment · version 1",
                    "Name", "Group", "Date", "Rate each statement from 1 to 5 for how you work today",
                    "Scale 1–5: 1 = not currently part of my skill set · 5 = a strong part of my skill set at present",
                    "1. I realise the importance", "12. I am open to the subject",
                    "Your score", "Add up the numbers you filled.", "Total",
                    "12–23 Getting started", "24–35 Developing", "36–47 Established", "48–60 Strong",
                    "Page 1 of 1"));
        }
    }

    @Test
    void theChecklistShowsEachCAsABlockWithYesPartlyNoColumns() throws Exception {
        Instrument sevenCs = standard("seven-cs");
        try (PDDocument doc = SheetPdfs.open(blank(sevenCs, Paper.A4))) {
            String text = SheetPdfs.text(doc);
            List<String> expected = new ArrayList<>();
            sevenCs.sections().forEach(s -> {
                // The section's score box sits on its title line, its lead-in above the column heads.
                expected.add(s.title() + " Score of " + s.items().size() + " = %");
                if (s.description() != null) {
                    expected.add(s.description());
                }
                expected.add("Yes Partly No");
                s.items().forEach(i -> expected.add(i.text()));
            });
            assertInOrder(text, expected);
        }
    }

    @Test
    void aLongInstrumentBreaksBetweenItemsRepeatsItsHeaderAndStaysInsideThePage() throws IOException {
        Instrument longOne = LongFixture.instrument(tmp);
        for (Paper paper : List.of(Paper.A4, Paper.LETTER)) {
            Geometry.Sheet sheet = SheetLayout.layout(longOne, paper);
            try (PDDocument doc = SheetPdfs.open(SheetRenderer.blank(sheet))) {
                int n = doc.getNumberOfPages();
                assertTrue(n >= 4, "40 long items need several pages, got " + n);
                List<String> pages = SheetPdfs.pages(doc);
                for (int p = 2; p <= n; p++) {
                    assertTrue(pages.get(p - 1).matches("A Very Long Questionnaire About Working [^.]*… Page " + p + " of " + n
                            + " \\(continued\\) Part \\d of the questionnaire.*"), pages.get(p - 1));
                }
                for (Item item : longOne.answeredItems()) {
                    String text = squash(instrumentNumber(longOne, item) + item.text());
                    long on = pages.stream().filter(t -> t.contains(text)).count();
                    assertEquals(1, on, "item " + item.id() + " is printed whole on exactly one page");
                }
                for (SheetPdfs.Glyph g : SheetPdfs.glyphs(doc)) {
                    assertTrue(g.left() >= SheetLayout.MARGIN - 0.5f && g.right() <= sheet.width() - SheetLayout.MARGIN + 0.5f,
                            "\"" + g.text() + "\" on page " + g.page() + " at x " + g.left() + "–" + g.right());
                    assertTrue(g.baseline() >= SheetLayout.FOOTER_Y - 0.5f && g.baseline() <= sheet.height() - SheetLayout.MARGIN,
                            "\"" + g.text() + "\" on page " + g.page() + " at baseline " + g.baseline());
                }
            }
        }
    }

    private static String instrumentNumber(Instrument instrument, Item item) {
        return instrument.number(item) + ". ";
    }

    @Test
    void aBatchPrintsOneSheetPerParticipantWithTheirNameAndSerial() throws IOException {
        Instrument sevenCs = standard("seven-cs");
        Geometry.Sheet sheet = SheetLayout.layout(sevenCs, Paper.LETTER);
        int perSheet = sheet.pages().size();
        List<Participant> people = List.of(new Participant("Zoë Łukasiewicz", "Team Α"),
                new Participant("Дмитрий Иванов", ""), new Participant("Ann O’Neill", "Night shift"));
        Path out = tmp.resolve("batch.pdf");

        int pages = SheetRenderer.batch(sheet, people, out);

        assertEquals(3 * perSheet, pages);
        try (PDDocument doc = SheetPdfs.open(Files.readAllBytes(out))) {
            assertEquals(3 * perSheet, doc.getNumberOfPages());
            for (int s = 0; s < 3; s++) {
                Participant p = people.get(s);
                String first = SheetPdfs.text(doc, s * perSheet + 1, s * perSheet + 1);
                assertTrue(first.contains(p.name()), first);
                assertTrue(first.contains(p.group()), first);
                String last = SheetPdfs.text(doc, (s + 1) * perSheet, (s + 1) * perSheet);
                assertTrue(last.contains(p.group().isEmpty() ? p.name() : p.name() + " · " + p.group()), last);
                for (Participant other : people) {
                    if (other != p) {
                        assertTrue(!SheetPdfs.text(doc, s * perSheet + 1, (s + 1) * perSheet).contains(other.name()));
                    }
                }
                for (int k : List.of(1, perSheet)) {
                    String qr = SheetPdfs.qr(SheetPdfs.raster(doc, s * perSheet + k - 1), sheet.height(), sheet.pages().get(k - 1).qr());
                    assertEquals("SCK1|seven-cs|1|" + k + "|00000" + (s + 1), qr);
                }
            }
        }
    }

    @Test
    void aNameTooLongForItsLineIsMadeSmallerAndShortenedNeverOverflowing() throws IOException {
        // The skillset asks its participants' names (a customer's NPS sheet has no name line).
        Geometry.Sheet sheet = SheetLayout.layout(standard("skillset"), Paper.A4);
        String longName = "Maximiliane Alexandra Konstantinopoulou-Wittelsbach von und zu Hohenzollern-Sigmaringen";
        Path out = tmp.resolve("long.pdf");
        SheetRenderer.batch(sheet, List.of(new Participant(longName, "")), out);
        Geometry.Slot name = sheet.pages().get(0).slots().stream()
                .filter(s -> s.field().equals(Geometry.Slot.RESPONDENT)).findFirst().orElseThrow();
        try (PDDocument doc = SheetPdfs.open(Files.readAllBytes(out))) {
            assertTrue(SheetPdfs.text(doc).contains("Maximiliane Alexandra"));
            for (SheetPdfs.Glyph g : SheetPdfs.glyphs(doc)) {
                if (Math.abs(g.baseline() - (name.y() + 2f)) < 0.2f && g.left() >= name.x()) {
                    assertTrue(g.right() <= name.x() + name.w() + 0.5f, "\"" + g.text() + "\" ends at " + g.right());
                }
            }
        }
    }

    @Test
    void theSameSheetRendersToTheSameBytes() throws Exception {
        Instrument skillset = standard("skillset");
        assertArrayEquals(blank(skillset, Paper.A4), blank(skillset, Paper.A4));
    }

    @Test
    void everyItemTypeOfTheFixtureIsPrinted() throws Exception {
        Instrument pulse = content(SheetPdfs.BASIC).instrument("pulse");
        try (PDDocument doc = SheetPdfs.open(blank(pulse, Paper.A4))) {
            assertInOrder(SheetPdfs.text(doc), List.of("Answer for the last four weeks.", "Mood",
                    "1. I have energy for my work.", "2. Where do you hear news first?", "Team chat", "Email",
                    "Work Yes Partly No", "3. Which tools help?", "The wiki", "The board", "The bot",
                    "4. Issues are followed up.", "5. Anything else?", "Source: Our own questions."));
        }
    }

    /** Uses TestSite's base fixture to keep the long instrument valid content. */
    static final class LongFixture {
        static Instrument instrument(Path tmp) {
            StringBuilder yaml = new StringBuilder("""
                    id: long
                    version: 2
                    title: A Very Long Questionnaire About Working Together, Written To Test How Sheets Break Across Pages
                    kind: survey
                    description: Forty long items.
                    instructions: |
                      Answer every statement. This instruction is long on purpose so that it wraps over more than one line of the page.
                    scales:
                      agree:
                        min: 1
                        max: 5
                        labels: {1: disagree, 5: agree}
                    sections:
                    """);
            for (int s = 1; s <= 4; s++) {
                yaml.append("  - id: part-").append(s).append("\n    title: Part ").append(s)
                        .append(" of the questionnaire, with a title long enough to need some room\n    items:\n");
                for (int i = 1; i <= 10; i++) {
                    int n = (s - 1) * 10 + i;
                    String type = n % 10 == 0 ? "text" : n % 7 == 0 ? "check" : n % 9 == 0 ? "single" : "rating";
                    yaml.append("      - id: item-").append(n).append("\n        type: ").append(type)
                            .append("\n        text: \"Statement ").append(n).append(": ")
                            .append("when we work together across teams and sites we share what we know early, ".repeat(1 + n % 3))
                            .append("and we say so when something is unclear.\"\n");
                    if (type.equals("text")) {
                        yaml.append("        lines: ").append(4 + n % 5).append('\n');
                    }
                    if (type.equals("single")) {
                        yaml.append("        options:\n          - {value: often, label: \"Often, nearly every week of the year\"}\n")
                                .append("          - {value: rarely, label: Rarely}\n          - {value: never, label: Never}\n");
                    }
                }
            }
            TestSite site = TestSite.copyOfBase(tmp).with("instruments/long.yaml", yaml.toString());
            assertEquals(List.of(), site.problems());
            return site.load().content().instrument("long");
        }
    }
}
