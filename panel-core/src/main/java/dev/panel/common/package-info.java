/**
 * The few types every feature shares: the domain exceptions that carry a message a person can read,
 * the clock, and the lock that makes scheduled work run on one instance of a cluster at a time.
 */
package dev.panel.common;
