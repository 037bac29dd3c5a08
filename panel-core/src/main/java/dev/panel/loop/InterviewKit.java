package dev.panel.loop;

import dev.panel.competency.RubricVersion;
import dev.panel.question.Question;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an interviewer works from: the stage as frozen when the loop opened, its questions in the plan's
 * order (probes, signs of a strong answer, red flags, time boxes), and for each focus competency the
 * rubric version its ratings use, with the anchors of every level.
 */
@Serdeable
public record InterviewKit(Interview interview, String candidateName, FrozenPlan.Stage stage, List<Question> questions,
                           List<FocusRubric> rubrics) {

    /** A focus competency of the stage and the rubric version it is rated on. */
    @Serdeable
    public record FocusRubric(long competencyId, String name, RubricVersion rubric) {
    }
}
