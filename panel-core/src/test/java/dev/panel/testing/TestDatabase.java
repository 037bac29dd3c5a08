package dev.panel.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The one place that decides which database the tests use:
 * <ol>
 *   <li>{@code PANEL_TEST_JDBC_URL} (with {@code PANEL_TEST_JDBC_USER}, {@code PANEL_TEST_JDBC_PASSWORD}), as CI sets it;</li>
 *   <li>else a MySQL 8.4 container, shared by all tests of the JVM, where Docker is available;</li>
 *   <li>else embedded H2 in MySQL mode.</li>
 * </ol>
 * With {@code PANEL_REQUIRE_MYSQL=true} the run fails when it cannot have MySQL, instead of falling back.
 */
public final class TestDatabase {

    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = choose();
            System.out.println("Panel tests use the database at " + properties.get("datasources.default.url"));
        }
        return properties;
    }

    /** Whether the tests run against MySQL or MariaDB (as opposed to H2). */
    public static boolean isMySql() {
        return !String.valueOf(properties().get("datasources.default.url")).startsWith("jdbc:h2:");
    }

    private static Map<String, Object> choose() {
        boolean requireMySql = "true".equalsIgnoreCase(System.getenv("PANEL_REQUIRE_MYSQL"));
        String url = System.getenv("PANEL_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            String user = orDefault(System.getenv("PANEL_TEST_JDBC_USER"), "root");
            String password = orDefault(System.getenv("PANEL_TEST_JDBC_PASSWORD"), "");
            if (requireMySql && url.startsWith("jdbc:h2:")) {
                throw new IllegalStateException("PANEL_REQUIRE_MYSQL=true, but PANEL_TEST_JDBC_URL points at H2: " + url);
            }
            checkReachable(url, user, password);
            return settings(url, user, password);
        }
        if (dockerAvailable()) {
            MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.4").withDatabaseName("panel_test");
            mysql.start();
            return settings(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword());
        }
        if (requireMySql) {
            throw new IllegalStateException("PANEL_REQUIRE_MYSQL=true, but there is no MySQL for the tests: "
                    + "set PANEL_TEST_JDBC_URL (and PANEL_TEST_JDBC_USER, PANEL_TEST_JDBC_PASSWORD) or start a Docker engine.");
        }
        return settings("jdbc:h2:mem:panel-test;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "sa", "");
    }

    private static Map<String, Object> settings(String url, String user, String password) {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password,
                "datasources.default.dialect", "MYSQL",
                "datasources.default.maximum-pool-size", "10",
                "flyway.datasources.default.enabled", "true",
                "panel.security.bcrypt-cost", "10");
    }

    private static void checkReachable(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("The test database at " + url + " cannot be reached: " + e.getMessage(), e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
