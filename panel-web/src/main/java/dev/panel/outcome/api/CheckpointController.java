package dev.panel.outcome.api;

import dev.panel.outcome.Checkpoint;
import dev.panel.outcome.CheckpointService;
import dev.panel.security.ApiCaller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The checkpoints outcomes are rated at: read by recruiters and hiring managers, changed by admins. */
@Controller("/api/outcome-checkpoints")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CheckpointController {

    private final CheckpointService checkpoints;

    CheckpointController(CheckpointService checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Get
    List<Checkpoint> list(Authentication authentication) {
        return checkpoints.list(ApiCaller.actor(authentication));
    }

    @Post
    HttpResponse<Checkpoint> add(@Body NewCheckpoint request, Authentication authentication) {
        return HttpResponse.created(checkpoints.add(ApiCaller.actor(authentication), request.name(), scale(request.scaleMax())));
    }

    @Put("/{id}")
    Checkpoint change(@PathVariable long id, @Body ChangedCheckpoint request, Authentication authentication) {
        return checkpoints.change(ApiCaller.actor(authentication), id, request.name(), scale(request.scaleMax()),
                request.position(), request.version() == null ? -1 : request.version());
    }

    @Post("/{id}/retire")
    Checkpoint retire(@PathVariable long id, Authentication authentication) {
        return checkpoints.retire(ApiCaller.actor(authentication), id);
    }

    /** A missing scale is refused by the service's own check, which names the range. */
    private static int scale(@Nullable Integer scaleMax) {
        return scaleMax == null ? 0 : scaleMax;
    }

    @Serdeable
    record NewCheckpoint(@Nullable String name, @Nullable Integer scaleMax) {
    }

    @Serdeable
    record ChangedCheckpoint(@Nullable String name, @Nullable Integer scaleMax, @Nullable Integer position, @Nullable Long version) {
    }
}
