package dev.panel.decision;

public enum Outcome {
    HIRE("Hire"),
    NO_HIRE("No hire");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
