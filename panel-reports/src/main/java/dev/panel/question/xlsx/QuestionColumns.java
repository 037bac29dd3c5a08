package dev.panel.question.xlsx;

import java.util.Arrays;
import java.util.List;

/** The columns of the question sheet, in order. Lists (probes, competencies, …) hold one entry per line. */
enum QuestionColumns {
    KEY("Key"),
    TEXT("Question"),
    KIND("Kind"),
    LEVEL("Level"),
    COMPETENCIES("Competencies"),
    ROLES("Roles"),
    SIGNAL("Signal"),
    PROBES("Follow-up probes"),
    STRONG_ANSWER("Strong answer shows"),
    RED_FLAGS("Red flags"),
    MINUTES("Minutes"),
    SOURCE("Source"),
    GUIDANCE("Guidance"),
    SAMPLE_ANSWER("Sample answer");

    static final String SHEET = "Questions";

    final String header;

    QuestionColumns(String header) {
        this.header = header;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(c -> c.header).toList();
    }
}
