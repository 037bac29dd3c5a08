package dev.panel.drill;

/** A drill is built as a draft, taken while open, and reported on once closed. */
public enum DrillState {
    DRAFT("Draft"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    DrillState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
