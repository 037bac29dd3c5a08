package dev.panel.question;

/** What sort of question it is. */
public enum QuestionKind {
    TECHNICAL("Technical / architecture"),
    BEHAVIOURAL("Behavioural (STAR)"),
    SITUATIONAL("Situational scenario"),
    MOTIVATION("Motivation");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
