package dev.panel.library;

import dev.panel.user.AccountBootstrap;
import dev.panel.user.Actor;
import dev.panel.user.DemoAccounts;
import dev.panel.user.DemoMode;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * What runs at every start, in order: accounts (demo accounts or the first admin), then the starter
 * library and the starter drills (once each; idempotent), then in demo mode the demo candidates and loops.
 */
@Singleton
class FirstStart {

    /** The library is installed in the name of Panel itself, not of a person. */
    static final Actor PANEL = new Actor(0, "panel", Set.of(Role.ADMIN));

    private final AccountBootstrap accounts;
    private final StarterLibrary library;
    private final StarterDrills drills;
    private final DemoData demoData;
    private final DemoMode demoMode;
    private final UserService users;
    private final boolean installLibrary;

    FirstStart(AccountBootstrap accounts, StarterLibrary library, StarterDrills drills, DemoData demoData, DemoMode demoMode, UserService users,
               @Value("${panel.starter-library:true}") boolean installLibrary) {
        this.accounts = accounts;
        this.library = library;
        this.drills = drills;
        this.demoData = demoData;
        this.demoMode = demoMode;
        this.users = users;
        this.installLibrary = installLibrary;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        accounts.run();
        if (!installLibrary) {
            return;
        }
        User manager = demoMode.enabled() ? users.findByUsername("hiring.manager").orElse(null) : null;
        library.installOnce(PANEL, manager == null ? null : manager.id());
        drills.installOnce(PANEL);
        if (demoMode.enabled() && manager != null) {
            List<User> interviewers = DemoAccounts.ALL.stream().filter(a -> a.role() == Role.INTERVIEWER)
                    .map(a -> users.findByUsername(a.username()).orElseThrow()).toList();
            demoData.install(manager, interviewers);
        }
    }
}
