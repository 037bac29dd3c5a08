/**
 * The few types every feature shares: the domain exceptions that carry a message a person can read,
 * and the clock.
 */
package dev.panel.common;
