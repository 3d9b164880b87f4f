package org.scorecardkit.model;

/** Page orientation for printable output. */
public enum Orientation {
    PORTRAIT("portrait"),
    LANDSCAPE("landscape");

    private final String yamlName;

    Orientation(String yamlName) { this.yamlName = yamlName; }

    public String yamlName() { return yamlName; }
}
