package dev.panel.question;

/** How deep a question goes. */
public enum QuestionLevel {
    FOUNDATIONAL("Foundational"),
    INTERMEDIATE("Intermediate"),
    DEEP_TECHNICAL("Deep technical"),
    STRATEGIC("Strategic");

    private final String label;

    QuestionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
