package org.scorecardkit.collect.store;

import java.time.Instant;
import java.util.Map;

/**
 * One response as the collector keeps it: checked before it was stored, so its answers are in the
 * canonical written form an export writes and the tally reads back unchanged.
 *
 * @param id the database's row id (0 before it is stored): export and tally order
 * @param submission the page's {@code _id} for this submission, or one the collector made for a post without it
 * @param received when the collector stored it (UTC, whole milliseconds)
 * @param date the respondent's date as YYYY-MM-DD, or null
 * @param answers answered items only, by item id, in the instrument's item order
 */
public record StoredResponse(long id, String instrument, String version, String submission, Instant received,
                             String respondent, String group, String date, Map<String, String> answers) {
    public StoredResponse {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
