package dev.panel.scorecard.api;

import dev.panel.scorecard.Amendment;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.security.ApiCaller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Every read goes through the service's visibility rule; nothing here decides who sees what. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ScorecardController {

    private final ScorecardService scorecards;

    ScorecardController(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    /** The caller's own scorecard for the interview; before their first save an empty draft that is not stored (no id, no version). */
    @Get("/interviews/{id}/scorecard")
    Scorecard mine(long id, Authentication authentication) {
        return scorecards.mine(ApiCaller.actor(authentication), id);
    }

    /** An autosave by interview, which stores the draft the first time ({@code version} null: the caller saw none stored). */
    @Put("/interviews/{id}/scorecard")
    Scorecard saveMine(long id, @Body @Valid FirstDraft request, Authentication authentication) {
        return scorecards.saveMine(ApiCaller.actor(authentication), id, request.version(), request.content());
    }

    @Put("/scorecards/{id}")
    Scorecard saveDraft(long id, @Body @Valid Draft request, Authentication authentication) {
        return scorecards.saveDraft(ApiCaller.actor(authentication), id, request.version(), request.content());
    }

    @Post("/scorecards/{id}/submit")
    Scorecard submit(long id, Authentication authentication) {
        return scorecards.submit(ApiCaller.actor(authentication), id);
    }

    @Post("/scorecards/{id}/amendments")
    HttpResponse<Scorecard> amend(long id, @Body @Valid Amend request, Authentication authentication) {
        return HttpResponse.created(scorecards.amend(ApiCaller.actor(authentication), id, request.reason(), request.content()));
    }

    @Get("/scorecards/{id}/amendments")
    List<Amendment> amendments(long id, Authentication authentication) {
        return scorecards.amendments(ApiCaller.actor(authentication), id);
    }

    @Get("/scorecards/{id}")
    Scorecard get(long id, Authentication authentication) {
        return scorecards.get(ApiCaller.actor(authentication), id);
    }

    @Get("/loops/{id}/scorecards")
    List<Scorecard> ofLoop(long id, Authentication authentication) {
        return scorecards.visible(ApiCaller.actor(authentication), id);
    }

    /** An autosave: {@code version} is the version the page last saw, so that an older tab cannot overwrite newer text. */
    @Serdeable
    record Draft(@NotNull Long version, @NotNull ScorecardContent content) {
    }

    /** An autosave by interview: {@code version} is null until the page has seen its draft stored. */
    @Serdeable
    record FirstDraft(@Nullable Long version, @NotNull ScorecardContent content) {
    }

    /** The reason is checked by the service, whose refusal names the field. */
    @Serdeable
    record Amend(@Nullable String reason, @NotNull ScorecardContent content) {
    }
}
