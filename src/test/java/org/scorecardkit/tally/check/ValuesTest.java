package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.read.CellBatch;
import org.scorecardkit.tally.read.ResponseFiles;

/**
 * Answer cells as people and form services write them, read on the real instruments (skillset,
 * nps, seven-cs from content/; pulse and wordy from the test content for choices): each form of
 * each item type gives its code, and each cell that can't be read gives code 0 and one problem
 * that says what the column takes. Cells go through a real CSV file, so they are trimmed and
 * unquoted as in a tally.
 */
class ValuesTest {
    private static final SiteContent CONTENT = load(Path.of("content"));
    private static final SiteContent WORDS = load(Path.of("src/test/resources/tally/values"));
    private static final String SKILL = "importance-of-service";
    private static final String STRONG = "a strong part of my skill set at present";
    private static final String NOT_CURRENTLY = "not currently part of my skill set";

    @TempDir
    Path dir;

    /** A cell's code and its problem as "reason-key: message", or null when it has none. */
    record Read(int code, String problem) {
        static Read ok(int code) {
            return new Read(code, null);
        }
    }

    @Test
    void aRatingIsAWholeNumberAsSpreadsheetsWriteIt() {
        assertEquals(List.of(4, 4, 4, 4, 4, 4, 4, 1, 5), codes(skillset(), SKILL,
                " 4 ", "4", "+4", "4.0", "4,0", "4.00", "04", "1", "5"));
    }

    @Test
    void aRatingMayBeItsPointsLabelInAnyCaseAndSpacing() {
        assertEquals(List.of(5, 5, 1, 5, 5), codes(skillset(), SKILL,
                STRONG, "A Strong  Part of my skill\tset AT PRESENT", "Not currently part of my skill set ",
                "a\u00A0strong part of my skill set at present", "  " + STRONG + "  "));
    }

    /** Google and Microsoft Forms write a choice's text, which authors often start with the point's number. */
    @Test
    void aRatingMayBeItsNumberFollowedByItsLabel() {
        assertEquals(List.of(5, 5, 5, 5, 5, 5, 5, 5, 5, 1, 1), codes(skillset(), SKILL,
                "5 - " + STRONG, "5 – " + STRONG, "5 — " + STRONG, "5 (" + STRONG + ")", "5(" + STRONG + ")",
                "5: " + STRONG, "5 = " + STRONG, "5. " + STRONG, "5 " + STRONG, "1-" + NOT_CURRENTLY,
                "1 - Not Currently Part Of My Skill Set"));
    }

    @Test
    void theNpsScaleReadsItsEndLabelsFromZero() {
        Instrument nps = CONTENT.instrument("nps");
        assertEquals(List.of(11, 11, 1, 1, 1, 10), codes(nps, "recommend",
                "Extremely likely", "10 - extremely likely", "not at all likely", "0 (Not at all likely)", "0", "9.0"));
    }

    @Test
    void aScaleBelowZeroReadsSignedNumbersWithTheirLabels() {
        Instrument wordy = WORDS.instrument("wordy");
        assertEquals(List.of(1, 1, 3, 5, 4, 4, 2), codes(wordy, "view",
                "-2", "-2 - strongly disagree", "Neither agree nor disagree", "strongly agree", "+1 agree", "1", "-1 disagree"));
    }

    @Test
    void aRatingThatIsNoWholePointOfTheScaleIsNoAnswerAndSaysWhatTheScaleTakes() {
        String labels = "write a whole number from 1 to 5, or a point's label (1 = " + NOT_CURRENTLY + ", 5 = " + STRONG + ")";
        String unreadable = "not-a-number: not a number on the scale of item " + SKILL + ": " + labels;
        String notWhole = "not-a-number: not a whole number: item " + SKILL
                + " is rated in whole points from 1 to 5, so write the point that was marked";
        assertEquals(List.of(
                new Read(0, notWhole),
                new Read(0, "outside-scale: outside the scale of item " + SKILL + ": write a whole number from 1 to 5"),
                new Read(0, "outside-scale: outside the scale of item " + SKILL + ": write a whole number from 1 to 5"),
                new Read(0, unreadable),
                new Read(0, "not-a-number: the number and the label disagree on item " + SKILL + ": \"" + STRONG
                        + "\" is point 5, not 1, so write the point that was marked"),
                new Read(0, unreadable), new Read(0, unreadable), new Read(0, unreadable), new Read(0, unreadable),
                new Read(0, unreadable), new Read(0, notWhole), new Read(0, notWhole)),
                read(skillset(), SKILL, "3.5", "6", "-0", "four", "1 - " + STRONG, "5 - somewhat", "3-4",
                        "4 (maybe 5)", "5" + STRONG, "4.0.0", "4,5", "2.50"));
    }

    @Test
    void aLabelTwoPointsShareSaysNeitherPoint() {
        assertEquals(List.of(
                new Read(0, "not-a-number: the label belongs to several points of item unsure: write the point's number"),
                Read.ok(2)), read(WORDS.instrument("wordy"), "unsure", "It depends", "2"));
    }

    @Test
    void aSingleChoiceIsAnOptionsValueOrLabel() {
        assertEquals(List.of(1, 1, 1, 1, 2, 2), codes(TallyFixtures.instrument("pulse"), "channel",
                "chat", "CHAT", "Team chat", " team   CHAT ", "email", "Email"));
        assertEquals(List.of(new Read(0, "unknown-choice: not an option of item channel: write an option's value or label"
                + " (chat = Team chat, email = Email)")), read(TallyFixtures.instrument("pulse"), "channel", "fax"));
    }

    @Test
    void aLabelTwoOptionsShareSaysNeitherButTheirValuesDo() {
        assertEquals(List.of(Read.ok(1), Read.ok(3), Read.ok(2),
                new Read(0, "unknown-choice: the label belongs to several options of item size: write the option's value"
                        + " (s = Small, m = Medium, xs = Small)")),
                read(WORDS.instrument("wordy"), "size", "s", "XS", "medium", "Small"));
    }

    @Test
    void aCheckAnswerIsYesPartlyOrNoHoweverItIsSpelled() {
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), codes(sevenCs(), "caring",
                "yes", "Yes", "YES", "y", "Y", "true", "✓", "✔", "☑", "√"));
        assertEquals(List.of(2, 2, 2, 2), codes(sevenCs(), "caring", "partly", "Partly", "p", "P"));
        assertEquals(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), codes(sevenCs(), "caring",
                "no", "No", "n", "N", "FALSE", "x", "X", "✗", "✘", "✖"));
    }

    @Test
    void aCheckAnswerThatIsNoneOfThemSaysWhatToWrite() {
        String none = "unknown-choice: not an answer to checklist item caring: write yes, partly or no"
                + " (also Y, P, N, or ✓ for yes and x for no)";
        String numbers = "unknown-choice: numbers are not read for checklist item caring, since 1 means yes in some sheets"
                + " and partly in others: write yes, partly or no";
        assertEquals(List.of(new Read(0, none), new Read(0, none),
                new Read(0, numbers), new Read(0, numbers), new Read(0, numbers),
                new Read(0, "unknown-choice: an empty box says nothing was marked for checklist item caring: write no if that"
                        + " is the answer, or leave the cell empty"),
                new Read(0, "unknown-choice: a boxed cross means ticked to some and crossed out to others: write yes or no"
                        + " for checklist item caring")),
                read(sevenCs(), "caring", "maybe", "yes please", "1", "0", "0.5", "☐", "☒"));
    }

    @Test
    void aMultipleChoiceJoinsValuesOrLabelsWithSemicolonsOrTheCommasOfGoogleForms() {
        assertEquals(List.of(3, 3, 5, 5, 5, 7, 2, 1), codes(TallyFixtures.instrument("pulse"), "tools",
                "wiki;board", "The wiki, The board", "wiki, bot", "The Wiki;  the bot ", "wiki;;bot", "bot,board,wiki",
                "board;board", "wiki ,"));
    }

    @Test
    void aCommaJoinsNothingWhenAnOptionsLabelHoldsOne() {
        Instrument wordy = WORDS.instrument("wordy");
        assertEquals(List.of(Read.ok(3), Read.ok(1), new Read(0, "unknown-choice: not an option of item lunch: write options'"
                        + " values or labels joined with ; (soup = Soup, hot, salad = Salad, bread = Bread)")),
                read(wordy, "lunch", "Soup, hot; salad", "soup, hot", "soup, salad"));
    }

    @Test
    void aMultipleChoiceWithOneUnknownAnswerNamesThatAnswer() {
        Instrument pulse = TallyFixtures.instrument("pulse");
        String options = "write options' values or labels joined with ; or ,"
                + " (wiki = The wiki, board = The board, bot = The bot)";
        assertEquals(List.of(
                new Read(0, "unknown-choice: one of the answers, \"pigeon\", is not an option of item tools: " + options),
                new Read(0, "unknown-choice: one of the answers, \"Other: a pigeon\", is not an option of item tools: " + options),
                new Read(0, "unknown-choice: not an option of item tools: " + options)),
                read(pulse, "tools", "wiki;pigeon", "The wiki, Other: a pigeon", "pigeon"));
    }

    @Test
    void aBlankCellIsNoAnswerWithoutAProblem() {
        assertEquals(List.of(Read.ok(0), Read.ok(0)), read(skillset(), SKILL, " ", "\u00A0"));
        assertEquals(List.of(Read.ok(0)), read(sevenCs(), "caring", "  "));
    }

    /** The same answers once as digits and once as a form service and people write them: the same figures. */
    @Test
    void aSkillsetWrittenInWordsTalliesToTheFiguresOfItsDigits() {
        String[][] forms = {{}, {"1", "1 (" + NOT_CURRENTLY + ")", NOT_CURRENTLY.toUpperCase(java.util.Locale.ROOT)},
            {"2", " 2 ", "+2"}, {"3", "3.0", "3,0"}, {"4", "4,00", "04"}, {"5", "5 - " + STRONG, "5 – " + STRONG, STRONG}};
        assertSameFigures(skillset(), (row, item) -> (row * 7 + item * 3) % 5 + 1, forms);
    }

    @Test
    void aChecklistWrittenInMarksTalliesToTheFiguresOfYesPartlyAndNo() {
        String[][] forms = {{}, {"yes", "Y", "✓", "true", "Yes"}, {"partly", "P", "Partly "}, {"no", "N", "x", "✗", "FALSE"}};
        assertSameFigures(sevenCs(), (row, item) -> (row * 5 + item) % 3 + 1, forms);
    }

    /**
     * Tallies 12 rows of every item of {@code instrument} twice: each answer code as its first
     * form, then as one of its other forms in turn; the words must give the digits' figures.
     */
    private void assertSameFigures(Instrument instrument, java.util.function.IntBinaryOperator code, String[][] forms) {
        String header = "respondent,group,date," + String.join(",", instrument.columns()) + "\r\n";
        StringBuilder plain = new StringBuilder(header);
        StringBuilder words = new StringBuilder(header);
        int turn = 0;
        for (int row = 0; row < 12; row++) {
            plain.append("r").append(row).append(",,");
            words.append("r").append(row).append(",,");
            for (int item = 0; item < instrument.columns().size(); item++) {
                String[] f = forms[code.applyAsInt(row, item)];
                plain.append(",\"").append(f[0]).append('"');
                words.append(",\"").append(f[1 + turn++ % (f.length - 1)]).append('"');
            }
            plain.append("\r\n");
            words.append("\r\n");
        }
        TallyFixtures.Run digits = TallyFixtures.tally(instrument, TallyFixtures.file(dir, "plain.csv", plain.toString()));
        TallyFixtures.Run written = TallyFixtures.tally(instrument, TallyFixtures.file(dir, "words.csv", words.toString()));

        assertEquals(instrument.columns().size(), digits.json().path("items").size());
        assertEquals(List.of(), written.rejects());
        assertEquals(12, written.json().path("rows").path("accepted").asInt());
        assertEquals(digits.json().path("items"), written.json().path("items"));
        assertEquals(digits.json().path("score"), written.json().path("score"));
    }

    private static Instrument skillset() {
        return CONTENT.instrument("skillset");
    }

    private static Instrument sevenCs() {
        return CONTENT.instrument("seven-cs");
    }

    private List<Integer> codes(Instrument instrument, String item, String... cells) {
        List<Read> reads = read(instrument, item, cells);
        reads.stream().filter(r -> r.problem() != null).findFirst().ifPresent(r -> {
            throw new AssertionError("a cell was not read: " + r.problem() + " in " + reads);
        });
        return reads.stream().map(Read::code).toList();
    }

    /** Each cell as the only cell of its row of a CSV file, read and decoded as the tally does. */
    private List<Read> read(Instrument instrument, String item, String... cells) {
        Layout layout = new Layout(instrument);
        Layout.Column col = layout.column(layout.index(item));
        Values values = new Values(layout);
        List<Read> reads = new ArrayList<>();
        ResponseFiles.read(csv(item, cells), 0, new CellBatch(), b -> {
            for (int r = 0; b.kind() != CellBatch.Kind.HEADER && r < b.rows(); r++) {
                Row row = new Row(layout.size());
                RowDecoder.Problems problems = new RowDecoder.Problems();
                values.decode(b, b.firstCell(r), col, row, problems);
                Header.Problem p = problems.first();
                reads.add(new Read(row.codes[col.index()], p == null ? null : p.reason().key() + ": " + p.message()));
            }
            return new CellBatch();
        });
        assertEquals(cells.length, reads.size(), "rows read");
        return reads;
    }

    private Path csv(String item, String... cells) {
        StringBuilder text = new StringBuilder(item).append("\r\n");
        for (String cell : cells) {
            text.append('"').append(cell.replace("\"", "\"\"")).append("\"\r\n");
        }
        try {
            return Files.writeString(dir.resolve("cells.csv"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SiteContent load(Path content) {
        ContentLoader.Result r = ContentLoader.load(content);
        if (!r.ok()) {
            throw new IllegalStateException(content + " is invalid: " + r.problems());
        }
        return r.content();
    }
}
