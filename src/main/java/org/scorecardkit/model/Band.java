package org.scorecardkit.model;

/**
 * A named range of scores with its interpretation.
 *
 * @param key a stable key for the band: the NPS category (detractors, passives, promoters) or a
 *            slug of the label
 * @param text Markdown interpretation, or null
 */
public record Band(String key, String label, double min, double max, String text) {

    /** Whether a score falls in this band; a real-valued band excludes its max unless it is last. */
    public boolean contains(double score, boolean integerScores, boolean last) {
        if (integerScores || last) {
            return score >= min && score <= max;
        }
        return score >= min && score < max;
    }
}
