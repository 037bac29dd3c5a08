package dev.panel.scorecard;

import dev.panel.testing.BlindPanel;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blind scoring through every page: a panelist who has not submitted, be they an interviewer or a hiring manager,
 * recruiter or admin who also sits on the panel, finds nothing of a co-panelist's ratings, notes, evidence,
 * amendment or recommendation, nor of the decision, on any page their roles open (the page's text and its markup
 * both); once they have submitted, the same pages show it.
 */
@MicronautTest(transactional = false)
class BlindScoringBrowserIT implements DatabaseTest {

    @Inject
    BlindPanel panel;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    @Test
    void no_page_shows_a_panelist_the_others_scorecards_or_the_decision_before_they_submit_and_they_do_after() {
        BlindPanel.Scene scene = panel.scene();

        scene.stillScoring().forEach((who, user) -> {
            signIn(user);
            Map<String, String> pages = pagesOf(user, scene);
            pages.forEach((path, markup) -> assertThat(markup).as("%s on %s", who, path).doesNotContain(scene.marker()));
            assertThat(pages.get("/interview/" + scene.interviewId())).as(who)
                    .contains("1 of 5 scorecards for this candidate are submitted.").doesNotContain("Avery Panelist · ");
            if (pages.containsKey(debrief(scene))) {
                assertThat(pages.get(debrief(scene))).as(who).contains("Strong no: 0").contains("No submitted rating yet")
                        .contains("submitted your own");
            }
        });

        panel.everyoneSubmits(scene);

        scene.stillScoring().forEach((who, user) -> {
            signIn(user);
            Map<String, String> pages = pagesOf(user, scene);
            assertThat(pages.get("/interview/" + scene.interviewId())).as(who).contains(scene.marker() + " amended")
                    .contains("Avery Panelist · Strong no");
            if (pages.containsKey(debrief(scene))) {
                assertThat(pages.get(debrief(scene))).as(who).contains("Strong no: 1").contains("Decided on " + scene.marker());
            }
        });
    }

    private static String debrief(BlindPanel.Scene scene) {
        return "/loops/" + scene.loopId() + "/debrief";
    }

    private void signIn(User user) {
        browser.forgetSession();
        browser.signIn(user);
    }

    /** The text and markup of every page the user's roles open that could speak of the scene's candidate, by path. */
    private Map<String, String> pagesOf(User user, BlindPanel.Scene scene) {
        Map<String, By> pages = new LinkedHashMap<>();
        pages.put("/interviews", By.id("home-heading"));
        pages.put("/interview/" + scene.interviewId(), By.id("panel-progress"));
        pages.put("/drills", By.tagName("h1"));
        boolean staff = !user.roles().equals(java.util.Set.of(Role.INTERVIEWER));
        if (staff) {
            pages.put("/loops", By.id("loop-overview"));
            pages.put("/loops/" + scene.loopId(), By.id("loop-summary"));
        }
        if (user.roles().contains(Role.HIRING_MANAGER)) {
            pages.put("/hiring", By.id("home-heading"));
        }
        if (user.roles().contains(Role.RECRUITER)) {
            pages.put("/recruiting", By.id("home-heading"));
        }
        if (user.roles().contains(Role.ADMIN)) {
            pages.put("/admin", By.id("home-heading"));
            pages.put("/admin/audit", By.cssSelector("#audit-grid vaadin-grid-cell-content"));
        }
        if (user.roles().contains(Role.HIRING_MANAGER) || user.roles().contains(Role.ADMIN)) {
            pages.put(debrief(scene), By.id("fair-score"));
        }
        Map<String, String> seen = new LinkedHashMap<>();
        pages.forEach((path, ready) -> {
            browser.go(path);
            browser.waitFor(ready);
            browser.driver().findElements(By.tagName("vaadin-details")).forEach(d -> browser.script("arguments[0].opened = true;", d));
            seen.put(path, browser.script("return document.body.innerText;") + "\n" + browser.driver().getPageSource());
        });
        if (staff) {
            seen.put("/calibration", calibrationPage());
        }
        return seen;
    }

    /** The calibration dashboard for everything, shown. */
    private String calibrationPage() {
        browser.go("/calibration");
        browser.click(By.id("calibration-show"));
        browser.waiting().until(d -> !d.findElements(By.id("calibration-summary")).isEmpty() || !d.findElements(By.id("calibration-problem")).isEmpty());
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(browser.script("return document.body.innerText;")));
        parts.add(browser.driver().getPageSource());
        return String.join("\n", parts);
    }
}
