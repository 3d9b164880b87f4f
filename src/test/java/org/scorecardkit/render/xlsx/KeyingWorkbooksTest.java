package org.scorecardkit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.render.SourceDate;
import org.scorecardkit.render.csv.KeyingTemplates;
import org.scorecardkit.tally.TallyFixtures;

/** The Excel keying templates: the tally's header, drop-downs of the allowed answers, the questions verbatim, same bytes every build. */
class KeyingWorkbooksTest {
    @TempDir
    Path dir;

    @Test
    void everyRespondingInstrumentGetsAWorkbookWithTheCsvTemplatesHeader() throws Exception {
        SiteContent content = ContentLoader.load(Path.of("content")).content();
        new KeyingTemplates().render(content, dir);

        List<String> written = new KeyingWorkbooks().render(content, dir);

        assertEquals(List.of("attributes/responses.xlsx", "bad-news/responses.xlsx", "complaint/responses.xlsx",
                        "nps/responses.xlsx", "seven-cs/responses.xlsx", "skillset/responses.xlsx"),
                written.stream().sorted().toList(), "the creed is a poster: no template");
        for (String id : List.of("attributes", "bad-news", "complaint", "nps", "seven-cs", "skillset")) {
            List<List<String>> rows = sheet(dir.resolve(id + "/responses.xlsx"), KeyingWorkbook.RESPONSES);
            assertEquals(1, rows.size(), id + ": the header row and no data rows");
            assertEquals(Files.readString(dir.resolve(id + "/responses.csv")).strip(), String.join(",", rows.get(0)), id);
        }
    }

    @Test
    void theQuestionsSheetGivesEveryColumnsNumberWordingAndAllowedValues() throws Exception {
        SiteContent content = ContentLoader.load(Path.of("content")).content();
        new KeyingWorkbooks().render(content, dir);

        for (String id : List.of("attributes", "bad-news", "complaint", "nps", "seven-cs", "skillset")) {
            Instrument instrument = content.instrument(id);
            List<List<String>> rows = sheet(dir.resolve(id + "/responses.xlsx"), KeyingWorkbook.QUESTIONS);
            assertEquals(List.of("Column", "Number", "Question", "Allowed values", "How to fill in"), rows.get(0));
            assertEquals(instrument.columns(), rows.stream().skip(1).map(r -> r.get(0)).toList(), id + ": one row per column, in order");
            for (List<String> row : rows.subList(1, rows.size())) {
                Item item = instrument.item(row.get(0));
                assertEquals(String.valueOf(instrument.number(item)), row.get(1), row.get(0));
                assertEquals(item.text(), row.get(2), row.get(0) + ": the instrument's own wording");
            }
        }
        List<List<String>> skillset = sheet(dir.resolve("skillset/responses.xlsx"), KeyingWorkbook.QUESTIONS);
        assertEquals(List.of("importance-of-service", "1",
                        "I realise the importance of service to the success of the organisation.",
                        "1 = not currently part of my skill set\n2\n3\n4\n5 = a strong part of my skill set at present",
                        "Pick the number marked, 1 to 5, from the list; leave the cell empty if none is."),
                skillset.get(1));
    }

    @Test
    void itemColumnsOfferTheirAllowedValuesAndFreeAnswersNone() throws Exception {
        new KeyingWorkbooks().render(TallyFixtures.content(), dir);
        String sheet = entry(dir.resolve("pulse/responses.xlsx"), "xl/worksheets/sheet1.xml");

        // respondent A, group B, date C, energy D (rating 1-4), channel E (single), tools F (multiple), followed-up G (check), comment H (text)
        assertEquals(Map.of("D2:D1001", "\"1,2,3,4\"", "E2:E1001", "\"chat,email\"", "G2:G1001", "\"yes,partly,no\""),
                validations(sheet));
        assertTrue(sheet.contains("errorStyle=\"stop\""), sheet);
        assertTrue(sheet.contains("error=\"Pick one of yes, partly, no from the list"), sheet);
        assertFalse(Files.exists(dir.resolve("wall/responses.xlsx")), "a poster has no responses");
    }

    @Test
    void aZeroToTenScaleOffersElevenValues() throws Exception {
        new KeyingWorkbooks().render(ContentLoader.load(Path.of("content")).content(), dir);
        String sheet = entry(dir.resolve("nps/responses.xlsx"), "xl/worksheets/sheet1.xml");

        assertEquals(Map.of("D2:D1001", "\"0,1,2,3,4,5,6,7,8,9,10\""), validations(sheet), "recommend, and nothing on the reason");
    }

    @Test
    void theHeaderIsFrozenAndBoldAndTheDateColumnIsADate() throws Exception {
        new KeyingWorkbooks().render(TallyFixtures.content(), dir);
        Path xlsx = dir.resolve("pulse/responses.xlsx");
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        String styles = entry(xlsx, "xl/styles.xml");

        assertTrue(sheet.contains("<pane xSplit=\"0\" ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"), sheet);
        Matcher dateCol = Pattern.compile("<col min=\"3\" max=\"3\"[^>]* style=\"(\\d+)\"/>").matcher(sheet);
        assertTrue(dateCol.find(), "the date column carries a style: " + sheet);
        Matcher format = Pattern.compile("<numFmt numFmtId=\"(\\d+)\" formatCode=\"yyyy-mm-dd\"/>").matcher(styles);
        assertTrue(format.find(), styles);
        List<String> xfs = cellFormats(styles);
        assertTrue(xfs.get(Integer.parseInt(dateCol.group(1))).contains("numFmtId=\"" + format.group(1) + "\""), xfs.toString());
        Matcher header = Pattern.compile("<c r=\"A1\" s=\"(\\d+)\"").matcher(sheet);
        assertTrue(header.find(), sheet);
        Matcher fontId = Pattern.compile("fontId=\"(\\d+)\"").matcher(xfs.get(Integer.parseInt(header.group(1))));
        assertTrue(fontId.find(), xfs.toString());
        List<String> fonts = List.of(styles.substring(styles.indexOf("<fonts"), styles.indexOf("</fonts>")).split("<font>"));
        assertTrue(fonts.get(Integer.parseInt(fontId.group(1)) + 1).contains("<b/>"), "the header's font is bold: " + fonts);
        assertFalse(sheet.contains("<row r=\"2\""), "no data rows are written");
    }

    @Test
    void theSameContentBuildsTheSameBytesInAnyTimeZone() throws Exception {
        Instrument pulse = TallyFixtures.instrument("pulse");
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            KeyingWorkbooks.write(pulse, dir.resolve("a.xlsx"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            KeyingWorkbooks.write(pulse, dir.resolve("b.xlsx"));
        } finally {
            TimeZone.setDefault(zone);
        }

        assertArrayEquals(Files.readAllBytes(dir.resolve("a.xlsx")), Files.readAllBytes(dir.resolve("b.xlsx")));
        Instant built = SourceDate.instant();
        assertTrue(entry(dir.resolve("a.xlsx"), StableZip.CORE).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + built
                + "</dcterms:created>"), "the build time, not the clock");
        // Zip times count in two-second steps.
        LocalDateTime local = LocalDateTime.ofInstant(built, ZoneOffset.UTC);
        LocalDateTime expected = local.withSecond(local.getSecond() / 2 * 2).withNano(0);
        try (ZipFile z = new ZipFile(dir.resolve("a.xlsx").toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                assertEquals(expected, e.getTimeLocal(), e.getName());
            }
        }
    }

    @Test
    void theGivenBuildTimeIsRecordedAndOneBefore1980IsWrittenAsTheFirstZipTime() throws Exception {
        Instrument pulse = TallyFixtures.instrument("pulse");
        KeyingWorkbooks.write(pulse, dir.resolve("later.xlsx"));
        KeyingWorkbooks.write(pulse, dir.resolve("early.xlsx"));

        StableZip.rewrite(dir.resolve("later.xlsx"), Instant.parse("2030-05-06T07:08:10Z"));
        StableZip.rewrite(dir.resolve("early.xlsx"), Instant.EPOCH);

        assertTrue(entry(dir.resolve("later.xlsx"), StableZip.CORE).contains(">2030-05-06T07:08:10Z</dcterms:created>"));
        assertEquals(LocalDateTime.of(2030, 5, 6, 7, 8, 10), firstEntryTime(dir.resolve("later.xlsx")));
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), firstEntryTime(dir.resolve("early.xlsx")));
    }

    @Test
    void markupInTheWordingStaysVerbatimAndATooLongListIsLeftToTheQuestionsSheet() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("instruments"));
        Files.writeString(content.resolve("site.yaml"), "title: Wide\norganisation: Acme\ndescription: A wide form.\n");
        StringBuilder yaml = new StringBuilder("""
                id: wide
                version: 1
                title: Wide
                kind: survey
                description: Many long options.
                scales:
                  agree: {min: 1, max: 3}
                items:
                  - id: care
                    type: rating
                    scale: agree
                    text: 'Service & "care" <always> matter'
                  - id: office
                    type: single
                    text: Which office?
                    options:
                """);
        for (int i = 1; i <= 12; i++) {
            yaml.append("      - {value: regional-office-number-").append(i).append("-of-the-company, label: Office ").append(i).append("}\n");
        }
        Files.writeString(content.resolve("instruments/wide.yaml"), yaml);
        ContentLoader.Result loaded = ContentLoader.load(content);
        assertEquals(List.of(), loaded.problems());

        new KeyingWorkbooks().render(loaded.content(), dir);
        Path xlsx = dir.resolve("wide/responses.xlsx");

        assertEquals(Map.of("D2:D1001", "\"1,2,3\""), validations(entry(xlsx, "xl/worksheets/sheet1.xml")),
                "a list over Excel's 255 characters would break the file: no drop-down on office");
        List<List<String>> questions = sheet(xlsx, KeyingWorkbook.QUESTIONS);
        assertEquals("Service & \"care\" <always> matter", questions.get(1).get(2));
        assertTrue(questions.get(2).get(3).contains("regional-office-number-12-of-the-company = Office 12"), questions.get(2).get(3));
        String comments = entry(xlsx, "xl/comments1.xml");
        org.w3c.dom.Document parsed = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(comments.getBytes(StandardCharsets.UTF_8)));
        assertEquals("1. Service & \"care\" <always> matter", parsed.getElementsByTagName("t").item(0).getTextContent(),
                "the header's comment: " + comments);
    }

    private static LocalDateTime firstEntryTime(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return z.entries().nextElement().getTimeLocal();
        }
    }

    /** Every row of a sheet as strings, cells in order. */
    static List<List<String>> sheet(Path xlsx, String name) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : wb.findSheet(name).orElseThrow().read()) {
                rows.add(row.stream().map(c -> c == null ? "" : text(c)).toList());
            }
            return rows;
        }
    }

    private static String text(Cell c) {
        String raw = c.getRawValue();
        return raw == null ? "" : c.getText();
    }

    static String entry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in " + zip);
    }

    /** Each list validation's cells and its list formula. */
    private static Map<String, String> validations(String sheetXml) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<dataValidation sqref=\"([^\"]+)\" type=\"list\"[^>]*><formula1>([^<]*)</formula1>").matcher(sheetXml);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        assertEquals(out.size(), sheetXml.split("<dataValidation ", -1).length - 1, "every validation is a list: " + sheetXml);
        return out;
    }

    private static List<String> cellFormats(String styles) {
        String xfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<xf [^>]*>").matcher(xfs);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
