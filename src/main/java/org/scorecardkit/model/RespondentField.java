package org.scorecardkit.model;

/** A field about the respondent that a form page may ask for besides the items. */
public enum RespondentField {
    NAME("name"),
    GROUP("group"),
    DATE("date");

    private final String yamlName;

    RespondentField(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() { return yamlName; }
}
