package org.scorecardkit.model;

/** How an instrument's answers become a score, with the name used in YAML. */
public enum ScoringMethod {
    SUM("sum", true),
    MEAN("mean", false),
    NPS("nps", true),
    COVERAGE("coverage", false),
    NONE("none", false);

    private final String yamlName;
    private final boolean integerScores;

    ScoringMethod(String yamlName, boolean integerScores) {
        this.yamlName = yamlName;
        this.integerScores = integerScores;
    }

    public String yamlName() { return yamlName; }

    /** The type of item this method counts: check items for coverage, rating items otherwise. */
    public ItemType scoredType() {
        return this == COVERAGE ? ItemType.CHECK : ItemType.RATING;
    }

    /** Whether scores are whole numbers, which decides how bands must meet (max + 1 or max). */
    public boolean integerScores() { return integerScores; }
}
