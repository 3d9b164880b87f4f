package org.scorecardkit.tally.report.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.scorecardkit.load.ContentLoader;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.TallyFixtures;
import org.scorecardkit.tally.aggregate.Breakdown;
import org.scorecardkit.tally.stats.Summary;

/**
 * Returns shaped like a workshop's, for the shipped instruments (content/): 30 keyed skillset sheets,
 * 30 seven-Cs checklists and 40 NPS answers in four groups, one of them (South) clearly negative and
 * one (West) exactly zero; seeded, so every run writes the same files.
 */
final class WorkshopReturns {
    private static SiteContent content;

    private WorkshopReturns() {
    }

    static synchronized Instrument instrument(String id) {
        if (content == null) {
            ContentLoader.Result r = ContentLoader.load(Path.of("content"));
            if (!r.ok()) {
                throw new IllegalStateException("the shipped content is invalid: " + r.problems());
            }
            content = r.content();
        }
        return content.instrument(id);
    }

    /** Respondents in groups A, B and C, each answering every rating or check item. */
    static Path sheets(Path dir, String id, int rows) {
        return sheets(dir, id, rows, new String[] {"A", "B", "C"});
    }

    /** Respondents spread over the groups in turn. */
    static Path sheets(Path dir, String id, int rows, String[] groups) {
        Instrument instrument = instrument(id);
        List<Item> items = instrument.items().stream().filter(i -> i.type() == ItemType.RATING || i.type() == ItemType.CHECK).toList();
        StringBuilder csv = new StringBuilder("respondent,group,date");
        items.forEach(i -> csv.append(',').append(i.id()));
        csv.append('\n');
        Random random = new Random(11);
        String[] checks = {"yes", "partly", "no"};
        for (int r = 0; r < rows; r++) {
            csv.append("p").append(r + 1).append(',').append(groups[r % groups.length]).append(",2025-0").append(1 + r % 3).append("-1").append(r % 9);
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                csv.append(',');
                if (item.type() == ItemType.RATING) {
                    // Items lean differently, so the charts show strong and weak ones.
                    int lean = (i * 7) % 5;
                    csv.append(Math.max(item.scale().min(), Math.min(item.scale().max(), 1 + lean / 2 + random.nextInt(3))));
                } else {
                    csv.append(checks[Math.min(2, (random.nextInt(3) + i % 3 + r % 2) % 4 % 3)]);
                }
            }
            csv.append('\n');
        }
        return TallyFixtures.file(dir, id + ".csv", csv.toString());
    }

    /** 40 NPS answers: North +50, South −50, East +20, West 0 (10 each). */
    static Path nps(Path dir) {
        StringBuilder csv = new StringBuilder("respondent,group,date,recommend,reason\n");
        int[][] answers = {{10, 9, 9, 10, 9, 9, 8, 7, 5, 3}, {2, 4, 6, 0, 5, 6, 9, 10, 8, 7}, {9, 9, 10, 9, 8, 8, 7, 6, 5, 2},
            {9, 10, 7, 8, 8, 7, 3, 4, 8, 7}};
        String[] groups = {"North", "South", "East", "West"};
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < 10; i++) {
                csv.append(groups[g], 0, 1).append(i + 1).append(',').append(groups[g]).append(",2025-0").append(1 + i % 3)
                        .append("-15,").append(answers[g][i]).append(',').append(i == 0 ? "Quick and kind" : "").append('\n');
            }
        }
        return TallyFixtures.file(dir, "nps.csv", csv.toString());
    }

    static Summary summary(String id, Breakdown by, Path csv) {
        return TallyFixtures.tally(instrument(id), by, csv).result().summary();
    }
}
