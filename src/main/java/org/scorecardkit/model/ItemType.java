package org.scorecardkit.model;

/** The types of item, each with the name used in YAML and whether it is answered by default. */
public enum ItemType {
    RATING("rating", true),
    SINGLE("single", true),
    MULTIPLE("multiple", false),
    CHECK("check", true),
    TEXT("text", false),
    STATEMENT("statement", false);

    private final String yamlName;
    private final boolean requiredByDefault;

    ItemType(String yamlName, boolean requiredByDefault) {
        this.yamlName = yamlName;
        this.requiredByDefault = requiredByDefault;
    }

    public String yamlName() { return yamlName; }

    public boolean requiredByDefault() { return requiredByDefault; }

    /** Whether a respondent gives an answer to items of this type. */
    public boolean answered() { return this != STATEMENT; }
}
