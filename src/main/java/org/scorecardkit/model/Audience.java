package org.scorecardkit.model;

/** Who answers an instrument, which decides how its page speaks: to a company's customers, or to a workshop's participants. */
public enum Audience {
    /** A company's customers: the page asks only what the instrument asks and shows no score jargon. */
    CUSTOMERS("customers"),
    /** Staff or workshop participants: the page keeps the respondent fields and the scorecard. */
    PARTICIPANTS("participants");

    private final String yamlName;

    Audience(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() { return yamlName; }
}
