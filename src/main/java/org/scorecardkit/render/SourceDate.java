package org.scorecardkit.render;

import java.time.Instant;

/**
 * The one build time every output records: {@code SOURCE_DATE_EPOCH} (seconds since 1970) when
 * set, else a fixed instant, so the same content always builds the same bytes.
 */
public final class SourceDate {
    /** Used when SOURCE_DATE_EPOCH is not set: a constant, never the clock. */
    public static final Instant DEFAULT = Instant.parse("2026-01-01T00:00:00Z");

    private SourceDate() {
    }

    /** {@code SOURCE_DATE_EPOCH} in seconds, or null when it is not set. */
    public static Long epochSeconds() {
        String v = System.getenv("SOURCE_DATE_EPOCH");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be seconds since 1970, not \"" + v + "\"");
        }
    }

    /** The build time: SOURCE_DATE_EPOCH, or {@link #DEFAULT}. */
    public static Instant instant() {
        Long s = epochSeconds();
        return s == null ? DEFAULT : Instant.ofEpochSecond(s);
    }
}
