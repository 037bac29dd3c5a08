package dev.panel.plan.ui;

import dev.panel.competency.CompetencyService;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.role.Requirement;
import dev.panel.role.RoleView;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
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

/** Two hiring managers edit the same plan in two browsers; the second to save loses nothing, and neither does the first. */
@MicronautTest(transactional = false)
class PlanConflictBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture people;
    @Inject
    LibraryFixture library;
    @Inject
    CompetencyService competencies;
    @Inject
    PlanService plans;

    @RegisterExtension
    static final Browser first = Browser.extension();
    @RegisterExtension
    static final Browser second = Browser.extension();
    User alice;
    User bob;

    @BeforeAll
    void open() {
        List<User> managers = people.people(Role.HIRING_MANAGER, Role.HIRING_MANAGER);
        alice = managers.get(0);
        bob = managers.get(1);
        first.signIn(alice);
        second.signIn(bob);
    }


    @Test
    void the_second_save_shows_the_first_beside_it_and_keeps_both_peoples_stages() {
        long systems = library.competency();
        String systemsName = competencies.get(systems).competency().name();
        RoleView role = library.role(new Requirement(systems, 3, true));
        long planId = plans.create(Actor.of(alice), new PlanDraft(role.role().id(), Names.unique("Shared loop"),
                List.of(new PlanStage("Screening call", 30, 1, List.of(systems), List.of())), null)).plan().id();
        BuilderPage alicePage = new BuilderPage(first);
        BuilderPage bobPage = new BuilderPage(second);
        first.go("/library/plans/" + planId);
        second.go("/library/plans/" + planId);
        alicePage.stage(0);
        bobPage.stage(0);

        first.click(By.id("add-stage"));
        alicePage.name(1, "Alice's architecture stage");
        alicePage.focus(1, systemsName);
        first.click(By.id("save-plan"));
        first.waitForText(By.id("plan-status"), "All changes saved");

        second.click(By.id("add-stage"));
        bobPage.name(1, "Bob's incident stage");
        bobPage.focus(1, systemsName);
        second.click(By.id("save-plan"));
        second.waitForText(By.id("plan-conflict-message"), "Someone else saved this plan while you were editing it");
        assertThat(bobPage.stageName(1)).as("Bob's typing is still on his screen").isEqualTo("Bob's incident stage");
        second.waitForText(By.id("plan-status"), "Unsaved changes");
        second.waitForText(By.id("plan-conflict"), "Alice's architecture stage");
        assertThat(plans.get(planId).plan().stages()).extracting(PlanStage::name)
                .as("Alice's save stands until Bob chooses").containsExactly("Screening call", "Alice's architecture stage");
        bobPage.screenshot("builder-conflict");

        List<WebElement> theirs = second.driver().findElements(By.cssSelector("#plan-conflict .their-stage"));
        second.click(theirs.get(1).findElement(By.cssSelector(".take-stage")));
        second.waiting().until(d -> theirs.get(1).getText().contains("Added to yours"));
        assertThat(bobPage.stageCount()).isEqualTo(3);
        second.click(By.id("save-mine"));
        second.waitForText(By.id("plan-status"), "All changes saved");

        assertThat(plans.get(planId).plan().stages()).extracting(PlanStage::name)
                .containsExactly("Screening call", "Bob's incident stage", "Alice's architecture stage");
        assertThat(second.driver().findElements(By.id("plan-conflict"))).isEmpty();
    }
}
