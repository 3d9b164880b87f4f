package org.scorecardkit.model;

import java.util.List;
import java.util.Map;

/**
 * One respondent's result on one instrument.
 *
 * @param value the score, or null when nothing is scored, a required item is unanswered, or no
 *              scored item is answered
 * @param band the band the score falls in, or null
 * @param sections coverage per section id, for checklists: only sections with an answered item
 * @param grow ids of the lowest-rated items below the scale's top, lowest first, at most three
 *             (self-assessments only)
 * @param missing ids of required items left unanswered, in form order
 */
public record Score(Double value, Band band, Map<String, Double> sections, List<String> grow, List<String> missing) {
    public Score {
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
        grow = List.copyOf(grow);
        missing = List.copyOf(missing);
    }
}
