package dev.panel.user;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * Makes sure someone can sign in after the first start: the demo accounts in demo mode; otherwise,
 * while there are no users at all, the admin named by {@code PANEL_ADMIN_USER} / {@code PANEL_ADMIN_PASSWORD}.
 * There is no default password outside demo mode.
 */
@Singleton
public class AccountBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserService users;
    private final DemoMode demoMode;
    private final String adminUser;
    private final String adminPassword;

    AccountBootstrap(UserService users, DemoMode demoMode,
                     @Value("${panel.admin.user:}") String adminUser,
                     @Value("${panel.admin.password:}") String adminPassword) {
        this.users = users;
        this.demoMode = demoMode;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** Run once at start, before anything that needs accounts. */
    public void run() {
        if (demoMode.enabled()) {
            DemoAccounts.ensure(users);
            LOG.info("Demo mode: demo accounts are ready (password '{}')", DemoMode.PASSWORD);
            return;
        }
        if (users.count() > 0) {
            return;
        }
        if (adminUser.isBlank() || adminPassword.isBlank()) {
            LOG.warn("No users exist yet. Set PANEL_ADMIN_USER and PANEL_ADMIN_PASSWORD and restart to create the first admin.");
            return;
        }
        users.create(new NewUser(adminUser, adminUser, adminPassword, Set.of(Role.ADMIN)));
        LOG.info("Created the first admin account '{}'", adminUser.trim().toLowerCase());
    }
}
