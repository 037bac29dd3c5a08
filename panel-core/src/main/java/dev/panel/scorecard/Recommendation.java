package dev.panel.scorecard;

/** The interviewer's overall recommendation, on the same four points as the default rubric. */
public enum Recommendation {
    STRONG_NO("Strong no"),
    NO("No"),
    YES("Yes"),
    STRONG_YES("Strong yes");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
