package org.scorecardkit.tally.stats;

import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Instrument;

/**
 * The numbers of a tally, ready to print, write as JSON or render: the rows, the numbers of all
 * accepted rows, the same numbers per breakdown key, the before/after comparison, and warnings.
 * Records only, so the report templates can take them as parameters. Every estimate that has an
 * interval carries it beside it, small samples included and marked small: {@link Nps} (with a
 * group's {@link Nps.Difference} from the rest), {@link Alpha} and {@link Comparison.Change}; their
 * notes and methods sentences are in {@link StatText}.
 *
 * @param rejects rejected rows by reason key, in reason order, reasons with none left out
 * @param problems everything listed in rejects.csv, by kind key ("cell_ignored"), every kind, in kind order
 * @param by the breakdown ("group", "month", "quarter"), or null
 * @param groups numbers per breakdown key, keys in order; empty without a breakdown
 * @param comparison the before/after comparison, or null
 * @param notes file-level problems met while reading (unknown columns, unreadable files)
 * @param scans what was read from scanned sheets, or null when no page was scanned
 */
public record Summary(Instrument instrument, Rows rows, Map<String, Long> rejects, Map<String, Long> problems, Numbers whole, String by,
                      Map<String, Numbers> groups, Comparison comparison, List<String> notes, Scans scans) {

    /**
     * The scanned returns: pages read, the sheets (rows) assembled from them, marks a person chose in
     * corrections.json, and marks still waiting for a person (unclear or double, counted as no answer).
     */
    public record Scans(long pages, long sheets, long corrected, long waiting) {
    }

    /** Rows read = accepted + rejected; blank lines are not rows. */
    public record Rows(long read, long accepted, long rejected, long blank) {
    }

    /**
     * The numbers of one set of rows.
     *
     * @param n accepted rows
     * @param nps null unless the instrument is scored as NPS
     * @param coverage per section (coverage scoring only), in section order
     * @param warnings small-n warnings, in the order the numbers appear
     * @param dates the first and last known response date, or null when no row's date is known
     */
    public record Numbers(long n, Map<String, ItemStats> items, ScoreStats score, Nps nps,
                          Map<String, SectionStats> coverage, Alpha alpha, List<String> warnings, Dates dates) {
    }

    /**
     * The first and last date of the responses whose date is known (rows without one, or whose
     * day/month order their file never settled, do not count), to the day.
     *
     * @param first the earliest as yyyy-mm-dd
     * @param last the latest as yyyy-mm-dd, never before {@code first}
     */
    public record Dates(String first, String last) {
    }

    /**
     * One item's numbers.
     *
     * @param mean null for choice and text items; a check item's answers count yes 1, partly the
     *             instrument's credit, no 0
     * @param counts per scale point (every point, zeros included), option or check answer; empty for text
     * @param answers a few free-text answers (text items only), else empty
     */
    public record ItemStats(String id, String type, String text, long n, long noAnswer, Double mean, Double sd,
                            Double median, Map<String, Long> counts, List<String> answers) {
    }

    /**
     * The respondents' scores.
     *
     * @param n respondents with a score; {@code unscored} have none (a required item unanswered)
     * @param bands respondents per band label, every band listed, in band order
     */
    public record ScoreStats(String method, long n, long unscored, Double mean, Double sd, Double median,
                             Double min, Double max, Map<String, Long> bands) {
    }

    /** A section's coverage: the mean over respondents who answered one of its items, and how many did. */
    public record SectionStats(String id, String title, long n, Double mean, Double sd) {
    }
}
