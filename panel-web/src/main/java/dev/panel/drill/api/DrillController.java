package dev.panel.drill.api;

import dev.panel.drill.CalibratedCompetency;
import dev.panel.drill.CalibratedStatusService;
import dev.panel.drill.Drill;
import dev.panel.drill.DrillAttempt;
import dev.panel.drill.DrillDraft;
import dev.panel.drill.DrillFeedback;
import dev.panel.drill.DrillRating;
import dev.panel.drill.DrillRatingService;
import dev.panel.drill.DrillReport;
import dev.panel.drill.DrillService;
import dev.panel.drill.DrillView;
import dev.panel.drill.SampleAnswer;
import dev.panel.drill.SampleRating;
import dev.panel.security.ApiCaller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Thin: who may build, take and read what is decided by the drill services. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
class DrillController {

    private final DrillService drills;
    private final DrillRatingService taking;
    private final CalibratedStatusService statuses;

    DrillController(DrillService drills, DrillRatingService taking, CalibratedStatusService statuses) {
        this.drills = drills;
        this.taking = taking;
        this.statuses = statuses;
    }

    /** Hiring managers: every drill; interviewers: the open ones and those they took. Newest first. */
    @Get("/drills{?offset,limit}")
    List<Drill> list(@Nullable @QueryValue Integer offset, @Nullable @QueryValue Integer limit, Authentication authentication) {
        return drills.page(ApiCaller.actor(authentication), offset == null ? 0 : offset, limit == null ? 50 : limit);
    }

    @Post("/drills")
    HttpResponse<DrillView> create(@Body DrillDraft request, Authentication authentication) {
        return HttpResponse.created(drills.create(ApiCaller.actor(authentication), request));
    }

    @Get("/drills/{id}")
    DrillView get(long id, Authentication authentication) {
        return drills.get(ApiCaller.actor(authentication), id);
    }

    @Put("/drills/{id}")
    DrillView update(long id, @Body @Valid Edit request, Authentication authentication) {
        return drills.update(ApiCaller.actor(authentication), id, request.version(), request.drill());
    }

    @Put("/drills/{id}/samples/{sampleId}/consensus")
    SampleAnswer consensus(long id, long sampleId, @Body ConsensusLevel request, Authentication authentication) {
        return drills.setConsensus(ApiCaller.actor(authentication), id, sampleId, request.level());
    }

    @Post("/drills/{id}/open")
    DrillView open(long id, Authentication authentication) {
        return drills.open(ApiCaller.actor(authentication), id);
    }

    /** Closes the drill and answers with its report; the consensus and the statuses it gives are then final. */
    @Post("/drills/{id}/close")
    DrillReport close(long id, Authentication authentication) {
        return drills.close(ApiCaller.actor(authentication), id);
    }

    @Get("/drills/{id}/report")
    DrillReport report(long id, Authentication authentication) {
        return drills.report(ApiCaller.actor(authentication), id);
    }

    /** The caller's own attempt: the sample answers (no consensus before they submit) and their ratings. */
    @Get("/drills/{id}/attempt")
    DrillAttempt attempt(long id, Authentication authentication) {
        return taking.attempt(ApiCaller.actor(authentication), id);
    }

    @Put("/drills/{id}/ratings")
    DrillAttempt rate(long id, @Body @Valid Ratings request, Authentication authentication) {
        return taking.save(ApiCaller.actor(authentication), id, request.version(), request.ratings());
    }

    /** The ratings the caller may read: their own, and others' only once their own are submitted. */
    @Get("/drills/{id}/ratings")
    List<DrillRating> ratings(long id, Authentication authentication) {
        return taking.visible(ApiCaller.actor(authentication), id);
    }

    @Post("/drills/{id}/submit")
    DrillAttempt submit(long id, Authentication authentication) {
        return taking.submit(ApiCaller.actor(authentication), id);
    }

    @Get("/drills/{id}/feedback")
    DrillFeedback feedback(long id, Authentication authentication) {
        return taking.feedback(ApiCaller.actor(authentication), id);
    }

    /** The competencies a person is calibrated for today: for those who assign panels, and for the person themselves. */
    @Get("/calibration/{username}")
    List<CalibratedCompetency> calibrated(String username, Authentication authentication) {
        return statuses.calibratedCompetencies(ApiCaller.actor(authentication), username);
    }

    @Serdeable
    record Edit(@NotNull Long version, @NotNull DrillDraft drill) {
    }

    /** {@code version}: the attempt's version the caller read; when given, a newer save since then answers 409. */
    @Serdeable
    record Ratings(@Nullable Long version, @NotNull List<SampleRating> ratings) {
    }

    @Serdeable
    record ConsensusLevel(@Nullable Integer level) {
    }
}
