package org.scorecardkit.tally.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.Section;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.aggregate.Breakdown;

/**
 * The findings at the top of the report, against an independent computation from the fixture files in
 * src/test/resources/report: the items ranked from the CSV itself, labelled by number and wording.
 */
class FindingsTest {
    private static final Path DIR = Path.of("src/test/resources/report");
    private static SiteContent content;

    private static synchronized Instrument shipped(String id) {
        if (content == null) {
            content = ContentLoader.load(Path.of("content")).content();
        }
        return content.instrument(id);
    }

    private static ReportView view(Instrument instrument, Breakdown by, String file) {
        return ReportViews.of(TallyFixtures.tally(instrument, by, DIR.resolve(file)).result().summary());
    }

    /** The CSV's columns after respondent, group and date, with every row's values. */
    private static Map<String, List<String>> columns(String file) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(file));
        String[] header = lines.get(0).split(",");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int c = 3; c < header.length; c++) {
            List<String> values = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                values.add(line.split(",", -1)[c]);
            }
            out.put(header[c], values);
        }
        return out;
    }

    @Test
    void aSelfAssessmentNamesItsThreeStrongestAndThreeLowestItemsInTheirWords() throws IOException {
        Instrument skillset = shipped("skillset");
        Map<String, Double> means = new LinkedHashMap<>();
        columns("skillset-30.csv").forEach((id, values) -> means.put(id, values.stream().mapToInt(Integer::parseInt).average().orElseThrow()));
        List<String> ranked = means.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> skillset.number(skillset.item(e.getKey())) + ". " + skillset.item(e.getKey()).text()
                        + " \u2014 mean " + String.format(java.util.Locale.ROOT, "%.2f", e.getValue()) + " of 5").toList();

        List<ReportView.Finding> findings = view(skillset, null, "skillset-30.csv").findings();

        assertEquals("Where the group is strongest", findings.get(0).title());
        assertEquals(ranked.subList(0, 3), findings.get(0).points());
        assertEquals("Where the group could grow", findings.get(1).title());
        assertEquals(List.of(ranked.get(11), ranked.get(10), ranked.get(9)), findings.get(1).points(), "the lowest first");
        assertEquals("The scores", findings.get(2).title());
        double meanTotal = means.values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(findings.get(2).points().get(0).startsWith("Mean score " + String.format(java.util.Locale.ROOT, "%.2f", meanTotal)
                + " on a range of 12\u201360, from 30 respondents"), findings.get(2).points().toString());
    }

    @Test
    void theSevenCsNameTheirStrongestAndWeakestCAndWhereTheGroupsDifferMost() throws IOException {
        Instrument sevenCs = shipped("seven-cs");
        Map<String, List<String>> columns = columns("seven-cs-24.csv");
        Map<String, Double> coverage = new LinkedHashMap<>();
        for (Section section : sevenCs.sections()) {
            double sum = 0;
            int n = columns.values().iterator().next().size();
            for (int r = 0; r < n; r++) {
                double credit = 0;
                for (Item item : section.items()) {
                    String v = columns.get(item.id()).get(r);
                    credit += v.equals("yes") ? 1 : v.equals("partly") ? 0.5 : 0;
                }
                sum += 100 * credit / section.items().size();
            }
            coverage.put(section.title(), sum / n);
        }
        Map.Entry<String, Double> best = coverage.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        Map.Entry<String, Double> worst = coverage.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();

        List<ReportView.Finding> findings = view(sevenCs, Breakdown.GROUP, "seven-cs-24.csv").findings();

        assertEquals("The strongest C", findings.get(0).title());
        assertEquals(best.getKey() + ": " + String.format(java.util.Locale.ROOT, "%.1f%%", best.getValue()) + " coverage (n 24)",
                findings.get(0).points().get(0));
        assertEquals("The weakest C", findings.get(1).title());
        assertEquals(worst.getKey() + ": " + String.format(java.util.Locale.ROOT, "%.1f%%", worst.getValue()) + " coverage (n 24)",
                findings.get(1).points().get(0));
        assertEquals("Where the groups differ most", findings.get(2).title());
    }

    @Test
    void anNpsStatesItsScoreAsAWholeNumberAndTheGroupsAtEitherEnd() throws IOException {
        List<String> answers = columns("nps-40.csv").get("recommend");
        long promoters = answers.stream().mapToInt(Integer::parseInt).filter(a -> a >= 9).count();
        long detractors = answers.stream().mapToInt(Integer::parseInt).filter(a -> a <= 6).count();
        assertEquals(7.5, 100.0 * (promoters - detractors) / answers.size(), "15 promoters and 12 detractors of 40");

        List<ReportView.Finding> findings = view(shipped("nps"), Breakdown.GROUP, "nps-40.csv").findings();

        assertTrue(findings.get(0).points().get(0).matches("NPS 8 \\(95% interval \u2212?\\d+ to \u2212?\\d+\\), from 40 respondents\\."),
                findings.get(0).points().get(0));
        assertEquals(List.of("15 promoters (37.5%), 13 passives (32.5%), 12 detractors (30.0%)."), findings.get(1).points());
        assertEquals(List.of("Highest NPS: North, 40 (n 15).", "Lowest NPS: South, \u221223 (n 13).",
                "No group's NPS differs from the rest by more than chance would explain."), findings.get(2).points(),
                "no group's difference from the rest is clear of zero, so the ends are named with that caution");
    }

    @Test
    void aGroupWhoseDifferenceFromTheRestIsClearOfZeroIsNamedWithItsInterval(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        // East: 20 promoters (NPS 100); West: 10 promoters, 10 detractors (NPS 0); the rest of East is West.
        // Adjusted Wald: East n' 23, p'P 20.75/23, p'D 0.75/23; West-as-rest n' 23, p'P 10.75/23, p'D 10.75/23.
        // East' = 0.8696, V' = 0.9348 - 0.7561 = 0.1787; rest' = 0, V' = 0.9348; se = sqrt(0.1787/23 + 0.9348/23) = 0.2200;
        // difference 100 points, interval 100 * (0.8696 +- 1.96 * 0.2200) = 43.8 to 130.1: clear of zero.
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        for (int i = 0; i < 20; i++) {
            csv.append("e").append(i).append(",East,,10,\n");
            csv.append("w").append(i).append(",West,,").append(i % 2 == 0 ? 10 : 0).append(",\n");
        }
        Path file = dir.resolve("two-groups.csv");
        Files.writeString(file, csv);
        List<ReportView.Finding> findings = ReportViews.of(TallyFixtures.tally(shipped("nps"), Breakdown.GROUP, file)
                .result().summary()).findings();
        assertEquals(List.of("East: 100 points above the rest (95% interval 44 to 130).",
                "West: 100 points below the rest (95% interval \u2212130 to \u221244)."), findings.get(2).points());
    }

    @Test
    void theFindingsRankByMeanAndKeepSheetOrderOnTies() {
        List<Findings.Ranked> items = List.of(new Findings.Ranked("1. a", 3, 5, 0, ""), new Findings.Ranked("2. b", 4, 5, 1, ""),
                new Findings.Ranked("3. c", 3, 5, 2, ""), new Findings.Ranked("4. d", 1, 5, 3, ""));
        assertEquals(List.of("2. b", "1. a", "3. c"), Findings.extreme(items, 3, true).stream().map(Findings.Ranked::label).toList());
        assertEquals(List.of("4. d", "1. a"), Findings.extreme(items, 2, false).stream().map(Findings.Ranked::label).toList());
        assertTrue(new Findings.Difference(-30, -55, -5).clearOfZero());
        assertFalse(new Findings.Difference(-10, -35, 15).clearOfZero());
    }

    @Test
    void eachCsCoverageByGroupIsAShadedCellAndSmallGroupsAreMarked() {
        ReportView view = view(shipped("seven-cs"), Breakdown.GROUP, "seven-cs-24.csv");
        ReportView.HeatView heat = view.heat();

        assertEquals(List.of("Billing (n 8)", "Front desk (n 8)", "Online (n 6)", "Warehouse (n 2, small)", "All (n 24)"), heat.columns());
        assertEquals(7, heat.rows().size(), "one row per C");
        assertEquals("Caring Attitude", heat.rows().get(0).label());
        List<ReportView.HeatCell> caring = heat.rows().get(0).cells();
        assertEquals(List.of(false, false, false, true, false), caring.stream().map(ReportView.HeatCell::small).toList());
        for (ReportView.HeatCell c : caring) {
            double v = Double.parseDouble(c.text().replace("%", ""));
            assertEquals((int) Math.min(4, Math.floor(v / 20)), c.level(), c.text());
        }
        assertEquals(view.coverage().bars().get(0).text().split(" ")[0], caring.get(4).text(), "the All column is the whole's coverage");
        assertEquals(4, GroupViews.level(100));
        assertEquals(0, GroupViews.level(19.99));
        assertEquals(1, GroupViews.level(20));
    }

    @Test
    void itemsAreLabelledByNumberAndWordingOrTheirShortLabelWithTheMarkdownRead() {
        Instrument pair = ContentLoader.load(DIR.resolve("content")).content().instrument("pair");
        assertEquals("1. Greeting by name", Labels.of(pair, pair.item("greet")));
        assertEquals("2. I listen to the end before I answer.", Labels.of(pair, pair.item("listen")));
        assertEquals("4. I stay calm with an angry customer.", Labels.of(pair, pair.item("calm")), "a link's text, not its address");
        assertEquals("I greet every customer by name when I know it.", Labels.plain(pair.item("greet").text()));
        assertEquals("gone-item", Labels.of(pair, "gone-item"), "an id the instrument no longer has stays as written");
        assertEquals("2 * 3 = 6", Labels.plain("2 * 3 = 6"), "a lone star is not emphasis");
    }

    @Test
    void beforeAndAfterArePairedDotsPerItemWithTheMeanChange() {
        Instrument pair = ContentLoader.load(DIR.resolve("content")).content().instrument("pair");
        org.scorecardkit.tally.Tally.Result result = org.scorecardkit.tally.Tally.run(pair, new org.scorecardkit.tally.Tally.Options(
                List.of(DIR.resolve("after.csv")), null, List.of(DIR.resolve("before.csv"))), p -> { });
        ReportView.ComparisonView c = ReportViews.of(result.summary()).comparison();

        // greet: before 2, 3, 1, 2 (mean 2), after 4, 4, 3, 3 (mean 3.5) over the 4 pairs; p9 has no before.
        ReportView.ChangeRow greet = c.rows().get(1);
        assertEquals(List.of("1. Greeting by name", "4", "2.00", "3.50", "+1.50"), List.of(greet.label(), greet.n(), greet.before(), greet.after(), greet.change()));
        assertEquals("Score", c.rows().get(0).label());
        Dots.Row dots = c.dots().rows().get(0);
        assertEquals(Dots.x(2, 1, 5), dots.before());
        assertEquals(Dots.x(3.5, 1, 5), dots.after());
        assertEquals("change 0.00, n 4", c.dots().rows().get(3).text(), "calm: 2, 4, 3, 3 before and 2, 4, 2, 4 after");
        assertTrue(c.dots().rows().stream().allMatch(Dots.Row::small), "4 pairs are fewer than 5: marked small");
    }

    @Test
    void ratingsLeaveTheNpsQuestionToItsCategoriesAndChecksHaveTheirOwnChart() {
        assertTrue(view(shipped("nps"), null, "nps-40.csv").ratings().empty());
        ReportView skills = view(shipped("skillset"), null, "skillset-30.csv");
        assertEquals(12, skills.ratings().rows().size());
        assertTrue(skills.checks().empty());
        ReportView checks = view(shipped("seven-cs"), null, "seven-cs-24.csv");
        assertEquals(34, checks.checks().rows().size());
        assertTrue(checks.checks().rows().get(0).label().startsWith("1. Caring"), checks.checks().rows().get(0).label());
        assertTrue(checks.ratings().empty());
        assertTrue(skills.items().stream().noneMatch(i -> i.label().equals(i.id())), "never by id alone");
    }
}
