package org.scorecardkit.model;

/** The kinds of instrument, each with the name used in YAML and a label for people. */
public enum Kind {
    SELF_ASSESSMENT("self-assessment", "Self-assessment"),
    CHECKLIST("checklist", "Checklist"),
    NPS("nps", "Net Promoter Score"),
    POSTER("poster", "Poster"),
    SURVEY("survey", "Survey");

    private final String yamlName;
    private final String label;

    Kind(String yamlName, String label) {
        this.yamlName = yamlName;
        this.label = label;
    }

    public String yamlName() { return yamlName; }

    public String label() { return label; }

    /** Whether people answer this instrument (everything but a poster). */
    public boolean responding() { return this != POSTER; }
}
