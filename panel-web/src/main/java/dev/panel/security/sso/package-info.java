/**
 * Single sign-on with OpenID Connect: the authorization-code flow with PKCE, state and nonce, the ID token's
 * signature, issuer, audience and expiry checked against the provider's discovery document and keys (the Nimbus
 * OAuth 2.0 / OpenID Connect SDK does the protocol; Micronaut Security's OAuth2 module does not resolve here).
 * What the provider vouches for becomes a {@link dev.panel.user.VerifiedIdentity}; which account it signs in to is
 * decided in core ({@link dev.panel.user.SingleSignOnAccounts}).
 */
package dev.panel.security.sso;
