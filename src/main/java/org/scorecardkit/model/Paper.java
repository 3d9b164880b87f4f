package org.scorecardkit.model;

/** Paper sizes for printable output, with the name used in YAML and the size in PDF points. */
public enum Paper {
    A4("a4", "A4", 595.28f, 841.89f),
    LETTER("letter", "US Letter", 612f, 792f),
    A3("a3", "A3", 841.89f, 1190.55f);

    private final String yamlName;
    private final String label;
    private final float widthPt;
    private final float heightPt;

    Paper(String yamlName, String label, float widthPt, float heightPt) {
        this.yamlName = yamlName;
        this.label = label;
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    /** Every paper's YAML name, in declaration order, for messages: "a4, letter, a3". */
    public static String yamlNames() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Paper::yamlName).toList());
    }

    public String yamlName() { return yamlName; }

    public String label() { return label; }

    public float widthPt() { return widthPt; }

    public float heightPt() { return heightPt; }
}
