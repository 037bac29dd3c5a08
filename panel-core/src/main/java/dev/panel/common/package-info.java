/**
 * The few types every feature shares: the domain exceptions that carry a message a person can read,
 * the clock, and the one wrapper that runs again a transaction the database refused ({@link dev.panel.common.TransactionRetry}).
 */
package dev.panel.common;
