package dev.panel.app;

import java.nio.file.Path;
import java.util.Optional;

/** Where the embedded database lives when no MySQL is configured: {@code PANEL_DATA_DIR}, else {@code ./data}. */
final class EmbeddedDatabase {

    /** The H2 file that holds the embedded database, in the data directory. */
    static final String FILE_NAME = "panel.mv.db";

    private EmbeddedDatabase() {
    }

    /** {@code PANEL_DB_URL} when set, else the embedded database. */
    static String urlFromEnvironment() {
        return configuredUrl().orElseGet(() -> url(dataDirectory()));
    }

    /** {@code PANEL_DB_URL}, when Panel is told to use a database other than the embedded one. */
    static Optional<String> configuredUrl() {
        String configured = System.getenv("PANEL_DB_URL");
        return configured == null || configured.isBlank() ? Optional.empty() : Optional.of(configured.trim());
    }

    static Path dataDirectory() {
        String configured = System.getenv("PANEL_DATA_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("panel.data-dir", "./data");
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** H2 in MySQL mode, so that the same migrations and queries serve both. */
    static String url(Path dataDirectory) {
        return "jdbc:h2:file:" + databasePath(dataDirectory)
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
                // Closed by the pool when Panel stops, not by H2 at the first signal: a stopping instance still saves.
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The database's name as H2 knows it: the path of its file without H2's suffix. */
    static Path databasePath(Path dataDirectory) {
        return dataDirectory.resolve("panel");
    }

    /** The account Panel opens the embedded database with (application.yml's defaults). */
    static String user() {
        String user = System.getenv("PANEL_DB_USER");
        return user == null || user.isEmpty() ? "sa" : user;
    }

    static String password() {
        String password = System.getenv("PANEL_DB_PASSWORD");
        return password == null ? "" : password;
    }
}
