package dev.panel.app;

import dev.panel.app.server.PanelServer;

import java.sql.SQLException;

/** Turns a start-up failure into one sentence a person can act on. */
final class StartupFailure {

    private StartupFailure() {
    }

    static String explain(Throwable failure, String databaseUrl) {
        PanelServer.PortInUseException portInUse = find(failure, PanelServer.PortInUseException.class);
        if (portInUse != null) {
            return portInUse.getMessage();
        }
        DangerousJdbcOptions.Refused refused = find(failure, DangerousJdbcOptions.Refused.class);
        if (refused != null) {
            return refused.getMessage();
        }
        SQLException database = find(failure, SQLException.class);
        if (database != null && databaseUrl != null && databaseUrl.startsWith("jdbc:h2:")
                && String.valueOf(database.getMessage()).contains("already in use")) {
            return "the embedded database " + withoutSecrets(databaseUrl)
                    + " is in use by another Panel process. Stop that one, or give this one its own PANEL_DATA_DIR.";
        }
        if (database != null) {
            return "cannot use the database at " + withoutSecrets(databaseUrl) + ": " + firstLine(database.getMessage())
                    + " (check PANEL_DB_URL, PANEL_DB_USER and PANEL_DB_PASSWORD)";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return firstLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
    }

    /** A JDBC URL with any user:password part and every query parameter removed. */
    static String withoutSecrets(String url) {
        if (url == null || url.isBlank()) {
            return "(no URL configured)";
        }
        String cleaned = url.replaceAll("//[^/@]*@", "//");
        int query = cleaned.indexOf('?');
        if (query >= 0) {
            cleaned = cleaned.substring(0, query);
        }
        int h2Options = cleaned.startsWith("jdbc:h2:") ? cleaned.indexOf(';') : -1;
        return h2Options >= 0 ? cleaned.substring(0, h2Options) : cleaned;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }
}
