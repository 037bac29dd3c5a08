/**
 * How Micronaut and Vaadin share one process and one port. {@link dev.panel.app.server.PanelServer} is
 * Micronaut's {@code EmbeddedServer}: it runs Jetty 12 with a web-app context that scans the classpath like
 * a WAR would, so Vaadin's servlet-container initialisers find the {@code @Route} views on their own; the
 * Micronaut servlet serves {@code /api} and {@code /health}, Vaadin everything else; and
 * {@link dev.panel.app.server.MicronautInstantiatorFactory} lets Vaadin ask Micronaut for views, so views
 * get their services by constructor injection.
 */
package dev.panel.app.server;
