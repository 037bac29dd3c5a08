package dev.panel.user;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Who the identity provider says signed in, after the web layer has checked the ID token's signature, issuer,
 * audience, expiry and nonce. {@code roleClaim} holds the values of the configured roles claim (empty when there is none).
 */
public record VerifiedIdentity(
        String issuer,
        String subject,
        @Nullable String email,
        boolean emailVerified,
        @Nullable String preferredUsername,
        @Nullable String name,
        List<String> roleClaim) {

    public VerifiedIdentity {
        roleClaim = roleClaim == null ? List.of() : List.copyOf(roleClaim);
    }
}
