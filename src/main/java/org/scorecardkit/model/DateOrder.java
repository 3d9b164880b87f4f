package org.scorecardkit.model;

import java.util.Locale;

/**
 * The order of day and month in dates such as {@code 5/3/2026}, when a file's own values don't
 * settle it: {@code dmy} reads it as 5 March, {@code mdy} as 3 May.
 */
public enum DateOrder {
    DMY, MDY;

    /** The word written in site.yaml and on the command line: "dmy" or "mdy". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order written as {@code dmy} or {@code mdy}, in any case. */
    public static DateOrder of(String word) {
        for (DateOrder o : values()) {
            if (o.word().equals(word.toLowerCase(Locale.ROOT))) {
                return o;
            }
        }
        throw new IllegalArgumentException("the date order must be dmy (day first) or mdy (month first), not \"" + word + "\"");
    }
}
