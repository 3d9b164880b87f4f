package org.scorecardkit.model;

/** The kinds of instrument, each with the name used in YAML, a label for reports and the key of its name on pages and sheets. */
public enum Kind {
    SELF_ASSESSMENT("self-assessment", "Self-assessment", "kit.kind.self-assessment"),
    CHECKLIST("checklist", "Checklist", "kit.kind.checklist"),
    NPS("nps", "Net Promoter Score", "kit.kind.nps"),
    POSTER("poster", "Poster", "kit.kind.poster"),
    SURVEY("survey", "Survey", "kit.kind.survey");

    private final String yamlName;
    private final String label;
    private final String wordKey;

    Kind(String yamlName, String label, String wordKey) {
        this.yamlName = yamlName;
        this.label = label;
        this.wordKey = wordKey;
    }

    /** The key of the kind's name in the kit's words, e.g. "kit.kind.nps". */
    public String wordKey() { return wordKey; }

    public String yamlName() { return yamlName; }

    public String label() { return label; }

    /** Whether people answer this instrument (everything but a poster). */
    public boolean responding() { return this != POSTER; }
}
