package dev.panel.user;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new admin's first week, in headless Chromium: they invite three people with different roles on the People page,
 * each sets a password through their link and lands on their home page; a hiring manager is promoted to admin and
 * demoted again; one person is deactivated while signed in, and their next click and their next API call are refused.
 */
@MicronautTest(transactional = false)
class PeopleBrowserIT implements DatabaseTest {

    static final String ADMIN_PASSWORD = "the admin's own passphrase";
    static final Map<Role, String> HOME = Map.of(Role.INTERVIEWER, "My interviews", Role.HIRING_MANAGER, "Hiring manager home",
            Role.RECRUITER, "Recruiter home");

    @Inject
    EmbeddedServer server;
    @Inject
    UserService users;

    @RegisterExtension
    static final Browser admin = Browser.extension();
    User adminUser;

    @BeforeAll
    void signInTheAdmin() {
        adminUser = users.create(new NewUser(Names.unique("first-admin"), "Frida First", ADMIN_PASSWORD, Set.of(Role.ADMIN)));
        admin.signIn(adminUser.username(), ADMIN_PASSWORD);
        admin.waitForText(By.id("home-heading"), "Administration");
    }

    @Test
    void an_admin_invites_three_people_who_each_set_a_password_and_see_their_home_page() {
        Map<Role, String> invited = new LinkedHashMap<>();
        for (Role role : new Role[]{Role.INTERVIEWER, Role.HIRING_MANAGER, Role.RECRUITER}) {
            String username = Names.unique(role.name().toLowerCase().replace('_', '-'));
            invited.put(role, username);
            String link = invite(username, "Named " + role.label(), role);
            try (Browser person = admin.another()) {
                person.driver().get(link);
                person.waitForText(By.id("home-heading"), "Welcome to Panel, Named " + role.label());
                person.waitFor(By.cssSelector("#welcome-password input")).sendKeys("my own long passphrase");
                person.waitFor(By.cssSelector("#welcome-repeat input")).sendKeys("my own long passphrase");
                person.screenshot("welcome");
                person.click(By.id("welcome-save"));
                person.waitForText(By.id("home-heading"), HOME.get(role));
                person.go("/account");
                person.waitForText(By.id("home-heading"), "My account");
                person.screenshot("my-account");
                assertThat(person.waitFor(By.id("signed-in-user")).getText()).contains("Named " + role.label());

                // the link is spent: opening it again says so in one sentence
                person.forgetSession();
                person.driver().get(link);
                person.waitForText(By.id("home-heading"), "This link cannot be used");
                assertThat(person.waitFor(By.id("welcome-problem")).getText()).contains("already been used");
            }
            assertThat(users.login(username, "my own long passphrase")).isInstanceOf(LoginResult.Accepted.class);
        }
        searchPeople(invited.get(Role.RECRUITER));
        admin.screenshot("people");
        assertThat(gridText()).contains(invited.get(Role.RECRUITER)).contains("Password").doesNotContain(invited.get(Role.INTERVIEWER));
    }

    @Test
    void a_hiring_manager_is_promoted_to_admin_and_demoted_and_sees_it_at_their_next_page() {
        String username = Names.unique("hm");
        String link = invite(username, "Hugo Hiring", Role.HIRING_MANAGER);
        try (Browser manager = admin.another()) {
            acceptInvitation(manager, link, "Hiring manager home");
            manager.go("/admin/people");
            manager.waitFor(By.tagName("body"));
            manager.waiting().until(d -> d.findElement(By.tagName("body")).getText().matches("(?s).*(Could not navigate|Access denied|Not allowed).*"));

            editPerson(username);
            admin.click(roleCheckbox(Role.ADMIN));
            admin.click(By.id("account-save"));
            waitForSaved();
            manager.go("/admin/people");
            manager.waitForText(By.id("home-heading"), "People");

            editPerson(username);
            admin.click(roleCheckbox(Role.ADMIN));
            admin.click(By.id("account-save"));
            waitForSaved();
            manager.go("/admin/people");
            manager.waiting().until(d -> d.findElement(By.tagName("body")).getText().matches("(?s).*(Could not navigate|Access denied|Not allowed).*"));
            assertThat(users.findByUsername(username).orElseThrow().roles()).containsExactly(Role.HIRING_MANAGER);
        }
    }

    @Test
    void a_person_deactivated_while_signed_in_is_refused_at_the_next_click_and_the_next_api_call() {
        String username = Names.unique("leaving");
        String link = invite(username, "Lena Leaving", Role.RECRUITER);
        try (Browser leaving = admin.another()) {
            acceptInvitation(leaving, link, "Recruiter home");
            PanelClient script = new PanelClient(server.getURI()).as(username, "my own long passphrase");
            assertThat(script.get("/api/me").statusCode()).isEqualTo(200);

            editPerson(username);
            admin.click(By.cssSelector("#account-active"));
            admin.click(By.id("account-save"));
            waitForSaved();

            // the next click in the open page: the session has ended, and Panel asks for a sign-in
            leaving.click(By.xpath("//vaadin-side-nav-item[contains(., 'My account')]"));
            leaving.waiting().until(d -> leaving.path().equals("/login")
                    || d.findElement(By.tagName("body")).getText().contains("Session expired"));
            leaving.go("/recruiting");
            leaving.waitForPath("/login");
            assertThat(script.get("/api/me").statusCode()).isEqualTo(401);
            assertThat(users.login(username, "my own long passphrase")).isInstanceOf(LoginResult.Refused.class);
        }
    }

    /** Adds a person on the People page; the invitation link the dialog shows once. */
    private String invite(String username, String name, Role role) {
        admin.go("/admin/people");
        admin.click(By.id("add-person"));
        admin.waitFor(By.cssSelector("#account-username input")).sendKeys(username);
        admin.driver().findElement(By.cssSelector("#account-name input")).sendKeys(name);
        admin.driver().findElement(By.cssSelector("#account-email input")).sendKeys(username + "@example.org");
        // a new person starts as an interviewer: swap that for the role wanted
        if (role != Role.INTERVIEWER) {
            admin.click(roleCheckbox(Role.INTERVIEWER));
            admin.click(roleCheckbox(role));
        }
        admin.click(By.id("account-save"));
        WebElement field = admin.waitFor(By.cssSelector("#account-link input"));
        admin.screenshot("people-invitation-link");
        String link = field.getAttribute("value");
        assertThat(link).startsWith(server.getURI().resolve("/welcome/").toString());
        admin.click(By.id("account-link-done"));
        return link;
    }

    private static void acceptInvitation(Browser person, String link, String home) {
        person.driver().get(link);
        person.waitFor(By.cssSelector("#welcome-password input")).sendKeys("my own long passphrase");
        person.waitFor(By.cssSelector("#welcome-repeat input")).sendKeys("my own long passphrase");
        person.click(By.id("welcome-save"));
        person.waitForText(By.id("home-heading"), home);
    }

    private void searchPeople(String text) {
        admin.go("/admin/people");
        WebElement search = admin.waitFor(By.cssSelector("#people-search input"));
        search.sendKeys(text);
        admin.waiting().until(d -> gridText().contains(text));
    }

    private void editPerson(String username) {
        searchPeople(username);
        WebElement cell = admin.waiting().until(d -> d.findElements(By.cssSelector("#people-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(username)).findFirst().orElse(null));
        admin.click(cell);
        admin.waitFor(By.id("account-save"));
    }

    private void waitForSaved() {
        admin.waiting().until(d -> d.findElements(By.id("account-save")).isEmpty());
    }

    private static By roleCheckbox(Role role) {
        return By.xpath("//vaadin-checkbox-group[@id='account-roles']//vaadin-checkbox[.//label[normalize-space()='" + role.label() + "']]");
    }

    private String gridText() {
        return String.join(" | ", admin.driver().findElements(By.cssSelector("#people-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList());
    }
}
