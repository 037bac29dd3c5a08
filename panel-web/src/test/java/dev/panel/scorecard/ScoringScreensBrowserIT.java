package dev.panel.scorecard;

import dev.panel.loop.LoopView;
import dev.panel.testing.Accessibility;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interview page and My interviews on a laptop, a tablet both ways and a phone: nothing wider than the window (outside
 * containers meant to scroll sideways), Submit always in view, the ratings in view or one tap away; and axe-core finds
 * nothing critical or serious on the page, its shortcut overlay, its submit review and My interviews.
 */
@MicronautTest(transactional = false)
class ScoringScreensBrowserIT implements DatabaseTest {

    /** Elements reaching past the window's right edge, except inside a container that scrolls sideways on purpose. */
    private static final String OVERFLOWING = """
            const limit = window.innerWidth + 1, found = [];
            const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement) {
              const x = getComputedStyle(p).overflowX; if (x === 'auto' || x === 'scroll') return true; } return false; };
            for (const el of document.querySelectorAll('body *')) {
              const r = el.getBoundingClientRect();
              if ((r.width > 0 || r.height > 0) && r.right > limit && getComputedStyle(el).visibility !== 'hidden' && !scrolls(el)
                  && !el.closest('vaadin-connection-indicator, .v-status-message')) {
                found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined
                    ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right));
              }
            }
            return found;""";

    /** Whether the element's box lies within the window as it is scrolled now. */
    private static final String IN_VIEW = """
            const r = arguments[0].getBoundingClientRect();
            return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth + 1;""";

    @Inject
    LoopFixture fixture;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    User interviewer;
    long interviewId;

    @BeforeAll
    void anInterviewToScore() {
        interviewer = fixture.people(Role.INTERVIEWER).get(0);
        LoopView loop = fixture.openWithFirstStage(List.of(interviewer));
        interviewId = loop.interviews().get(0).interview().id();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280,800", "1024,768", "768,1024", "390,844"})
    void the_interview_page_fits_the_screen_and_keeps_submit_and_the_ratings_within_reach(int width, int height) {
        browser.resize(width, height);
        browser.signIn(interviewer);
        browser.open("/interviews");
        assertThat(browser.script(OVERFLOWING)).as("My interviews at %dx%d", width, height).asList().isEmpty();
        assertThat(inView(browser.waitFor(By.cssSelector(".interview-link")))).isTrue();
        browser.screenshot("my-interviews-" + width + "x" + height);

        browser.open("/interview/" + interviewId);
        browser.waitFor(By.id("candidate-name"));
        assertThat(browser.script(OVERFLOWING)).as("the interview page at %dx%d", width, height).asList().isEmpty();
        browser.screenshot("interview-" + width + "x" + height);
        browser.script("const up = e => e.assignedSlot || e.parentElement || (e.getRootNode() && e.getRootNode().host);"
                + " let p = up(document.getElementById('scoring-bar'));"
                + " while (p && !(p.scrollHeight > p.clientHeight && /auto|scroll/.test(getComputedStyle(p).overflowY))) { p = up(p); }"
                + " (p || document.scrollingElement).scrollTop = 1e9;");
        WebElement submit = browser.driver().findElement(By.id("submit-scorecard"));
        browser.waiting().until(d -> inView(submit));

        WebElement firstRating = browser.driver().findElement(By.cssSelector(".scoring-form .rating-levels"));
        if (!rendered(firstRating)) {
            WebElement switcher = browser.driver().findElement(By.cssSelector(".pane-switch[data-pane='scorecard']"));
            assertThat(inView(switcher)).as("the Scorecard switch is in view at %dx%d", width, height).isTrue();
            browser.click(switcher);
            browser.waiting().until(d -> rendered(firstRating));
            assertThat(browser.script(OVERFLOWING)).as("the scorecard pane at %dx%d", width, height).asList().isEmpty();
            browser.screenshot("interview-scorecard-pane-" + width + "x" + height);
        }
        assertThat(width < 1280 || rendered(firstRating)).as("side by side on a wide screen").isTrue();
    }

    @Test
    void axe_finds_nothing_critical_or_serious_on_the_interview_page_its_dialogs_and_my_interviews() {
        browser.resize(1280, 800);
        browser.signIn(interviewer);
        browser.open("/interviews");
        Accessibility.check(browser, "My interviews");
        browser.open("/interview/" + interviewId);
        browser.waitFor(By.id("candidate-name"));
        Accessibility.check(browser, "Interview");
        browser.click(By.id("shortcut-help-button"));
        browser.waitFor(By.id("shortcut-list"));
        Accessibility.check(browser, "Interview, shortcuts");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty());
        browser.click(By.id("submit-scorecard"));
        browser.waitFor(By.id("review-summary"));
        Accessibility.check(browser, "Interview, submit review");
        browser.resize(390, 844);
        browser.open("/interview/" + interviewId);
        browser.waitFor(By.id("candidate-name"));
        Accessibility.check(browser, "Interview at 390x844");
    }

    /** Whether the element takes part in the layout (not display:none, itself or an ancestor). */
    private static boolean rendered(WebElement element) {
        return Boolean.TRUE.equals(browser.script("return arguments[0].getClientRects().length > 0;", element));
    }

    private static boolean inView(WebElement element) {
        return Boolean.TRUE.equals(browser.script(IN_VIEW, element));
    }
}
