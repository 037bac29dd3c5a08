package dev.panel.candidate.api;

import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
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

import java.util.List;

@Controller("/api/candidates")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CandidateController {

    private final CandidateService candidates;

    CandidateController(CandidateService candidates) {
        this.candidates = candidates;
    }

    @Post
    HttpResponse<Candidate> add(@Body @Valid NewCandidate request, Authentication authentication) {
        return HttpResponse.created(candidates.create(ApiCaller.actor(authentication), request.name(), request.email()));
    }

    @Get
    List<Candidate> list(Authentication authentication) {
        return candidates.list(ApiCaller.actor(authentication));
    }

    /** The name is checked by the service, whose refusal names the field. */
    @Serdeable
    record NewCandidate(@Nullable String name, @Nullable String email) {
    }
}
