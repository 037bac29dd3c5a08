package dev.panel.app.server;

import com.vaadin.flow.server.VaadinServlet;
import dev.panel.common.InstanceStopping;
import dev.panel.app.metrics.MetricsAccess;
import dev.panel.app.metrics.MetricsServlet;
import dev.panel.app.metrics.RequestTimer;
import dev.panel.security.SignedInUserFilter;
import dev.panel.security.sso.SingleSignOnServlet;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.discovery.ServiceInstance;
import io.micronaut.discovery.event.ServiceReadyEvent;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerShutdownEvent;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.ee10.webapp.WebInfConfiguration;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.Graceful;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * Jetty 12 as Micronaut's embedded server, so that {@code Micronaut.run} and {@code @MicronautTest} start
 * and stop it like any other Micronaut server (port {@code -1} means a random one, as in tests).
 *
 * <p>Stopping is graceful (Micronaut's graceful shutdown, which the context runs when it closes, bounded by
 * {@code micronaut.lifecycle.graceful-shutdown.grace-period}): readiness reports DOWN at once, and the server keeps
 * taking requests for {@code panel.shutdown.drain-delay} so that a load balancer checking readiness sends no new
 * ones; then it stops accepting connections, waits for the requests in flight, and publishes
 * {@link InstanceStopping} so that the pages' held autosaves are saved before the services close.
 */
@Singleton
public class PanelServer implements EmbeddedServer, GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(PanelServer.class);

    /** The servlet-context attribute under which the running Micronaut context is found. */
    public static final String CONTEXT_ATTRIBUTE = "dev.panel.micronaut-context";
    private static final String MICRONAUT_SERVLET = "micronaut";

    private final ApplicationContext context;
    private final ApplicationConfiguration applicationConfiguration;
    private final HttpServerConfiguration httpConfiguration;
    private final Duration sessionIdleTimeout;
    private final boolean secureCookies;
    private final Duration drainDelay;
    private Server jetty;
    private Path baseDirectory;

    PanelServer(ApplicationContext context, ApplicationConfiguration applicationConfiguration,
                HttpServerConfiguration httpConfiguration,
                @Value("${panel.session.idle-timeout:30m}") Duration sessionIdleTimeout,
                @Value("${panel.session.secure-cookies:false}") boolean secureCookies,
                @Value("${panel.shutdown.drain-delay:3s}") Duration drainDelay) {
        this.context = context;
        this.applicationConfiguration = applicationConfiguration;
        this.httpConfiguration = httpConfiguration;
        this.sessionIdleTimeout = sessionIdleTimeout;
        this.secureCookies = secureCookies;
        this.drainDelay = drainDelay;
    }

    @Override
    public synchronized EmbeddedServer start() {
        if (isRunning()) {
            return this;
        }
        int requestedPort = httpConfiguration.getPort().orElse(8080);
        Server server = new Server(new QueuedThreadPool(200, 8, 60_000));
        HttpConfiguration http = new HttpConfiguration();
        // Dispatch once the request body has arrived: a request refused without reading its body (401 on a
        // POST) can then be discarded and the connection kept. Otherwise Jetty sometimes closed the
        // connection under a client that was already reusing it, and that client's next request got nothing.
        http.setDelayDispatchUntilContent(true);
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(requestedPort < 0 ? 0 : requestedPort);
        httpConfiguration.getHost().ifPresent(connector::setHost);
        server.addConnector(connector);
        // Counts the requests in flight, so that a graceful stop waits for them.
        server.setHandler(new GracefulHandler(webApplication()));
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (hasCause(e, BindException.class)) {
                throw new PortInUseException(requestedPort, e);
            }
            throw new IllegalStateException("The web server could not start: " + e.getMessage(), e);
        }
        this.jetty = server;
        // What Micronaut's own servers announce; the health endpoint reports DOWN until the service is ready.
        context.publishEvent(new ServerStartupEvent(this));
        context.publishEvent(new ServiceReadyEvent(ServiceInstance.of(
                applicationConfiguration.getName().orElse("panel"), getURI())));
        return this;
    }

    private WebAppContext webApplication() {
        WebAppContext web = new WebAppContext();
        web.setContextPath("/");
        web.setBaseResource(ResourceFactory.of(web).newResource(emptyBaseDirectory()));
        web.setClassLoader(PanelServer.class.getClassLoader());
        web.setParentLoaderPriority(true);
        // No webdefault.xml: Panel needs neither Jetty's default servlet nor JSP.
        web.setDefaultsDescriptor(null);
        web.setThrowUnavailableOnStartupException(true);
        // No classpath scan (it took two seconds on the fat jar): Vaadin's initialisers get their types from Micronaut.
        web.setConfigurations(new org.eclipse.jetty.ee10.webapp.Configuration[]{new WebInfConfiguration()});
        VaadinInitializers.register(web, context);
        web.setAttribute(CONTEXT_ATTRIBUTE, context);
        // Panel registers Vaadin's servlet itself.
        web.setInitParameter("disable.automatic.servlet.registration", "true");
        web.getServletContext().setAttribute(CONTEXT_ATTRIBUTE, context);

        web.getSessionHandler().setMaxInactiveInterval((int) sessionIdleTimeout.toSeconds());
        web.getSessionHandler().setHttpOnly(true);
        web.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        web.getSessionHandler().setSessionCookie("PANELSESSION");
        // Jetty marks the cookie Secure on requests that came in over TLS; behind a proxy that ends TLS the
        // request is plain HTTP, so PANEL_SECURE_COOKIES=true marks it Secure always.
        web.getSessionHandler().setSecureRequestOnly(!secureCookies);
        web.getSessionHandler().getSessionCookieConfig().setSecure(secureCookies);

        // First, so that a request's time includes every filter's work.
        FilterHolder timer = new FilterHolder(new RequestTimer(context.getBean(MeterRegistry.class), MICRONAUT_SERVLET));
        timer.setAsyncSupported(true);
        web.addFilter(timer, "/*", EnumSet.of(DispatcherType.REQUEST));

        FilterHolder requestIds = new FilterHolder(new RequestIds());
        requestIds.setAsyncSupported(true);
        web.addFilter(requestIds, "/*", EnumSet.of(DispatcherType.REQUEST));

        FilterHolder headers = new FilterHolder(new SecurityHeaders());
        headers.setAsyncSupported(true);
        web.addFilter(headers, "/*", EnumSet.of(DispatcherType.REQUEST));

        FilterHolder signedInUser = new FilterHolder(new SignedInUserFilter(context.getBean(dev.panel.user.AccountSessions.class)));
        signedInUser.setAsyncSupported(true);
        web.addFilter(signedInUser, "/*", EnumSet.of(DispatcherType.REQUEST));

        FilterHolder apiBody = new FilterHolder(new BufferedApiBody());
        apiBody.setAsyncSupported(true);
        web.addFilter(apiBody, "/api/*", EnumSet.of(DispatcherType.REQUEST));

        ServletHolder micronaut = new ServletHolder(MICRONAUT_SERVLET, new DefaultMicronautServlet(context));
        // Async, so that Jetty keeps each request open until Micronaut has written its whole response. In
        // blocking mode Micronaut can still be writing (a rejection, an error) after the servlet has returned,
        // and Jetty then ends the exchange with no response at all (about 1 request in 75 under load here).
        micronaut.setAsyncSupported(true);
        web.getServletHandler().addServletWithMapping(micronaut, "/api/*");
        web.getServletHandler().addServletWithMapping(micronaut, "/health");
        web.getServletHandler().addServletWithMapping(micronaut, "/health/*");
        web.getServletHandler().addServletWithMapping(micronaut, "/swagger/*");
        web.getServletHandler().addServletWithMapping(micronaut, "/swagger-ui/*");

        // Prometheus's scrape, outside Micronaut's routes and its security rules for people (see MetricsServlet).
        web.getServletHandler().addServletWithMapping(new ServletHolder("metrics",
                new MetricsServlet(context.getBean(MetricsAccess.class), context.getBean(PrometheusMeterRegistry.class))), "/metrics");

        // Single sign-on's start and callback: plain redirects, outside both Micronaut's routes and Vaadin's.
        web.getServletHandler().addServletWithMapping(new ServletHolder("sso", new SingleSignOnServlet(context)), "/sso/*");

        ServletHolder vaadin = new ServletHolder("vaadin", VaadinServlet.class);
        vaadin.setAsyncSupported(true);
        // Heartbeats alone must not keep an idle session alive past the idle timeout.
        vaadin.setInitParameter("closeIdleSessions", "true");
        vaadin.setInitOrder(1);
        web.addServlet(vaadin, "/*");
        return web;
    }

    private Path emptyBaseDirectory() {
        try {
            baseDirectory = Files.createTempDirectory("panel-web");
            return baseDirectory;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory for the web server", e);
        }
    }

    @Override
    public synchronized EmbeddedServer stop() {
        if (jetty != null) {
            context.publishEvent(new ServerShutdownEvent(this));
            stopQuietly(jetty);
            jetty = null;
        }
        if (baseDirectory != null) {
            baseDirectory.toFile().delete();
            baseDirectory = null;
        }
        return this;
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        Server running = jetty;
        if (running == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> drained = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try {
                LOG.info("Stopping: readiness reports DOWN; taking requests for {} s more while the load balancer drains this instance",
                        drainDelay.toMillis() / 1000.0);
                // Not a synchronisation: the time a balancer needs to see readiness fail (HAProxy: inter 1s, fall 2).
                Thread.sleep(drainDelay.toMillis());
                Graceful.shutdown(running).get();
                LOG.info("Stopping: no request in flight; saving what the open pages hold");
                context.publishEvent(new InstanceStopping());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | RuntimeException failure) {
                LOG.warn("Stopping: draining the web server failed; stopping anyway", failure);
            } finally {
                drained.complete(null);
            }
        }, "panel-drain");
        drain.start();
        return drained;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping after a failed start or at shutdown: nothing more can be done
        }
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isRunning() {
        return jetty != null && jetty.isRunning();
    }

    @Override
    public int getPort() {
        if (jetty == null) {
            return httpConfiguration.getPort().orElse(8080);
        }
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @Override
    public String getHost() {
        return httpConfiguration.getHost().orElse("localhost");
    }

    @Override
    public String getScheme() {
        return "http";
    }

    @Override
    public URL getURL() {
        try {
            return getURI().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public URI getURI() {
        return URI.create(getScheme() + "://" + getHost() + ":" + getPort());
    }

    @Override
    public ApplicationContext getApplicationContext() {
        return context;
    }

    @Override
    public ApplicationConfiguration getApplicationConfiguration() {
        return applicationConfiguration;
    }

    /** The port is taken by another program: said in one line by the launcher. */
    public static final class PortInUseException extends RuntimeException {
        PortInUseException(int port, Throwable cause) {
            super("Port " + port + " is already in use. Stop the program that holds it, or start Panel on another port with PANEL_PORT=<port>.", cause);
        }
    }
}
