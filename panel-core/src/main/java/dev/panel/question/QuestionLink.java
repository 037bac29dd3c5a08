package dev.panel.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Links between a question and the competencies and roles it serves. */
final class QuestionLink {

    private QuestionLink() {
    }

    @MappedEntity("question_competency")
    record ToCompetency(@Id @GeneratedValue @Nullable Long id, long questionId, long competencyId) {
    }

    @MappedEntity("question_role")
    record ToRole(@Id @GeneratedValue @Nullable Long id, long questionId, long roleId) {
    }
}
