package dev.panel.decision.api;

import dev.panel.common.NotFoundException;
import dev.panel.decision.Decision;
import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.security.ApiCaller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;

@Controller("/api/loops/{id}/decision")
@Secured(SecurityRule.IS_AUTHENTICATED)
class DecisionController {

    private final DecisionService decisions;

    DecisionController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Post
    HttpResponse<Decision> decide(long id, @Body @Valid Decide request, Authentication authentication) {
        return HttpResponse.created(decisions.decide(ApiCaller.actor(authentication), id, request.outcome(), request.reason(),
                request.earlyReason()));
    }

    @Get
    Decision get(long id, Authentication authentication) {
        return decisions.of(ApiCaller.actor(authentication), id)
                .orElseThrow(() -> new NotFoundException("No decision has been recorded for loop " + id + " yet."));
    }

    /**
     * Outcome and reason are checked by the service, whose refusals say what is missing; {@code earlyReason} is required
     * while scorecards are missing (a 400 names whose).
     */
    @Serdeable
    record Decide(@Nullable Outcome outcome, @Nullable String reason, @Nullable String earlyReason) {
    }
}
