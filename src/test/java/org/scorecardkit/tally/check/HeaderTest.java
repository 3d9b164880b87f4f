package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.ColumnMap;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.SiteContent;

/**
 * A file's header read against the instrument as people and survey tools write it: ids, numbers
 * and wordings, meta aliases and which of them counts, ignored columns, the column map, and the
 * two columns for one item that make a header unreadable.
 */
class HeaderTest {
    static Instrument skillset;
    static Instrument sevenCs;
    static Instrument nps;
    static Instrument twins;

    @BeforeAll
    static void load() {
        SiteContent content = ok(ContentLoader.load(Path.of("content")));
        skillset = content.instrument("skillset");
        sevenCs = content.instrument("seven-cs");
        nps = content.instrument("nps");
        twins = ok(ContentLoader.load(Path.of("src/test/resources/tally/columns"))).instrument("twins");
    }

    private static SiteContent ok(ContentLoader.Result r) {
        assertEquals(List.of(), r.problems());
        return r.content();
    }

    private static Header header(Instrument instrument, String... names) {
        return Header.of(new Layout(instrument), List.of(names));
    }

    private static Header header(Instrument instrument, Map<String, String> map, String... names) {
        Map<String, String> keyed = new LinkedHashMap<>();
        map.forEach((k, v) -> keyed.put(ColumnMap.key(k), v));
        return Header.of(new Layout(instrument, new ColumnMap(keyed)), List.of(names));
    }

    /** The slot an item id has in the layout. */
    private static int slot(Instrument instrument, String id) {
        int i = new Layout(instrument).index(id);
        assertEquals(true, i >= 0, id);
        return i;
    }

    private static int slotOf(Instrument instrument, String header) {
        return new Layout(instrument).slotOfHeader(header);
    }

    @Test
    void aScansResponsesCsvReadsItsSheetAndSerialColumnsWithoutWarningOfThem() {
        Header h = header(nps, "respondent", "group", "date", "recommend", "reason", "sheet", "serial");

        assertArrayEquals(new int[] {Layout.RESPONDENT, Layout.GROUP, Layout.DATE, slot(nps, "recommend"),
                slot(nps, "reason"), Layout.UNKNOWN, Layout.UNKNOWN}, h.slots());
        assertNull(h.problem());
        assertEquals(List.of(), h.ignored());
    }

    @Test
    void caseSpacesBomNonBreakingSpacesAndOrderAreForgiven() {
        Header h = header(nps, "\uFEFFReason", "  RECOMMEND\u00A0", " Respondent ", "\u00A0Date", "group");

        assertArrayEquals(new int[] {slot(nps, "reason"), slot(nps, "recommend"), Layout.RESPONDENT, Layout.DATE,
                Layout.GROUP}, h.slots());
        assertEquals(List.of("Reason", "RECOMMEND", "Respondent", "Date", "group"), h.names());
        assertNull(h.problem());
        assertEquals(List.of(), h.ignored());
    }

    @Test
    void innerRunsOfWhitespaceInAWordingAreOneSpace() {
        assertEquals(slot(skillset, "handling-conflict"),
                slotOf(skillset, "I am\u00A0 confident  that I\thandle\nconflict well."));
    }

    @Test
    void anItemIsNamedByItsNumberOnTheSheetInEveryUsualForm() {
        Item seventh = skillset.answeredItems().get(6);
        assertEquals(7, skillset.number(seventh));
        int expected = slot(skillset, seventh.id());
        for (String name : List.of("7", "Q7", "q7", "q 7", "7.", "#7", "# 7", "Item 7", "item7", "Question 7", "Q07", " 7) ")) {
            assertEquals(expected, slotOf(skillset, name), name);
        }
        assertEquals(Layout.UNKNOWN, slotOf(skillset, "13"));
        assertEquals(Layout.UNKNOWN, slotOf(skillset, "Q0"));
        assertEquals(Layout.UNKNOWN, slotOf(skillset, "Q7b"));
    }

    /** Numbers count answered items across sections: the checklist's 7th is the first of its second C. */
    @Test
    void numbersCountAcrossSections() {
        assertEquals(slot(sevenCs, "flexible-policies"), slotOf(sevenCs, "Q7"));
        assertEquals(slot(nps, "reason"), slotOf(nps, "2"));
    }

    /** The header row of the skillset as a Google Form collecting email addresses exports it. */
    @Test
    void aGoogleFormsExportOfTheSkillsetIsReadWhole() {
        List<String> names = new ArrayList<>(List.of("Timestamp", "Email Address"));
        skillset.answeredItems().forEach(i -> names.add(i.text()));

        Header h = Header.of(new Layout(skillset), names);

        assertNull(h.problem());
        assertEquals(List.of(), h.ignored());
        assertEquals(Layout.DATE, h.slots()[0]);
        assertEquals(Layout.RESPONDENT, h.slots()[1]);
        for (int n = 1; n <= 12; n++) {
            assertEquals(slot(skillset, skillset.answeredItems().get(n - 1).id()), h.slots()[n + 1], names.get(n + 1));
        }
    }

    /** Microsoft Forms: ID, Start time, Completion time, Email, Name, Last modified time, then the questions. */
    @Test
    void aMicrosoftFormsExportKeepsTheFirstAliasAndListsTheRest() {
        List<String> names = new ArrayList<>(List.of("ID", "Start time", "Completion time", "Email", "Name", "Last modified time"));
        skillset.answeredItems().forEach(i -> names.add(i.text()));

        Header h = Header.of(new Layout(skillset), names);

        assertNull(h.problem());
        assertEquals(Layout.RESPONDENT, h.slots()[0]);
        assertEquals(Layout.DATE, h.slots()[1]);
        assertEquals(List.of("Completion time", "Email", "Name", "Last modified time"), h.ignored());
        for (int c = 2; c <= 5; c++) {
            assertEquals(Layout.UNKNOWN, h.slots()[c], names.get(c));
        }
        assertEquals(slot(skillset, "open-to-improvement"), h.slots()[17]);
    }

    @Test
    void aWordingForgivesCaseQuotesTrailingPunctuationAndTheRequiredMark() {
        int models = slot(skillset, "service-models-and-processes");
        // The instrument writes "organisation’s" with a curly apostrophe and ends with a full stop.
        for (String name : List.of("I know & use my organisation's service models and processes well",
                "i know & use my ORGANISATION’S service models and processes well.",
                "I know & use my organisation‘s service models and processes well?",
                "I know & use my organisation's service models and processes well *",
                "I know & use my organisation's service models and processes well:  ")) {
            assertEquals(models, slotOf(skillset, name), name);
        }
        assertEquals(slot(nps, "recommend"),
                slotOf(nps, "How likely is it that you would recommend us to a friend or colleague"));
        assertEquals(Layout.UNKNOWN, slotOf(skillset, "I know and use my organisation's service models and processes well"));
    }

    @Test
    void aWordingMayCarryTheFormsNumbering() {
        int listening = slot(skillset, "listening-skills");
        for (String name : List.of("8. I feel I use listening skills well.", "8) I feel I use listening skills well",
                "Q8. I feel I use listening skills well.", "Q8 - I feel I use listening skills well.",
                "Q8: I feel I use listening skills well", "Q8 I feel I use listening skills well", "8 – I feel I use listening skills well")) {
            assertEquals(listening, slotOf(skillset, name), name);
        }
    }

    /** Microsoft Forms joins a Likert row to its title with a full stop; a quiz's points columns are no answers. */
    @Test
    void aLikertRowAfterItsTitleIsTheItemButPointsAndFeedbackAreNot() {
        assertEquals(slot(skillset, "listening-skills"), slotOf(skillset, "Rate yourself.I feel I use listening skills well."));
        assertEquals(Layout.UNKNOWN, slotOf(skillset, "Points - I feel I use listening skills well."));
        assertEquals(Layout.UNKNOWN, slotOf(skillset, "Feedback - I feel I use listening skills well."));
        // A wording must start at a word: "uncaring" does not name "Caring".
        assertEquals(Layout.UNKNOWN, slotOf(sevenCs, "Uncaring"));
    }

    @Test
    void aGridRowNamesItsItemByWordingIdOrNumber() {
        assertEquals(slot(sevenCs, "caring"), slotOf(sevenCs, "Caring Attitude [Caring]"));
        assertEquals(slot(sevenCs, "show-empathy"), slotOf(sevenCs, "Caring Attitude [care/show empathy]"));
        assertEquals(slot(sevenCs, "friendly"), slotOf(sevenCs, "Caring Attitude [friendly]"));
        assertEquals(slot(sevenCs, "helpful"), slotOf(sevenCs, "The 7 Cs [3]"));
        assertEquals(slot(sevenCs, "know-the-relationship"), slotOf(sevenCs, "2. Customized Practices "
                + "[Ability of the organization at all key contact points to know and understand the customer's relationship with us]"));
    }

    /** When two sections ask alike, the grid's title says which section; without it the column is ignored. */
    @Test
    void rowsThatReadAlikeAreToldApartByTheirSectionTitle() {
        assertEquals(slot(twins, "desk-friendly"), slotOf(twins, "Front desk [Friendly]"));
        assertEquals(slot(twins, "phone-friendly"), slotOf(twins, "On the phone [Friendly]"));
        assertEquals(slot(twins, "phone-helpful"), slotOf(twins, "2. On the phone [Helpful]"));
        assertEquals(Layout.UNKNOWN, slotOf(twins, "Friendly"));
        assertEquals(Layout.UNKNOWN, slotOf(twins, "Somewhere [Friendly]"));
    }

    @Test
    void anItemIdBeatsAnAliasButNotAnExactMetaName() {
        assertEquals(slot(twins, "team"), slotOf(twins, "Team"));
        assertEquals(Layout.GROUP, slotOf(twins, "Group"));
        assertEquals(Layout.GROUP, slotOf(nps, "Team"));
    }

    @Test
    void everyMetaAliasNamesItsSlot() {
        for (String name : List.of("name", "Your Name", "Full name", "email", "Email Address", "E-mail", "participant",
                "ID", "Respondent ID", "respondent_id")) {
            assertEquals(Layout.RESPONDENT, slotOf(nps, name), name);
        }
        for (String name : List.of("team", "Cohort", "Department")) {
            assertEquals(Layout.GROUP, slotOf(nps, name), name);
        }
        for (String name : List.of("Timestamp", "Start time", "Completion time", "Submitted at", "submitted", "created_at",
                "Created at", "Date submitted")) {
            assertEquals(Layout.DATE, slotOf(nps, name), name);
        }
        assertEquals(Layout.INSTRUMENT, slotOf(nps, "Instrument"));
        assertEquals(Layout.VERSION, slotOf(nps, "version"));
    }

    @Test
    void aColumnNamedExactlyWinsOverItsAliasesWhereverItStands() {
        Header h = header(nps, "Email", "Name", "Timestamp", "respondent", "recommend", "date", "Team", "Department");

        assertNull(h.problem());
        assertArrayEquals(new int[] {Layout.UNKNOWN, Layout.UNKNOWN, Layout.UNKNOWN, Layout.RESPONDENT,
                slot(nps, "recommend"), Layout.DATE, Layout.GROUP, Layout.UNKNOWN}, h.slots());
        assertEquals(List.of("Email", "Name", "Timestamp", "Department"), h.ignored());
    }

    @Test
    void aTotalOrScoreColumnHasItsOwnSlotAndTotalWinsOverScore() {
        assertEquals(Layout.TOTAL, slotOf(skillset, "Total"));
        assertEquals(Layout.TOTAL, slotOf(skillset, "score"));
        assertEquals(Layout.TOTAL, slotOf(skillset, "Total Score"));

        Header h = header(skillset, "Score", "importance-of-service", "TOTAL");
        assertNull(h.problem());
        assertArrayEquals(new int[] {Layout.UNKNOWN, slot(skillset, "importance-of-service"), Layout.TOTAL}, h.slots());
        assertEquals(List.of("Score"), h.ignored());
    }

    /** The site's own forms post _gotcha and form-name, which are known; hosted services add their own: none rejects a row. */
    @Test
    void unknownColumnsAreIgnoredAndListedInOrder() {
        Header h = header(nps, "_gotcha", "recommend", "form-name", "", "colour", "  ", "reason");

        assertNull(h.problem());
        assertArrayEquals(new int[] {Layout.HONEYPOT, slot(nps, "recommend"), Layout.FORM_NAME, Layout.UNKNOWN,
                Layout.UNKNOWN, Layout.UNKNOWN, slot(nps, "reason")}, h.slots());
        assertEquals(List.of("colour"), h.ignored());
        assertEquals("(column 4)", h.name(3));
        assertEquals("form-name", h.name(2));
    }

    @Test
    void anIdAndItsNumberAreTwoColumnsForOneItem() {
        Header h = header(skillset, "respondent", "listening-skills", "Q8");

        assertNotNull(h.problem());
        assertEquals(Reason.UNKNOWN_COLUMN, h.problem().reason());
        assertEquals("columns \"listening-skills\" (column 2) and \"Q8\" (column 3) both give item listening-skills"
                + " (number 8 on the sheet): every row of this file is rejected; rename one of them, or map one to"
                + " ignore with --columns, e.g. \"Q8\": ignore", h.problem().message());
    }

    @Test
    void aWordingAndAnIdOfOneItemClashToo() {
        Header h = header(nps, "recommend", "How likely is it that you would recommend us to a friend or colleague?");

        assertNotNull(h.problem());
        assertEquals(true, h.problem().message().startsWith("columns \"recommend\" (column 1) and \"How likely is it"),
                h.problem().message());
    }

    @Test
    void twoColumnsNamedRespondentClashButTwoAliasesDoNot() {
        Header h = header(nps, "respondent", "recommend", "Respondent ");

        assertEquals("columns \"respondent\" (column 1) and \"Respondent\" (column 3) both give the respondent:"
                + " every row of this file is rejected; rename or delete one of the columns \"respondent\"", h.problem().message());
        assertNull(header(nps, "Email", "recommend", "email").problem());
        assertEquals(List.of("email"), header(nps, "Email", "recommend", "email").ignored());
    }

    @Test
    void everyClashIsNamedInOneProblem() {
        Header h = header(nps, "date", "recommend", "1", "Date", "reason", "Q2");

        assertEquals("columns \"date\" (column 1) and \"Date\" (column 4) both give the date; columns \"recommend\""
                + " (column 2) and \"1\" (column 3) both give item recommend (number 1 on the sheet); columns \"reason\""
                + " (column 5) and \"Q2\" (column 6) both give item reason (number 2 on the sheet): every row of this file"
                + " is rejected; rename or delete one of the columns \"date\"; rename one of them, or map one to ignore"
                + " with --columns, e.g. \"1\": ignore; rename one of them, or map one to ignore with --columns,"
                + " e.g. \"Q2\": ignore", h.problem().message());
    }

    @Test
    void theColumnMapDecidesFirst() {
        Map<String, String> map = Map.of("Wie heißt du?", "respondent", "Frage 7", "handling-conflict",
                "Zeitstempel", "date", "Q8", "open-to-improvement", "Team", "ignore");

        Header h = header(skillset, map, "Zeitstempel", "wie  heißt du?", "frage 7", "Q8", "Team", "Bemerkung");

        assertNull(h.problem());
        assertArrayEquals(new int[] {Layout.DATE, Layout.RESPONDENT, slot(skillset, "handling-conflict"),
                slot(skillset, "open-to-improvement"), Layout.UNKNOWN, Layout.UNKNOWN}, h.slots());
        // The map said to ignore Team: only the column nobody named is listed.
        assertEquals(List.of("Bemerkung"), h.ignored());
    }

    @Test
    void aMappedMetaColumnBeatsAliasesButClashesWithAnExactName() {
        Map<String, String> map = Map.of("Wer", "respondent", "Punkte", "total");

        Header aliases = header(nps, map, "Email", "Wer", "recommend", "Score", "Punkte");
        assertNull(aliases.problem());
        assertArrayEquals(new int[] {Layout.UNKNOWN, Layout.RESPONDENT, slot(nps, "recommend"), Layout.UNKNOWN,
                Layout.TOTAL}, aliases.slots());
        assertEquals(List.of("Email", "Score"), aliases.ignored());

        Header exact = header(nps, map, "respondent", "Wer", "recommend");
        assertEquals("columns \"respondent\" (column 1) and \"Wer\" (column 2) both give the respondent: every row of"
                + " this file is rejected; map \"Wer\" to something else (or ignore) in --columns, or rename the column"
                + " \"respondent\"", exact.problem().message());
    }

    @Test
    void aMappedItemAndTheSameItemByNameClash() {
        Header h = header(nps, Map.of("Frage 1", "recommend"), "Frage 1", "recommend");

        assertEquals(true, h.problem().message().startsWith("columns \"Frage 1\" (column 1) and \"recommend\" (column 2)"
                + " both give item recommend"), h.problem().message());
    }

    @Test
    void aMapToAnIdTheInstrumentLacksIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Layout(nps, new ColumnMap(Map.of("frage", "listening-skills"))));
    }

    /** Headers of any length are compared; a long one that names nothing is ignored, a long wording found. */
    @Test
    void longHeadersAreComparedWhole() {
        String noise = String.join(". ", Collections.nCopies(2_000, "Q7 - what")) + " [8]x";
        assertEquals(Layout.UNKNOWN, slotOf(skillset, noise));
        String longTitle = "Rate yourself " + "very ".repeat(300) + "honestly.I feel I use listening skills well.";
        assertEquals(slot(skillset, "listening-skills"), slotOf(skillset, longTitle));
        String know = sevenCs.item("know-the-relationship").text();
        assertEquals(true, know.length() > 100);
        assertEquals(slot(sevenCs, "know-the-relationship"), slotOf(sevenCs, "Q12. " + know.toUpperCase() + " *"));
    }

    /** JSON and PDF rows name their cells exactly, as before: no aliases, no wordings. */
    @Test
    void namedRowsKeepTheirExactNames() {
        Layout layout = new Layout(nps);
        assertEquals(slot(nps, "recommend"), layout.slotOfName("answers.recommend"));
        assertEquals(Layout.RESPONDENT, layout.slotOfName("respondent"));
        assertEquals(Layout.UNKNOWN, layout.slotOfName("Respondent"));
        assertEquals(Layout.UNKNOWN, layout.slotOfName("email"));
        assertEquals(Layout.UNKNOWN, layout.slotOfName("recommend"));
    }

    @Test
    void aReaderCanTellAMetaHeaderWithoutTheInstrument() {
        assertEquals(Layout.DATE, Layout.metaSlotOfHeader(" Timestamp"));
        assertEquals(Layout.RESPONDENT, Layout.metaSlotOfHeader("Email Address"));
        assertEquals(Layout.UNKNOWN, Layout.metaSlotOfHeader("recommend"));
    }
}
