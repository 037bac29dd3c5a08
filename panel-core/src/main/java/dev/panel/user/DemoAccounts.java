package dev.panel.user;

import java.util.List;
import java.util.Set;

/** The demo accounts, one per role (three interviewers, so that a panel can disagree). */
public final class DemoAccounts {

    public record Account(String username, String displayName, Role role) {
    }

    public static final List<Account> ALL = List.of(
            new Account("admin", "Ada Admin", Role.ADMIN),
            new Account("hiring.manager", "Hana Manager", Role.HIRING_MANAGER),
            new Account("interviewer.a", "Ines Alvarez", Role.INTERVIEWER),
            new Account("interviewer.b", "Ben Okafor", Role.INTERVIEWER),
            new Account("interviewer.c", "Chen Wei", Role.INTERVIEWER),
            new Account("recruiter", "Rosa Recruiter", Role.RECRUITER));

    private DemoAccounts() {
    }

    /** Creates whichever demo accounts are missing. */
    public static void ensure(UserService users) {
        users.createUnchecked(ALL.stream()
                .filter(account -> users.findByUsername(account.username()).isEmpty())
                .map(account -> new NewUser(account.username(), account.displayName(), DemoMode.PASSWORD, Set.of(account.role())))
                .toList());
    }
}
