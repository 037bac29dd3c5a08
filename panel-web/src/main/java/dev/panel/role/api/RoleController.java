package dev.panel.role.api;

import dev.panel.role.RoleDraft;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.security.ApiCaller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;

/** Roles: anyone signed in reads them; hiring managers define and change them. */
@Controller("/api/roles")
@Secured(SecurityRule.IS_AUTHENTICATED)
class RoleController {

    private final RoleService roles;

    RoleController(RoleService roles) {
        this.roles = roles;
    }

    @Get
    List<RoleView> list() {
        return roles.list();
    }

    @Get("/{id}")
    RoleView get(long id) {
        return roles.get(id);
    }

    @Post
    HttpResponse<RoleView> create(@Body @Valid RoleDraft draft, Authentication authentication) {
        RoleView created = roles.create(ApiCaller.actor(authentication), draft);
        return HttpResponse.created(created, URI.create("/api/roles/" + created.role().id()));
    }

    /** {@code version} in the body is the version edited; a stale one is refused with 409. */
    @Put("/{id}")
    RoleView update(long id, @Body @Valid RoleDraft draft, Authentication authentication) {
        return roles.update(ApiCaller.actor(authentication), id, draft);
    }
}
