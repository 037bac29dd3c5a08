package dev.panel.outcome;

import dev.panel.loop.FrozenPlan;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an outcome must be to be recorded; each rule adds to {@code wrong} what is wrong, in words, so that a form and an import row say the same. */
final class OutcomeRules {

    private OutcomeRules() {
    }

    static void check(Checkpoint checkpoint, FrozenPlan plan, long competencyId, OutcomeValues values, LocalDate today, List<String> wrong) {
        if (checkpoint.isRetired()) {
            wrong.add("the checkpoint \"" + checkpoint.name() + "\" is retired and takes no new outcomes");
        }
        if (values.level() == null && values.stillEmployed() == null) {
            wrong.add("give a rating, whether they are still employed, or both");
        }
        if (competencyId != CandidateOutcome.OVERALL) {
            Map<Long, String> planned = competencies(plan);
            if (!planned.containsKey(competencyId)) {
                wrong.add("competency " + competencyId + " is not in the plan the candidate was interviewed on (its competencies are "
                        + String.join(", ", planned.values()) + ")");
            } else if (values.level() == null) {
                wrong.add("an outcome for " + planned.get(competencyId) + " needs a rating");
            }
        }
        if (values.level() != null) {
            String problem = checkpoint.levelProblem(values.level());
            if (problem != null) {
                wrong.add(problem);
            }
        }
        if (values.observedOn() != null && values.observedOn().isAfter(today)) {
            wrong.add("the date " + values.observedOn() + " is in the future");
        }
    }

    /** The focus competencies of the plan's stages, by id, in plan order. */
    static Map<Long, String> competencies(FrozenPlan plan) {
        Map<Long, String> names = new LinkedHashMap<>();
        plan.stages().forEach(stage -> stage.focus().forEach(f -> names.putIfAbsent(f.competencyId(), f.name())));
        return names;
    }

    /** The sentence of a refusal: "The rating 7 is off the scale …; give …." */
    static String sentence(List<String> wrong) {
        String joined = String.join("; ", wrong);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1) + ".";
    }

    @Nullable
    static Long competencyOrNull(long competencyId) {
        return competencyId == CandidateOutcome.OVERALL ? null : competencyId;
    }
}
