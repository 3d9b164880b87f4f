package org.scorecardkit.tally.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;
import org.scorecardkit.cli.Main;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.load.Problem;

/**
 * report.html as `scorecard tally … --title … --out` writes it: the organisation, the workshop's title and
 * n at the top, the findings first, the rows accounting last, and no item anywhere by its id alone.
 */
class ReportPageTest {
    private static final Path DIR = Path.of("src/test/resources/report");

    @TempDir
    Path tmp;

    private Document tally(String... args) throws IOException {
        Path out = tmp.resolve("out");
        String[] all = new String[args.length + 3];
        all[0] = "tally";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--out";
        all[args.length + 2] = out.toString();
        assertEquals(0, Main.run(all));
        return Jsoup.parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8));
    }

    @Test
    void theTopSaysWhoWhatAndHowManyAndTheAccountingComesLast() throws IOException {
        Document doc = tally("pair", DIR.resolve("after.csv").toString(), "--title", "Front desk <b>training</b>, day 2",
                "--content", DIR.resolve("content").toString());

        assertEquals("Harbour & <Co>", doc.selectFirst("header .org").text(), "site.yaml's organisation, escaped");
        assertEquals("Pair", doc.selectFirst("header h1").text());
        assertEquals("Front desk <b>training</b>, day 2", doc.selectFirst("header .workshop").text(), "the --title, escaped");
        assertTrue(doc.select("header b").isEmpty());
        assertEquals("n 5 · 1 November 2026 to 2 November 2026", doc.selectFirst("header .sub").text(), "n, then the responses' first and last day");
        List<String> sections = doc.select("main > section").eachAttr("id");
        assertEquals("findings", sections.get(0), "the findings come first");
        assertEquals("rows", sections.get(sections.size() - 1), "the rows accounting comes last");
        assertEquals(List.of("Rows read", "Accepted", "Rejected", "Blank lines skipped"), doc.select("#rows dt").eachText(), "still complete");
        assertEquals(3, doc.select("#findings article").size());
        assertEquals(1, doc.select("button#present").size());
    }

    @Test
    void noChartOrTableNamesAnItemByItsIdAlone() throws IOException {
        Document doc = tally("skillset", DIR.resolve("skillset-30.csv").toString(), "--content", "content");
        Set<String> ids = ContentLoader.load(Path.of("content")).content().instrument("skillset").items().stream()
                .map(i -> i.id()).collect(Collectors.toSet());

        List<Element> labels = doc.select("svg text, td, th, h3, li");
        assertTrue(labels.size() > 100);
        for (Element e : labels) {
            assertFalse(ids.contains(e.text().strip()), "an item named by its id: " + e);
        }
        assertEquals("1. I realise the importance of service to the success of the organisation.",
                doc.selectFirst("#items table.items tbody td").text());
        assertEquals(12, doc.select("#items .stacks svg g.stack").size(), "one diverging bar per rating item");
        assertTrue(doc.select("svg").stream().allMatch(s -> !s.attr("aria-label").isBlank() && s.selectFirst("title") != null),
                "every chart has a text alternative");
    }

    @Test
    void anNpsReportDrawsGroupsAroundZeroWithWhiskers() throws IOException {
        Document doc = tally("nps", DIR.resolve("nps-40.csv").toString(), "--by", "group", "--content", "content");

        Element chart = doc.selectFirst("#groups figure.centered svg");
        assertEquals(List.of("East", "North", "South", "West (small n)"), chart.select("g text[text-anchor=end]").eachText());
        assertEquals(4, chart.select("g").stream().filter(g -> g.select("line.whisker").size() == 3).count(), "each group's interval");
        Element south = chart.select("g").get(2);
        Element bar = south.selectFirst("rect");
        assertEquals("fill negative", bar.attr("class"));
        assertEquals(Integer.parseInt(chart.selectFirst("line.zero").attr("x1")),
                Integer.parseInt(bar.attr("x")) + Integer.parseInt(bar.attr("width")), "South's −23.1 ends at zero");
        assertTrue(chart.select("g").get(0).select("rect").isEmpty(), "East's NPS of 0 draws no bar");
        assertEquals(List.of("0.0", "40.0", "\u221223.1", "0.0"), doc.select("#groups tbody td:nth-child(3)").eachText());
        assertEquals("small n", doc.selectFirst("#groups tbody tr.small .tag").text(), "small groups are marked, never hidden");
    }

    @Test
    void anEmptyShortLabelIsOneClearProblem(@TempDir Path content) throws IOException {
        TestFiles.copyTree(DIR.resolve("content"), content);
        Path yaml = content.resolve("instruments/pair.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("short: Following up", "short: \"  \""));

        List<Problem> problems = ContentLoader.load(content).problems();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("\"short\" of") && problems.get(0).message().contains("is empty"), problems.toString());
        assertTrue(problems.get(0).line() > 0);
    }
}
