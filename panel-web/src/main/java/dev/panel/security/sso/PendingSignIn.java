package dev.panel.security.sso;

import java.io.Serializable;
import java.time.Instant;

/**
 * What Panel sent the browser to the provider with, kept in the session until the provider sends it back: the state
 * (the answer must carry it), the nonce (the ID token must carry it) and the PKCE verifier (the code is redeemed with
 * it). Spent by the first answer, whatever that answer is.
 */
record PendingSignIn(String state, String nonce, String codeVerifier, String redirectUri, Instant startedAt)
        implements Serializable {

    static final String SESSION_ATTRIBUTE = "dev.panel.sso-pending";
    /** Where the sentence of a failed sign-in waits for the login page. */
    static final String FAILURE_ATTRIBUTE = "dev.panel.sso-failure";
}
