package dev.panel.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads an embedded database whole, for comparing two of them table by table. */
final class EmbeddedDatabaseTables {

    private EmbeddedDatabaseTables() {
    }

    /** In this JVM, the running Panel's database is shared rather than locked; any other one is opened as a file. */
    static Connection open(Path dataDirectory) throws SQLException {
        return DriverManager.getConnection(EmbeddedDatabase.url(dataDirectory) + ";IFEXISTS=TRUE", "sa", "");
    }

    /** Every table of Panel's schema, each as its rows (every column, named) in a stable order. */
    static Map<String, List<String>> contents(Connection database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = database.createStatement();
             ResultSet names = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE'")) {
            while (names.next()) {
                tables.add(names.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        Map<String, List<String>> contents = new TreeMap<>();
        for (String table : tables) {
            contents.put(table, rows(database, table));
        }
        return contents;
    }

    private static List<String> rows(Connection database, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = database.createStatement(); ResultSet result = statement.executeQuery("SELECT * FROM `" + table + "`")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column == 1 ? "" : " | ").append(result.getMetaData().getColumnName(column).toLowerCase(java.util.Locale.ROOT))
                            .append('=').append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
