/**
 * The few types every feature shares: the domain exceptions that carry a message a person can read, the clock, the
 * one wrapper that runs again a transaction the database refused ({@link dev.panel.common.TransactionRetry}), and
 * the lock that makes scheduled work run on one instance of a cluster at a time ({@link dev.panel.common.SharedWork}).
 */
package dev.panel.common;
