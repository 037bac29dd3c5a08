package dev.panel.user;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh database outside demo mode: the first start creates exactly the admin named by
 * PANEL_ADMIN_USER / PANEL_ADMIN_PASSWORD, and no demo account. (An empty database of its own, since
 * the shared test database already has users.)
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstAdminIT implements TestPropertyProvider {

    @Inject
    UserService users;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:first-admin;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "datasources.default.dialect", "MYSQL",
                "flyway.datasources.default.enabled", "true",
                "panel.demo", "false",
                "panel.starter-library", "false",
                "panel.admin.user", "First.Admin",
                "panel.admin.password", "a long admin password",
                "panel.security.bcrypt-cost", "10");
    }

    @Test
    void the_first_admin_comes_from_the_environment_and_no_demo_account_exists() {
        assertThat(users.count()).isEqualTo(1);
        User admin = users.findByUsername("first.admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(users.login("first.admin", "a long admin password")).isInstanceOf(LoginResult.Accepted.class);
        for (DemoAccounts.Account demo : DemoAccounts.ALL) {
            assertThat(users.findByUsername(demo.username())).as(demo.username()).isEmpty();
        }
    }
}
