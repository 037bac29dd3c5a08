package dev.panel.common;

import dev.panel.testing.DatabaseTest;
import dev.panel.testing.TestDatabase;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a MariaDB Galera cluster needs of the schema: Galera replicates only InnoDB tables, and rows of a table
 * without a primary key are applied on the other nodes by scanning, or (when deleted) not at all consistently;
 * LOCK TABLES, GET_LOCK and CREATE TABLE … SELECT are refused or not replicated. Read from the migrated schema
 * itself (Flyway's history table included) and from the migration scripts.
 */
@MicronautTest(startApplication = false, transactional = false)
class GaleraSchemaIT implements DatabaseTest {

    private static final Path MIGRATIONS = Path.of("..", "db", "src", "main", "resources", "db", "migration");

    /** Statements Galera refuses or does not replicate, as they would be written in a migration. */
    private static final List<Pattern> REFUSED = List.of(
            Pattern.compile("\\bLOCK\\s+TABLES?\\b"),
            Pattern.compile("\\bGET_LOCK\\s*\\("),
            Pattern.compile("\\bENGINE\\s*=\\s*(?!INNODB\\b)\\w+"),
            Pattern.compile("\\bCREATE\\s+(TEMPORARY\\s+)?TABLE\\b[^;]*\\)\\s*(ENGINE[^;]*)?\\bAS\\s+SELECT\\b|\\bCREATE\\s+TABLE\\b[^;(]*\\bSELECT\\b"));

    @Inject
    DataSource dataSource;

    @Test
    void every_table_of_the_migrated_schema_has_a_primary_key() throws SQLException {
        assumeTrue(TestDatabase.isMySql(), "reads MariaDB's and MySQL's information_schema");
        List<String> withoutKey = names("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')""");
        assertThat(withoutKey).as("tables without a primary key, which Galera cannot replicate safely").isEmpty();
        assertThat(names("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"))
                .as("the migrated tables, Flyway's own among them").contains("flyway_schema_history", "scorecard", "app_user");
    }

    @Test
    void every_table_of_the_migrated_schema_is_innodb() throws SQLException {
        assumeTrue(TestDatabase.isMySql(), "reads MariaDB's and MySQL's information_schema");
        assertThat(names("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'"""))
                .as("tables in an engine other than InnoDB, which Galera does not replicate").isEmpty();
    }

    @Test
    void no_migration_uses_a_statement_galera_refuses() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            scripts = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
        for (Path script : scripts) {
            String sql = Files.readString(script).replaceAll("--[^\n]*", "").toUpperCase(Locale.ROOT);
            for (Pattern refused : REFUSED) {
                refused.matcher(sql).results().forEach(m -> found.add(script.getFileName() + ": " + m.group().trim()));
            }
        }
        assertThat(scripts).as("the migrations in " + MIGRATIONS.toAbsolutePath().normalize()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(found).as("statements Galera refuses or does not replicate").isEmpty();
    }

    private List<String> names(String sql) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }
}
