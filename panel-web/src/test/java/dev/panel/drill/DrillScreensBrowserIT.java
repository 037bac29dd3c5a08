package dev.panel.drill;

import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.DrillFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Screens;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drill page at a laptop's, a tablet's (both ways) and a phone's size: nothing overflows, the rating, evidence and Submit are reachable. */
@MicronautTest(transactional = false)
class DrillScreensBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture people;
    @Inject
    DrillFixture fixture;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    long drillId;

    @BeforeAll
    void openADrill() {
        List<User> users = people.people(Role.HIRING_MANAGER, Role.INTERVIEWER);
        drillId = fixture.open(users.get(0), 1, 2, 3, 4, 3).drill().id();
        browser.signIn(users.get(1));
    }

    @Test
    void at_every_screen_size_nothing_overflows_sideways_and_the_answer_and_submit_are_reachable() {
        try {
            for (Screens.Size size : Screens.SIZES) {
                browser.resize(size.width(), size.height());
                browser.open("/drills/" + drillId);
                WebElement first = browser.waitFor(By.cssSelector(".drill-sample .rating-field"));
                browser.screenshot("drill-take-" + size);
                assertThat(Screens.overflowing(browser)).as("wider than the window at %s", size).isEmpty();
                List<WebElement> levels = first.findElements(By.tagName("vaadin-radio-button"));
                assertThat(Screens.unreachable(browser, levels.get(0))).as("the first level at %s", size).isNull();
                assertThat(Screens.unreachable(browser, levels.get(levels.size() - 1))).as("the last level at %s", size).isNull();
                assertThat(Screens.unreachable(browser, first.findElement(By.tagName("vaadin-text-area")))).as("the evidence at %s", size).isNull();
                assertThat(Screens.unreachable(browser, browser.driver().findElement(By.id("submit-drill")))).as("Submit at %s", size).isNull();
            }
        } finally {
            browser.resize(1280, 800);
        }
    }
}
