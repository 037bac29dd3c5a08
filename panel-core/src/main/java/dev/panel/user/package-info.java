/**
 * The people who sign in: accounts, their roles, password checks with login throttling, API tokens,
 * and the accounts created at first start (demo accounts, or the first admin).
 */
package dev.panel.user;
