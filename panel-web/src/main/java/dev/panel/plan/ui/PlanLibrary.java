package dev.panel.plan.ui;

import dev.panel.competency.CompetencyView;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionView;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the builder's forms need from the library: the competencies a stage may focus on (the role's first) and
 * the question bank to pick from. An interface over the services, so the forms can be tested without a server.
 */
record PlanLibrary(List<CompetencyView> competencies, QuestionSource bank) {

    /** The question bank, a page at a time, as {@code QuestionService} serves it. */
    interface QuestionSource {
        List<QuestionView> page(QuestionFilter filter, int offset, int limit);

        long count(QuestionFilter filter);
    }

    Map<Long, CompetencyView> byId() {
        return competencies.stream().collect(Collectors.toMap(c -> c.competency().id(), Function.identity()));
    }

    String name(long competencyId) {
        return competencies.stream().filter(c -> c.competency().id() == competencyId).map(c -> c.competency().name())
                .findFirst().orElse("competency " + competencyId);
    }
}
