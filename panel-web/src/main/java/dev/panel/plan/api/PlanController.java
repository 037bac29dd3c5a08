package dev.panel.plan.api;

import dev.panel.plan.PlanCoverage;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanView;
import dev.panel.plan.QuestionPlan;
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

import java.net.URI;
import java.util.List;

/** Question plans: anyone signed in reads them; hiring managers write, publish and retire them. */
@Controller("/api/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** Every plan, or those of one role. */
    @Get("{?role}")
    List<QuestionPlan> list(@Nullable Long role) {
        return plans.list(role);
    }

    @Get("/{id}")
    PlanView get(long id) {
        return plans.get(id);
    }

    @Get("/{id}/coverage")
    PlanCoverage coverage(long id) {
        return plans.get(id).coverage();
    }

    @Post
    HttpResponse<PlanView> create(@Body @Valid PlanDraft draft, Authentication authentication) {
        return created(plans.create(ApiCaller.actor(authentication), draft));
    }

    /** Only a draft changes; {@code version} in the body is the version edited, and a stale one is refused with 409. */
    @Put("/{id}")
    PlanView update(long id, @Body @Valid PlanDraft draft, Authentication authentication) {
        return plans.update(ApiCaller.actor(authentication), id, draft);
    }

    /** A plan that fails the coverage check is published only with an override reason. */
    @Post("/{id}/publish")
    PlanView publish(long id, @Body @Valid Publication publication, Authentication authentication) {
        return plans.publish(ApiCaller.actor(authentication), id, publication.version(), publication.overrideReason());
    }

    /** A new draft with the stages of this plan: how a published plan is changed. */
    @Post("/{id}/drafts")
    HttpResponse<PlanView> newDraft(long id, Authentication authentication) {
        return created(plans.newDraftFrom(ApiCaller.actor(authentication), id));
    }

    @Post("/{id}/retire")
    QuestionPlan retire(long id, Authentication authentication) {
        return plans.retire(ApiCaller.actor(authentication), id);
    }

    private static HttpResponse<PlanView> created(PlanView plan) {
        return HttpResponse.created(plan, URI.create("/api/plans/" + plan.plan().id()));
    }

    @Serdeable
    record Publication(@NotNull Long version, @Nullable String overrideReason) {
    }
}
