package dev.panel.plan.ui;

import dev.panel.competency.Competency;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.RubricVersion;
import dev.panel.question.Question;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A small library in memory, for the builder's forms without a server: two competencies and three questions. */
final class FakeLibrary implements PlanLibrary.QuestionSource {

    static final CompetencyView RELIABILITY = competency(7L, "Reliability and operations");
    static final CompetencyView COACHING = competency(8L, "People leadership and coaching");
    static final QuestionView INCIDENT = question(101L, "Walk me through the last incident you led.", 20, 7L);
    static final QuestionView ROTA = question(102L, "How would you set up on-call for five people?", 15, 7L);
    static final QuestionView SLUMP = question(103L, "Tell me about an engineer you coached out of a slump.", 15, 8L);

    final List<QuestionFilter> asked = new ArrayList<>();

    PlanLibrary library() {
        return new PlanLibrary(List.of(RELIABILITY, COACHING), this);
    }

    @Override
    public List<QuestionView> page(QuestionFilter filter, int offset, int limit) {
        asked.add(filter);
        return matching(filter).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count(QuestionFilter filter) {
        return matching(filter).size();
    }

    private static List<QuestionView> matching(QuestionFilter filter) {
        return List.of(INCIDENT, ROTA, SLUMP).stream()
                .filter(q -> filter.anyOfCompetencyIds() == null || q.competencyIds().stream().anyMatch(filter.anyOfCompetencyIds()::contains))
                .filter(q -> filter.text() == null || q.question().text().toLowerCase().contains(filter.text().toLowerCase()))
                .toList();
    }

    private static CompetencyView competency(long id, String name) {
        return new CompetencyView(new Competency(id, "c" + id, name, name + ", as the panel judges it.", Instant.EPOCH, 0L),
                new RubricVersion(id * 10, id, 1, List.of(), "panel", Instant.EPOCH));
    }

    private static QuestionView question(long id, String text, int minutes, long competencyId) {
        return new QuestionView(new Question(id, null, text, QuestionKind.BEHAVIOURAL, QuestionLevel.INTERMEDIATE, "Ownership.",
                List.of(), List.of(), List.of(), minutes, null, null, null, Instant.EPOCH, 0L), List.of(competencyId), List.of());
    }
}
