package org.scorecardkit.tally.stats;

import java.util.Map;

/**
 * A before/after comparison of respondents paired by id.
 *
 * @param before rows of the before file(s); the after rows are the summary's own
 * @param paired respondents found, with an id, in both
 * @param items per rating or check item answered both times: pairs and mean change (after − before)
 * @param score pairs with a score both times and the mean change of the score; null when nothing is scored
 */
public record Comparison(Summary.Rows before, long paired, Map<String, Change> items, Change score) {

    /** @param mean null when n = 0 */
    public record Change(long n, Double mean, Double before, Double after) {
    }
}
