package dev.panel.app;

import java.nio.file.Path;

/** Where the embedded database lives when no MySQL is configured: {@code PANEL_DATA_DIR}, else {@code ./data}. */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /** {@code PANEL_DB_URL} when set, else the embedded database. */
    static String urlFromEnvironment() {
        String configured = System.getenv("PANEL_DB_URL");
        return configured == null || configured.isBlank() ? url(dataDirectory()) : configured.trim();
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
        return "jdbc:h2:file:" + dataDirectory.resolve("panel")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
                // Closed by the pool when Panel stops, not by H2 at the first signal: a stopping instance still saves.
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
