/**
 * How Micronaut and Vaadin share one process and one port. {@link dev.panel.app.server.PanelServer} is
 * Micronaut's {@code EmbeddedServer}: it runs Jetty 12 with one web-app context. Vaadin's servlet-container
 * initialisers are given the {@code @Route} views and other types they handle from Micronaut's compile-time
 * bean index ({@link dev.panel.app.server.VaadinInitializers}) rather than from a classpath scan; the
 * Micronaut servlet serves {@code /api} and {@code /health}, a servlet of its own {@code /metrics}, Vaadin everything else; and
 * {@link dev.panel.app.server.MicronautInstantiatorFactory} lets Vaadin ask Micronaut for views, so views
 * get their services by constructor injection.
 */
package dev.panel.app.server;
