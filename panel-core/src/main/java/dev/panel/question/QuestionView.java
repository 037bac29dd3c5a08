package dev.panel.question;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A question with the competencies it gives evidence for and the roles it is used for. */
@Serdeable
public record QuestionView(Question question, List<Long> competencyIds, List<Long> roleIds) {
}
