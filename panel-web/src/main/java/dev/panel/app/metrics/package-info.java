/**
 * Metrics in Prometheus's text format at {@code /metrics}, closed unless the scraper shows the configured token or
 * connects from a configured network; and the timing of the requests that Micronaut's own web metrics do not see.
 */
package dev.panel.app.metrics;
