package dev.panel.loop.api;

import dev.panel.loop.AssignPanel;
import dev.panel.loop.AssignedInterview;
import dev.panel.loop.InterviewKit;
import dev.panel.loop.InterviewService;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopOpening;
import dev.panel.scorecard.ScorecardService;
import dev.panel.security.ApiCaller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.util.List;

@Controller("/api/interviews")
@Secured(SecurityRule.IS_AUTHENTICATED)
class InterviewController {

    private final InterviewService interviews;
    private final LoopOpening loops;
    private final ScorecardService scorecards;

    InterviewController(InterviewService interviews, LoopOpening loops, ScorecardService scorecards) {
        this.interviews = interviews;
        this.loops = loops;
        this.scorecards = scorecards;
    }

    /** The caller's own interviews. */
    @Get
    List<AssignedInterview> mine(Authentication authentication) {
        return interviews.assignedTo(ApiCaller.actor(authentication));
    }

    @Get("/{id}")
    InterviewKit kit(long id, Authentication authentication) {
        return interviews.kit(ApiCaller.actor(authentication), id);
    }

    @Put("/{id}/panel")
    InterviewView assign(long id, @Body @Valid AssignPanel request, Authentication authentication) {
        return loops.assign(ApiCaller.actor(authentication), id, request, scorecards.anyStarted(id));
    }
}
