package org.scorecardkit.model;

import java.util.List;

/**
 * The scores an instrument's scoring can reach, and how that follows from its items.
 *
 * @param integer whether scores are whole numbers
 * @param explanation how the range follows, for messages, e.g. "12 items scored 1–5, summed"
 */
public record ScoreRange(double min, double max, boolean integer, String explanation) {

    /** The range of an instrument's score, or null for {@code none} or when items are missing. */
    public static ScoreRange of(Instrument instrument) {
        return of(instrument.scoring().method(), instrument.scoredItems());
    }

    /** The range a scoring method gives over these items, or null when it cannot be known. */
    public static ScoreRange of(ScoringMethod method, List<Item> items) {
        if (method == ScoringMethod.COVERAGE) {
            return new ScoreRange(0, 100, false, "coverage is a percentage");
        }
        if (method == ScoringMethod.NONE || items.isEmpty()
                || items.stream().anyMatch(i -> i == null || i.scale() == null)) {
            return null;
        }
        int lowest = items.stream().mapToInt(i -> i.scale().min()).min().orElseThrow();
        int highest = items.stream().mapToInt(i -> i.scale().max()).max().orElseThrow();
        String scored = items.size() + (items.size() == 1 ? " item" : " items") + " scored "
                + lowest + "–" + highest;
        return switch (method) {
            case SUM -> new ScoreRange(items.stream().mapToInt(i -> i.scale().min()).sum(),
                    items.stream().mapToInt(i -> i.scale().max()).sum(), true, scored + ", summed");
            case MEAN -> new ScoreRange(lowest, highest, false, scored + ", averaged");
            case NPS -> new ScoreRange(lowest, highest, true, "the answer to \"" + items.get(0).id() + "\"");
            default -> null;
        };
    }

    /** A score as people write it: whole numbers without a decimal point. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return format(min) + "–" + format(max);
    }
}
