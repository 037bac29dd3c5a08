package dev.panel.outcome;

import dev.panel.ratings.RatingFilter;
import dev.panel.user.Actor;
import jakarta.inject.Singleton;

import java.util.function.Consumer;

/**
 * The outcomes the predictive-validity statistics read: those of the hired candidates whose ratings the same
 * filter gives the caller. Interviewers, who never see outcomes, get none.
 */
@Singleton
public class OutcomeReader {

    /** Each outcome the actor may read among the candidates {@code filter} selects (an imported dataset has none). */
    public void each(Actor actor, RatingFilter filter, Consumer<OutcomeRow> each) {
        // Outcomes are not stored yet; the outcome work fills this in.
    }
}
