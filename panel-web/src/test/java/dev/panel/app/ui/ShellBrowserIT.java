package dev.panel.app.ui;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame around the pages: the side navigation shows what each role may open, folds away on narrow screens, every
 * link of a home page opens, and Panel's own pages answer an address that is not allowed or does not exist.
 */
@MicronautTest(transactional = false)
class ShellBrowserIT implements DatabaseTest {

    /** The navigation each role had before the layout stopped naming the views (the same entries, in the same order). */
    static final Map<Role, List<String>> NAVIGATION = Map.of(
            Role.INTERVIEWER, List.of("My interviews", "Drills", "My account"),
            Role.RECRUITER, List.of("Recruiting", "Loops", "Calibration", "My account"),
            Role.HIRING_MANAGER, List.of("Hiring", "Loops", "Calibration", "Drills", "Competencies", "Question bank", "Question plans",
                    "My account"),
            Role.ADMIN, List.of("Administration", "Hiring", "My interviews", "Recruiting", "Loops", "Calibration", "Drills",
                    "Competencies", "Question bank", "Question plans", "People", "Audit log", "Notifications", "My account"));

    @Inject
    LoopFixture fixture;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    @ParameterizedTest
    @EnumSource(Role.class)
    void the_side_navigation_lists_what_the_role_may_open_and_each_entry_opens(Role role) {
        browser.signIn(fixture.people(role).get(0));
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#side-nav > vaadin-side-nav-item"));
        assertThat(items).extracting(item -> item.getText().strip()).containsExactlyElementsOf(NAVIGATION.get(role));
        List<String> paths = items.stream().map(item -> item.getAttribute("path")).toList();
        for (String path : paths) {
            browser.open("/" + path);
            assertThat(browser.driver().findElements(By.id("error-heading"))).as("%s opens %s", role, path).isEmpty();
            assertThat(browser.path()).isEqualTo("/" + path);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "HIRING_MANAGER", "RECRUITER"})
    void every_link_on_a_home_page_opens_a_page_the_role_may_open(Role role) {
        browser.signIn(fixture.people(role).get(0));
        List<String> links = browser.driver().findElements(By.cssSelector("#home-tools a")).stream()
                .map(a -> java.net.URI.create(a.getAttribute("href")).getPath()).toList();
        assertThat(links).as("the home page of %s lists its tools", role).isNotEmpty();
        assertThat(browser.driver().findElements(By.tagName("body")).get(0).getText())
                .as("nothing that exists is said to be not built").doesNotContain("exports and the calibration workbook\nNot built");
        String home = browser.path();
        for (String link : links) {
            browser.open(home);
            browser.click(By.cssSelector("#home-tools a[href='" + link + "']"));
            browser.waitForPath(link);
            browser.waitForVaadin();
            assertThat(browser.driver().findElements(By.id("error-heading"))).as("%s opens %s from the home page", role, link).isEmpty();
        }
    }

    @Test
    void a_page_the_role_may_not_open_says_so_on_a_page_of_panels_own_with_the_way_home() {
        browser.signIn(fixture.people(Role.INTERVIEWER).get(0));
        browser.open("/admin/people");
        browser.waitForText(By.id("error-heading"), "Not allowed");
        assertThat(browser.waitFor(By.id("error-explanation")).getText()).contains("/admin/people");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Could not navigate");
        screenshots("not-allowed");

        browser.click(By.id("error-home"));
        browser.waitForText(By.id("home-heading"), "My interviews");
        assertThat(browser.path()).isEqualTo("/interviews");
    }

    @Test
    void an_unknown_address_says_so_on_a_page_of_panels_own_with_the_way_home() {
        browser.signIn(fixture.people(Role.RECRUITER).get(0));
        browser.open("/no/such/page");
        browser.waitForText(By.id("error-heading"), "Page not found");
        assertThat(browser.waitFor(By.id("error-explanation")).getText()).contains("/no/such/page");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Couldn't find route");
        screenshots("not-found");

        browser.click(By.id("error-home"));
        browser.waitForText(By.id("home-heading"), "Recruiter home");
    }

    @Test
    void at_1024_pixels_and_below_the_navigation_starts_closed_and_the_page_gets_the_width() {
        browser.signIn(fixture.people(Role.HIRING_MANAGER).get(0));
        for (int[] size : new int[][]{{1280, 800}, {1024, 768}, {768, 1024}, {390, 844}}) {
            browser.resize(size[0], size[1]);
            browser.open("/library/plans");
            boolean wide = size[0] > 1024;
            browser.waiting().until(d -> Boolean.valueOf(wide).equals(drawerOpened()));
            long mainWidth = (Long) browser.script("return Math.round(document.getElementById('main-content').getBoundingClientRect().width)");
            long viewport = (Long) browser.script("return document.documentElement.clientWidth");
            if (wide) {
                assertThat(mainWidth).as("beside the open navigation at %d px", size[0]).isLessThan(viewport - 200);
            } else {
                assertThat(mainWidth).as("the whole width at %d px", size[0]).isGreaterThanOrEqualTo(viewport - 20);
            }
        }
        browser.click(By.tagName("vaadin-drawer-toggle"));
        browser.waiting().until(d -> Boolean.TRUE.equals(drawerOpened()));
        browser.screenshot("shell-navigation-open-390");
        browser.resize(1280, 800);
    }

    private Object drawerOpened() {
        return browser.script("return document.querySelector('vaadin-app-layout').drawerOpened");
    }

    /** The page at a laptop's width and a phone's, for looking at (target/screenshots). */
    private void screenshots(String name) {
        browser.resize(1280, 800);
        browser.screenshot("shell-" + name + "-1280");
        browser.resize(390, 844);
        browser.screenshot("shell-" + name + "-390");
        browser.resize(1280, 800);
    }
}
