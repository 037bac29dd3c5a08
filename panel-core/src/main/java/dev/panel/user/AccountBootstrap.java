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
    private final String adminEmail;

    AccountBootstrap(UserService users, DemoMode demoMode,
                     @Value("${panel.admin.user:}") String adminUser,
                     @Value("${panel.admin.password:}") String adminPassword,
                     @Value("${panel.admin.email:}") String adminEmail) {
        this.users = users;
        this.demoMode = demoMode;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.adminEmail = adminEmail;
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
        // Without PANEL_ADMIN_EMAIL the first admin gets an address at panel.example, to be changed on My account.
        NewUser admin = adminEmail.isBlank() ? new NewUser(adminUser, adminUser, adminPassword, Set.of(Role.ADMIN))
                : new NewUser(adminUser, adminUser, adminEmail, adminPassword, Set.of(Role.ADMIN));
        try {
            users.create(admin);
        } catch (dev.panel.common.InvalidInputException refused) {
            throw new IllegalStateException("The first admin (PANEL_ADMIN_USER, PANEL_ADMIN_PASSWORD, PANEL_ADMIN_EMAIL) "
                    + "could not be created: " + refused.getMessage());
        }
        LOG.info("Created the first admin account '{}'", adminUser.trim().toLowerCase());
    }
}
