package dev.panel.security;

import dev.panel.user.ApiTokenService;
import dev.panel.user.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the bearer token of an API request against the stored tokens; Micronaut Security calls it.
 * API requests run on Jetty's worker threads, so the blocking look-up happens there.
 */
@Singleton
class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {

    private final ApiTokenService tokens;

    ApiTokenValidator(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return tokens.resolve(token)
                .map(user -> Publishers.just(Authentication.build(user.username(),
                        user.roles().stream().map(Role::name).collect(Collectors.toList()),
                        Map.of("userId", user.id()))))
                .orElseGet(Publishers::empty);
    }
}
