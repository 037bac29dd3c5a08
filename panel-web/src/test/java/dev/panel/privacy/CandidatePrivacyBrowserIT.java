package dev.panel.privacy;

import dev.panel.candidate.CandidateService;
import dev.panel.common.NotFoundException;
import dev.panel.loop.LoopView;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.DemoAccounts;
import dev.panel.user.DemoMode;
import dev.panel.user.Role;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recruiter anonymises, then deletes, a candidate from the loop page, each after a confirmation. */
@MicronautTest(transactional = false)
class CandidatePrivacyBrowserIT implements DatabaseTest {

    private static final By CONFIRM = By.cssSelector("vaadin-confirm-dialog-overlay[opened] vaadin-button[slot='confirm-button']");

    @Inject
    UserService users;
    @Inject
    LoopFixture fixture;
    @Inject
    CandidateService candidates;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    @BeforeAll
    void openBrowser() {
        DemoAccounts.ensure(users);
    }

    @Test
    void a_recruiter_anonymises_then_deletes_a_candidate_after_confirming_each() {
        LoopView loop = fixture.openWithFirstStage(fixture.people(Role.INTERVIEWER));
        long candidateId = loop.loop().candidateId();
        String name = candidates.get(candidateId).name();
        browser.signIn("recruiter", DemoMode.PASSWORD);
        browser.waitForText(By.id("home-heading"), "Recruiter home");

        browser.go("/loops/" + loop.loop().id());
        browser.waitForText(By.id("loop-heading"), name);
        browser.click(By.id("anonymise-candidate"));
        browser.waitFor(CONFIRM);
        browser.screenshot("privacy-confirm-anonymise");
        browser.click(CONFIRM);

        browser.waitForText(By.id("loop-heading"), "Anonymised candidate " + candidateId);
        assertThat(candidates.get(candidateId).isAnonymised()).isTrue();
        assertThat(browser.waitFor(By.id("anonymise-candidate")).getAttribute("disabled")).isNotNull();
        browser.screenshot("privacy-anonymised-loop");

        browser.click(By.id("delete-candidate"));
        browser.click(CONFIRM);
        browser.waitForPath("/loops");
        assertThatThrownBy(() -> candidates.get(candidateId)).isInstanceOf(NotFoundException.class);
        assertThat(List.of(browser.driver().findElement(By.tagName("body")).getText())).noneMatch(text -> text.contains(name));
    }
}
