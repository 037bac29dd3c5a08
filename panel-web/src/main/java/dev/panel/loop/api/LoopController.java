package dev.panel.loop.api;

import dev.panel.loop.HiringLoop;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardStatus;
import dev.panel.security.ApiCaller;
import dev.panel.user.Actor;
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

@Controller("/api/loops")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LoopController {

    private final LoopService loops;
    private final LoopOpening opening;
    private final ScorecardService scorecards;

    LoopController(LoopService loops, LoopOpening opening, ScorecardService scorecards) {
        this.loops = loops;
        this.opening = opening;
        this.scorecards = scorecards;
    }

    @Post
    HttpResponse<LoopView> open(@Body @Valid OpenLoop request, Authentication authentication) {
        return HttpResponse.created(opening.open(ApiCaller.actor(authentication), request));
    }

    /** The loops the caller may see. */
    @Get
    List<LoopView> list(Authentication authentication) {
        return loops.list(ApiCaller.actor(authentication));
    }

    /** The loop with who has submitted; never what anyone wrote. */
    @Get("/{id}")
    LoopDetail get(long id, Authentication authentication) {
        Actor actor = ApiCaller.actor(authentication);
        LoopView view = loops.get(actor, id);
        return new LoopDetail(view.loop(), view.interviews(), scorecards.progress(actor, id));
    }

    @Serdeable
    record LoopDetail(HiringLoop loop, List<InterviewView> interviews, List<ScorecardStatus> progress) {
    }
}
