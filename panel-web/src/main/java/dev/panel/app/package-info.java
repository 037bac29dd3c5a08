/**
 * Starting Panel: the main class, the one-line explanations of why a start failed, the operator's commands
 * (backup, restore), and its health checks.
 *
 * <p>Several instances may run on one database behind a balancer (deploy/haproxy.cfg). What each instance holds
 * for itself: the web sessions (sign-in and the open pages, hence sticky sessions), the downloads prepared on a
 * page, and two caches of rows that never change (rubric versions, loops' frozen stages). Everything else is in the
 * database and shared: accounts, API tokens, sign-in throttles, invitation links, scheduled work's locks
 * ({@code common.SharedWork}) and the notification outbox's claims.
 */
package dev.panel.app;
