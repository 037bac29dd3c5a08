package dev.panel.plan.ui;

import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.plan.PlanStage;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.RoleView;

import java.util.Comparator;
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

    /** The library as a plan for this role sees it: the role's competencies first, then the rest, each group by name. */
    static PlanLibrary forRole(RoleView role, CompetencyService competencies, QuestionService questions) {
        List<CompetencyView> ordered = competencies.list().stream()
                .sorted(Comparator.comparing((CompetencyView c) -> !role.competencyIds().contains(c.competency().id()))
                        .thenComparing(c -> c.competency().name()))
                .toList();
        return new PlanLibrary(ordered, new QuestionSource() {
            @Override
            public List<QuestionView> page(QuestionFilter filter, int offset, int limit) {
                return questions.page(filter, offset, limit);
            }

            @Override
            public long count(QuestionFilter filter) {
                return questions.count(filter);
            }
        });
    }

    /** Stored stages in the builder's fields, with their questions as the bank has them now. */
    List<StageBean> beans(List<PlanStage> stages, Map<Long, QuestionView> questions) {
        Map<Long, CompetencyView> byId = byId();
        return stages.stream().map(s -> StageBean.of(s, byId, questions)).toList();
    }

    Map<Long, CompetencyView> byId() {
        return competencies.stream().collect(Collectors.toMap(c -> c.competency().id(), Function.identity()));
    }

    String name(long competencyId) {
        return competencies.stream().filter(c -> c.competency().id() == competencyId).map(c -> c.competency().name())
                .findFirst().orElse("competency " + competencyId);
    }
}
