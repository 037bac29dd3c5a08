package dev.panel.app;

import io.micronaut.context.ApplicationContext;

import java.nio.file.Path;
import java.util.Map;

/**
 * Panel running on the embedded database in a data directory, as {@link PanelApplication} starts it but without the
 * web server: the context (migrations, starter library, demo data) holding the H2 file, and the backup access.
 */
final class RunningPanel implements AutoCloseable {

    private final ApplicationContext context;
    private final BackupAccess backups;
    private final Path dataDirectory;

    private RunningPanel(ApplicationContext context, BackupAccess backups, Path dataDirectory) {
        this.context = context;
        this.backups = backups;
        this.dataDirectory = dataDirectory;
    }

    static RunningPanel start(Path dataDirectory) throws Exception {
        BackupAccess.bindToLoopback(); // as PanelApplication does (too late if another test of this JVM loaded H2 first: then H2 only refuses other machines)
        ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "datasources.default.url", EmbeddedDatabase.url(dataDirectory),
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "panel.security.bcrypt-cost", "10",
                // No scheduled rounds: the only writes during the test are the test's own.
                "panel.notifications.background", "false")).start();
        try {
            return new RunningPanel(context, BackupAccess.open(dataDirectory), dataDirectory);
        } catch (Exception e) {
            context.close();
            throw e;
        }
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        backups.close();
        context.close();
    }
}
