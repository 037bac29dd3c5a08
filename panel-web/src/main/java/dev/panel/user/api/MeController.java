package dev.panel.user.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Collection;
import java.util.List;

/** Who the bearer token belongs to: a cheap way for a script to check its token. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Sign-in")
class MeController {

    @Get
    Me me(Authentication authentication) {
        return new Me(authentication.getName(), List.copyOf(authentication.getRoles()));
    }

    @Serdeable
    record Me(String username, Collection<String> roles) {
    }
}
