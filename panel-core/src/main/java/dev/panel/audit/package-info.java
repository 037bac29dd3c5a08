/**
 * The audit trail: who did what and when (logins, submissions, decisions, exports). Append-only: the
 * application offers no way to change or delete an event.
 */
package dev.panel.audit;
