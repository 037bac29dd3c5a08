package dev.panel.admin;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.DemoAccounts;
import dev.panel.user.DemoMode;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin finds a refused sign-in in the audit log by filtering, and the log offers nothing to change it. */
@MicronautTest(transactional = false)
class AuditLogBrowserIT implements DatabaseTest {

    @Inject
    UserService users;
    @Inject
    AuditLog audit;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    @BeforeAll
    void openBrowser() {
        DemoAccounts.ensure(users);
    }

    @Test
    void an_admin_filters_the_log_down_to_a_refused_sign_in_of_one_account() {
        String account = Names.unique("auditee");
        users.create(new NewUser(account, "Audit Tester", "right-password", Set.of(Role.INTERVIEWER)));
        String wrongPassword = "not-the-password-" + System.nanoTime();
        browser.signIn(account, wrongPassword);
        browser.waiting().until(d -> browser.script(
                "return document.querySelector('vaadin-login-form').hasAttribute('error')").equals(Boolean.TRUE));
        browser.forgetSession();
        browser.signIn("admin", DemoMode.PASSWORD);
        browser.waitForText(By.id("home-heading"), "Administration");

        browser.click(By.xpath("//vaadin-side-nav-item[contains(., 'Audit log')]"));
        browser.waitForText(By.id("home-heading"), "Audit log");
        browser.waitFor(By.cssSelector("#audit-action input")).sendKeys("login.refused", Keys.ENTER);
        browser.waitFor(By.cssSelector("#audit-who input")).sendKeys(account, Keys.TAB);

        browser.waiting().until(d -> cells().contains(account) && cells().size() == 12);
        browser.screenshot("audit-log-filtered");
        List<String> row = cells().subList(6, 12);
        assertThat(row.get(1)).isEqualTo(account);
        assertThat(row.get(2)).isEqualTo("login.refused");
        assertThat(row.get(4)).isEqualTo("wrong password");
        assertThat(row.get(5)).as("the request id of the sign-in").hasSizeGreaterThanOrEqualTo(8);
        assertThat(String.join(" ", cells())).doesNotContain(wrongPassword);
        assertThat(browser.driver().findElements(By.xpath("//vaadin-button[contains(., 'Delete') or contains(., 'Edit')]"))).isEmpty();
    }

    @Test
    void signing_out_is_in_the_audit_log_with_who_and_the_request_id_as_creating_an_account_with_its_roles_is() {
        String account = Names.unique("leaver");
        users.create(new NewUser(account, "Leaving Soon", "right-password", Set.of(Role.INTERVIEWER, Role.RECRUITER)));
        browser.forgetSession();
        browser.signIn(account, "right-password");
        browser.waitFor(By.id("home-heading"));

        browser.click(By.id("sign-out"));
        browser.waitForPath("/login");

        browser.waiting().until(d -> audit.about(account).stream().anyMatch(e -> e.action().equals("logout")));
        List<AuditEvent> events = audit.about(account);
        AuditEvent logout = events.stream().filter(e -> e.action().equals("logout")).findFirst().orElseThrow();
        assertThat(logout.actor()).isEqualTo(account);
        assertThat(logout.requestId()).as("the request id of the sign-out").hasSizeGreaterThanOrEqualTo(8);
        assertThat(events).extracting(AuditEvent::action).containsSubsequence("logout", "login", "user.created");
        assertThat(events.stream().filter(e -> e.action().equals("user.created")).findFirst().orElseThrow().detail())
                .contains("INTERVIEWER").contains("RECRUITER");
    }

    /** The text of the grid's cells: the six headers, then each row's six cells. */
    private List<String> cells() {
        return browser.driver().findElements(By.cssSelector("#audit-grid vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText().strip()).filter(text -> !text.isEmpty()).toList();
    }
}
