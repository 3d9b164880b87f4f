package org.scorecardkit.model;

/** INTERIM (h1 writes the real one). */
public enum DateOrder {
    DMY, MDY;

    public static DateOrder of(String s) {
        return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
