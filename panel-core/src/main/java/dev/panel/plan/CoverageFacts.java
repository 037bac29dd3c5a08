package dev.panel.plan;

import java.util.Map;
import java.util.Set;

/**
 * What the coverage check needs to know beyond the plan: the role's competencies (must-have or not),
 * every competency's name, and each question's time box and competencies.
 */
public record CoverageFacts(Map<Long, Boolean> roleCompetencies, Map<Long, String> competencyNames, Map<Long, QuestionFacts> questions) {

    public record QuestionFacts(String text, int minutes, Set<Long> competencyIds) {
    }

    String name(long competencyId) {
        return competencyNames.getOrDefault(competencyId, "competency " + competencyId);
    }
}
