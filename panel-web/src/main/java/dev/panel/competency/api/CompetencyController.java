package dev.panel.competency.api;

import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.NewCompetency;
import dev.panel.competency.RubricLevel;
import dev.panel.competency.RubricVersion;
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
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.util.List;

/** The competency library: anyone signed in reads it; hiring managers add competencies and revise rubrics. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CompetencyController {

    private final CompetencyService competencies;

    CompetencyController(CompetencyService competencies) {
        this.competencies = competencies;
    }

    @Get("/competencies")
    List<CompetencyView> list() {
        return competencies.list();
    }

    @Get("/competencies/{id}")
    CompetencyView get(long id) {
        return competencies.get(id);
    }

    @Post("/competencies")
    HttpResponse<CompetencyView> create(@Body @Valid NewCompetency request, Authentication authentication) {
        CompetencyView created = competencies.create(ApiCaller.actor(authentication), request);
        return HttpResponse.created(created, URI.create("/api/competencies/" + created.competency().id()));
    }

    /** Newest first. */
    @Get("/competencies/{id}/rubric-versions")
    List<RubricVersion> versions(long id) {
        return competencies.versions(id);
    }

    /** 201 with the new version; 200 with the current one when the levels did not change. */
    @Post("/competencies/{id}/rubric-versions")
    HttpResponse<RubricVersion> revise(long id, @Body @Valid RubricRevision revision, Authentication authentication) {
        RubricVersion saved = competencies.reviseRubric(ApiCaller.actor(authentication), id, revision.basedOn(), revision.levels());
        if (saved.number() == revision.basedOn()) {
            return HttpResponse.ok(saved);
        }
        return HttpResponse.created(saved, URI.create("/api/rubric-versions/" + saved.id()));
    }

    @Get("/rubric-versions/{id}")
    RubricVersion rubricVersion(long id) {
        return competencies.rubricVersion(id);
    }

    /** A changed rubric; {@code basedOn} is the version number the change was made from. */
    @Serdeable
    record RubricRevision(@NotNull Integer basedOn, @Nullable List<RubricLevel> levels) {
    }
}
