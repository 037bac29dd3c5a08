package dev.panel.user.api;

import dev.panel.user.AccountLinkService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Spends an invitation or password-reset link: whoever holds the link sets the account's password. 201 with the
 * account; 400 for an unknown link or a password the policy refuses; 410 for a used or expired link.
 */
@Controller("/api/invitations")
@Secured(SecurityRule.IS_ANONYMOUS)
@SecurityRequirements
@Tag(name = "Sign-in")
class InvitationController {

    private final AccountLinkService links;

    InvitationController(AccountLinkService links) {
        this.links = links;
    }

    @Post("/{token}")
    HttpResponse<AccountJson> accept(@Size(max = 100) String token, @Body @Valid PasswordChoice choice) {
        return HttpResponse.created(AccountJson.of(links.redeem(token, choice.password())));
    }

    @Serdeable
    record PasswordChoice(@NotNull @Size(max = 200) String password) {
    }
}
