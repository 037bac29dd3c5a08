package dev.panel.library;

import java.util.List;

/** The shape of {@code starter-library.yaml}. Keys tie the parts together and become slugs in the database. */
record LibraryFile(List<CompetencyEntry> competencies, List<RoleEntry> roles) {

    record CompetencyEntry(String key, String name, String description, List<LevelEntry> rubric) {
    }

    record LevelEntry(int level, String label, String anchor) {
    }

    record RoleEntry(String key, String name, String level, String description, List<RequirementEntry> competencies,
                     List<QuestionEntry> questions, PlanEntry plan) {
    }

    record RequirementEntry(String competency, int weight, boolean mustHave) {
    }

    record QuestionEntry(String key, String text, String kind, String level, List<String> competencies, String signal,
                         List<String> probes, List<String> strongAnswer, List<String> redFlags, int minutes) {
    }

    record PlanEntry(String name, List<StageEntry> stages) {
    }

    record StageEntry(String name, int minutes, int interviewers, List<String> focus, List<String> questions) {
    }
}
