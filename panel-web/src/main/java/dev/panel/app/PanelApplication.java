package dev.panel.app;

import io.micronaut.context.ApplicationContext;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import java.util.Map;
import org.slf4j.LoggerFactory;

@OpenAPIDefinition(
        info = @Info(title = "Panel API", version = "0.1",
                description = "Roles, competencies with versioned rubrics, the question bank, question plans with their coverage, "
                        + "candidates, loops, interviews, scorecards and decisions. Get a token with POST /api/tokens and send it as "
                        + "'Authorization: Bearer TOKEN'. Errors are {\"error\": code, \"message\": text}."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
/**
 * Starts Panel: the Micronaut context (database, migrations, services), then the web server. A start that
 * fails ends the process with exit code 1 and one line that says why (see {@link StartupFailure}).
 */
public final class PanelApplication {

    private static final Logger LOG = LoggerFactory.getLogger(PanelApplication.class);

    private PanelApplication() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        BackupAccess.bindToLoopback();
        ApplicationContext context = null;
        String databaseUrl = EmbeddedDatabase.urlFromEnvironment();
        try {
            context = ApplicationContext.builder(PanelApplication.class).args(args).banner(false)
                    .properties(Map.of("datasources.default.url", databaseUrl))
                    .start();
            BackupAccess backups = EmbeddedDatabase.configuredUrl().isEmpty() ? openBackupAccess() : null;
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            ApplicationContext running = context;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, backups), "panel-shutdown"));
            LOG.info("Panel is ready at {} ({} ms)", server.getURI(), (System.nanoTime() - started) / 1_000_000);
        } catch (Throwable failure) {
            System.err.println("Panel could not start: " + StartupFailure.explain(failure, databaseUrl));
            LOG.debug("Start-up failure", failure);
            if (context != null && context.isRunning()) {
                context.close();
            }
            System.exit(1);
        }
    }

    /** Panel runs without it: only the backup of a running Panel needs it, and says so when it is missing. */
    private static BackupAccess openBackupAccess() {
        try {
            return BackupAccess.open(EmbeddedDatabase.dataDirectory());
        } catch (Exception e) {
            LOG.warn("Backups of the running embedded database are not possible: {}", e.getMessage());
            return null;
        }
    }

    /**
     * SIGTERM, Ctrl-C: closing the context stops gracefully (see {@code PanelServer}); a stop that got that far is a
     * clean exit, status 0, rather than the JVM's 143 for a signal, so that a supervisor does not count it a crash.
     */
    private static void stop(ApplicationContext running, BackupAccess backups) {
        long stopping = System.nanoTime();
        if (backups != null) {
            backups.close();
        }
        running.close();
        LOG.info("Panel stopped ({} ms)", (System.nanoTime() - stopping) / 1_000_000);
        Runtime.getRuntime().halt(0);
    }
}
