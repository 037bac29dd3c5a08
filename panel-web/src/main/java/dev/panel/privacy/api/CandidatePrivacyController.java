package dev.panel.privacy.api;

import dev.panel.candidate.Candidate;
import dev.panel.privacy.CandidateExport;
import dev.panel.privacy.CandidatePrivacy;
import dev.panel.security.ApiCaller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/** A candidate's data: everything as JSON, anonymised in place, or deleted. Recruiters and admins only. */
@Controller("/api/candidates/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CandidatePrivacyController {

    private final CandidatePrivacy privacy;

    CandidatePrivacyController(CandidatePrivacy privacy) {
        this.privacy = privacy;
    }

    @Get("/export")
    HttpResponse<CandidateExport> export(long id, Authentication authentication) {
        return HttpResponse.ok(privacy.export(ApiCaller.actor(authentication), id))
                .header("Content-Disposition", "attachment; filename=\"candidate-" + id + ".json\"");
    }

    @Post("/anonymise")
    Candidate anonymise(long id, Authentication authentication) {
        return privacy.anonymise(ApiCaller.actor(authentication), id);
    }

    @Delete
    HttpResponse<Void> delete(long id, Authentication authentication) {
        privacy.delete(ApiCaller.actor(authentication), id);
        return HttpResponse.noContent();
    }
}
