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

    /**
     * The change of one item (or the score) over the respondents paired on it.
     *
     * @param n respondents paired who answered both times
     * @param mean the mean change after − before; null when n = 0
     * @param sd the sample standard deviation of the changes; null when n &lt; 2
     * @param low the 95% t interval on the paired changes, mean ± t(0.975, n − 1)·sd/√n; null when n &lt; 2
     * @param small n below {@link Summarize#SMALL_N}: the interval is given but wide
     */
    public record Change(long n, Double mean, Double before, Double after, Double sd, Double low, Double high,
                         boolean small) {
        /** The interval's method as summary.json names it. */
        public static final String CI95_METHOD = "paired-t";
    }
}
