package org.scorecardkit.tally.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.tally.aggregate.Aggregate;
import org.scorecardkit.tally.check.Layout;

/** One item's numbers from its answer counts: n, mean, sd, median and the count of every answer. */
final class ItemNumbers {
    private ItemNumbers() {
    }

    static Summary.ItemStats of(Aggregate a, int column) {
        Layout.Column col = a.layout().column(column);
        long[] counts = a.counts(column);
        Map<String, Long> byAnswer = new LinkedHashMap<>();
        TreeMap<Double, Long> byValue = new TreeMap<>();
        switch (col.type()) {
            case RATING -> {
                for (int code = 1; code < counts.length; code++) {
                    byAnswer.put(Integer.toString(col.value(code)), counts[code]);
                    byValue.merge((double) col.value(code), counts[code], Long::sum);
                }
            }
            case CHECK -> {
                double partly = a.layout().instrument().scoring().partly();
                double[] credit = {1, partly, 0};
                for (int code = 1; code < counts.length; code++) {
                    byAnswer.put(Item.CHECK_ANSWERS.get(code - 1).value(), counts[code]);
                    byValue.merge(credit[code - 1], counts[code], Long::sum);
                }
            }
            case SINGLE, MULTIPLE -> {
                for (int o = 0; o < col.item().options().size(); o++) {
                    byAnswer.put(col.item().options().get(o).value(), counts[o + 1]);
                }
            }
            default -> {
            }
        }
        byValue.values().removeIf(c -> c == 0);
        Describe d = Describe.of(byValue);
        List<String> answers = col.type() == ItemType.TEXT && a.texts(column) != null ? List.copyOf(a.texts(column)) : List.of();
        return new Summary.ItemStats(col.id(), col.type().yamlName(), col.item().text(), a.answered(column),
                counts[0], d.mean(), d.sd(), d.median(), byAnswer, answers);
    }
}
