/** REST endpoints for accounts: exchanging a password for an API token, and who a token belongs to. */
package dev.panel.user.api;
