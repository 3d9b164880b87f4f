package org.scorecardkit.model;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a facilitator named explicitly (tally {@code --columns map.yaml}): each header, as
 * {@link #key} normalises it, to what the column holds, an item id or one of {@link #TARGETS}.
 * A response file's header is matched against this map before anything else.
 *
 * @param targets normalised header to target, in the order the map was written
 */
public record ColumnMap(Map<String, String> targets) {
    public static final String RESPONDENT = "respondent";
    public static final String GROUP = "group";
    public static final String DATE = "date";
    public static final String TOTAL = "total";
    public static final String IGNORE = "ignore";
    /** The targets that are not item ids; an item whose id is one of these cannot be mapped by id. */
    public static final List<String> TARGETS = List.of(RESPONDENT, GROUP, DATE, TOTAL, IGNORE);
    /** No explicit columns: every header is matched by its name alone. */
    public static final ColumnMap NONE = new ColumnMap(Map.of());

    public ColumnMap {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** What this header was mapped to, or null when the map does not name it. */
    public String target(String header) {
        return targets.get(key(header));
    }

    /**
     * A header as the tally compares it: without a byte order mark or zero-width spaces, with
     * non-breaking spaces as spaces, every run of whitespace one space, stripped and in lower case.
     * Spreadsheets add all of these invisibly, so two headers that look alike compare alike.
     */
    public static String key(String header) {
        String text = Normalizer.isNormalized(header, Normalizer.Form.NFC) ? header
                : Normalizer.normalize(header, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || c == '\u200B' || c == '\u2060') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
