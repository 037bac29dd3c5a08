package dev.panel.user.api;

import dev.panel.security.ClientAddresses;
import dev.panel.user.ApiTokenService;
import dev.panel.user.LoginResult;
import dev.panel.user.UserService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Exchanges a username and password for a bearer token, for scripts and other programs; and gives one back. */
@Controller("/api/tokens")
@Tag(name = "Sign-in")
class TokenController {

    private final UserService users;
    private final ApiTokenService tokens;
    private final ClientAddresses clients;

    TokenController(UserService users, ApiTokenService tokens, ClientAddresses clients) {
        this.users = users;
        this.tokens = tokens;
        this.clients = clients;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    HttpResponse<?> create(@Body @Valid TokenRequest request, HttpRequest<?> http) {
        LoginResult result = users.login(request.username(), request.password(), clients.of(http));
        if (result instanceof LoginResult.Accepted accepted) {
            ApiTokenService.IssuedToken issued = tokens.issue(accepted.user());
            return HttpResponse.created(new TokenResponse(issued.token(), issued.expiresAt()));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .body(new dev.panel.common.api.ApiError("unauthorized", LoginResult.REFUSED_MESSAGE));
    }

    /** Revokes the token this request is sent with: the script's way of signing out. */
    @Delete("/current")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void revokeCurrent(@Header("Authorization") String authorization) {
        tokens.revokeCurrent(authorization.replaceFirst("(?i)^Bearer\\s+", "").strip());
    }

    @Serdeable
    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Serdeable
    record TokenResponse(String token, Instant expiresAt) {
    }
}
