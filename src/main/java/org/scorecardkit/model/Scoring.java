package org.scorecardkit.model;

import java.util.List;

/**
 * How an instrument is scored: the method, which items count, and the bands of the result.
 *
 * @param items ids of the scored items
 * @param partly credit of a "partly" answer to a check item (coverage only)
 * @param bands bands in ascending order; for NPS the three categories
 */
public record Scoring(ScoringMethod method, List<String> items, double partly, List<Band> bands) {
    public Scoring {
        items = List.copyOf(items);
        bands = List.copyOf(bands);
    }

    public static Scoring none() {
        return new Scoring(ScoringMethod.NONE, List.of(), 0.5, List.of());
    }

    /** The band a score falls in, or null. */
    public Band bandOf(double score) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).contains(score, method.integerScores(), i == bands.size() - 1)) {
                return bands.get(i);
            }
        }
        return null;
    }
}
