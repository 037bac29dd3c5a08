package dev.panel.outcome.api;

import dev.panel.outcome.HireOutcomes;
import dev.panel.outcome.OutcomeService;
import dev.panel.outcome.OutcomeView;
import dev.panel.outcome.RecordOutcome;
import dev.panel.security.ApiCaller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/** A hire's later outcomes, for recruiters, the role's hiring manager and admins; interviewers are refused (403). */
@Controller("/api/candidates/{candidateId}/outcomes")
@Secured(SecurityRule.IS_AUTHENTICATED)
class OutcomeController {

    private final OutcomeService outcomes;

    OutcomeController(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    /** Each loop through which the candidate was hired, with its outcomes; an empty list for a candidate not hired. */
    @Get
    List<HireOutcomes> list(@PathVariable long candidateId, Authentication authentication) {
        return outcomes.of(ApiCaller.actor(authentication), candidateId);
    }

    /** Records the outcome (201), or changes the one of the same checkpoint and competency; 400 says what is wrong. */
    @Post
    HttpResponse<OutcomeView> record(@PathVariable long candidateId, @Body RecordOutcome request, Authentication authentication) {
        return HttpResponse.created(outcomes.record(ApiCaller.actor(authentication), candidateId, request));
    }

    @Delete("/{outcomeId}")
    HttpResponse<Void> remove(@PathVariable long candidateId, @PathVariable long outcomeId, Authentication authentication) {
        outcomes.remove(ApiCaller.actor(authentication), candidateId, outcomeId);
        return HttpResponse.noContent();
    }
}
