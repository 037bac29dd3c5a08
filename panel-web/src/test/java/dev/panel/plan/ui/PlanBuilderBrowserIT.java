package dev.panel.plan.ui;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.competency.CompetencyService;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanState;
import dev.panel.plan.QuestionPlan;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
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
import static org.assertj.core.api.Assertions.tuple;

/**
 * A hiring manager builds a plan from nothing in the browser until the coverage gate passes, and publishes it;
 * and publishes a plan that fails the gate with a written override reason.
 */
@MicronautTest(transactional = false)
class PlanBuilderBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture people;
    @Inject
    LibraryFixture library;
    @Inject
    CompetencyService competencies;
    @Inject
    PlanService plans;
    @Inject
    AuditLog audit;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    BuilderPage page;
    User manager;

    @BeforeAll
    void open() {
        manager = people.people(Role.HIRING_MANAGER).get(0);
        page = new BuilderPage(browser);
        browser.signIn(manager);
    }

    @Test
    void a_hiring_manager_builds_a_plan_from_nothing_until_the_gate_passes_and_publishes_it() {
        long systems = library.competency();
        long people = library.competency();
        String systemsName = competencies.get(systems).competency().name();
        String peopleName = competencies.get(people).competency().name();
        RoleView role = library.role(new Requirement(systems, 3, true), new Requirement(people, 2, true));
        String marker = Names.unique("q");
        library.question("Design the " + marker + " payments ledger for a tenfold load.", QuestionKind.TECHNICAL,
                QuestionLevel.DEEP_TECHNICAL, 25, List.of(systems), List.of(role.role().id()));
        library.question("Tell me about a " + marker + " engineer you coached out of a slump.", QuestionKind.BEHAVIOURAL,
                QuestionLevel.INTERMEDIATE, 15, List.of(people), List.of(role.role().id()));
        library.question("Walk me through your " + marker + " on-call rota for five people.", QuestionKind.SITUATIONAL,
                QuestionLevel.INTERMEDIATE, 15, List.of(systems), List.of(role.role().id()));

        browser.go("/library/plans");
        browser.waitFor(By.id("plan-grid"));
        page.screenshot("plans-list");
        browser.click(By.id("new-plan"));
        browser.click(By.id("create-plan"));
        browser.waiting().until(d -> d.findElement(By.id("new-plan-name")).getAttribute("invalid") != null);
        WebElement roleInput = browser.waitFor(By.cssSelector("#new-plan-role input"));
        roleInput.sendKeys(role.role().name());
        WebElement roleItem = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith(role.role().name())).findFirst().orElse(null));
        browser.click(roleItem);
        String planName = Names.unique("Loop for");
        browser.driver().findElement(By.cssSelector("#new-plan-name input")).sendKeys(planName);
        browser.click(By.id("create-plan"));

        browser.waitForText(By.id("home-heading"), planName);
        long planId = Long.parseLong(browser.path().substring("/library/plans/".length()));
        browser.waitFor(By.id("no-stages"));
        page.waitForProblem("The plan has no stages yet.");
        assertThat(page.publishEnabled()).isFalse();
        page.screenshot("builder-empty");

        browser.click(By.id("add-stage"));
        page.name(0, "Systems deep dive");
        page.minutes(0, 30);
        page.focus(0, systemsName);
        page.question(0, "payments ledger");
        page.question(0, "on-call rota");
        browser.waitForText(By.cssSelector(".stage-budget"), "Questions: 40 of 30 minutes · 10 minutes over budget");
        page.waitForProblem(systemsName + " is a must-have competency judged by 1 interviewer; it needs at least 2.");
        page.waitForProblem(peopleName + " is a must-have competency judged by 0 interviewers; it needs at least 2.");
        page.waitForProblem("Stage 1 (Systems deep dive) has 40 minutes of questions in a 30-minute slot.");
        assertThat(browser.driver().findElements(By.cssSelector("#coverage-matrix td.gate-fails"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("1: needs 2", "0: needs 2", "40 of 30 min: 10 over");
        assertThat(page.publishEnabled()).isFalse();
        assertThat(plans.get(planId).plan().stages()).as("nothing is saved before the person saves").isEmpty();
        page.screenshot("builder-failing");

        page.minutes(0, 45);
        page.interviewers(0, 2);
        browser.click(By.id("add-stage"));
        page.name(1, "Leadership and people");
        page.focus(1, peopleName);
        page.question(1, "coached out of a slump");
        page.interviewers(1, 2);
        browser.waitForText(By.id("gate-passes"), "The plan passes the coverage check");
        assertThat(page.problems()).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#coverage-matrix .gate-fails"))).isEmpty();
        assertThat(page.budget(0)).isEqualTo("Questions: 40 of 45 minutes");
        browser.waiting().until(d -> page.publishEnabled());

        // The second stage goes first: candidates meet the people interview before the systems one.
        browser.click(page.stage(1).findElement(By.cssSelector(".stage-up")));
        browser.waiting().until(d -> page.stageName(0).equals("Leadership and people"));
        page.screenshot("builder-passing");

        browser.click(browser.driver().findElement(By.id("publish-plan")));
        browser.waitForText(By.id("plan-state"), "Published");
        QuestionPlan published = plans.get(planId).plan();
        assertThat(published.state()).isEqualTo(PlanState.PUBLISHED);
        assertThat(published.overrideReason()).isNull();
        assertThat(published.publishedBy()).isEqualTo(manager.username());
        assertThat(published.stages()).extracting(PlanStage::name, PlanStage::minutes, PlanStage::interviewers)
                .containsExactly(tuple("Leadership and people", 45, 2),
                        tuple("Systems deep dive", 45, 2));
        assertThat(published.stages().get(1).questionIds()).hasSize(2);
        assertThat(browser.driver().findElements(By.id("save-plan"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("add-stage"))).allMatch(e -> !e.isDisplayed());
        assertThat(page.stage(0).findElement(By.cssSelector(".stage-name")).getAttribute("readonly")).isNotNull();
        page.screenshot("builder-published");

        browser.click(By.id("new-draft"));
        browser.waiting().until(d -> !browser.path().equals("/library/plans/" + planId));
        browser.waitForText(By.id("plan-state"), "Draft");
        long draftId = Long.parseLong(browser.path().substring("/library/plans/".length()));
        assertThat(plans.get(draftId).plan().stages()).isEqualTo(published.stages());
        assertThat(plans.get(planId).plan().state()).as("the published plan stays as it was").isEqualTo(PlanState.PUBLISHED);
    }

    @Test
    void a_plan_that_fails_the_gate_is_published_only_with_a_written_reason_which_is_kept() {
        long systems = library.competency();
        RoleView role = library.role(new Requirement(systems, 3, true));
        Actor author = Actor.of(manager);
        long planId = plans.create(author, new PlanDraft(role.role().id(), Names.unique("Short loop"),
                List.of(new PlanStage("Only interview", 60, 1, List.of(systems), List.of())), null)).plan().id();

        browser.go("/library/plans/" + planId);
        page.waitForProblem("judged by 1 interviewer; it needs at least 2.");
        assertThat(page.publishEnabled()).isFalse();
        browser.click(By.id("override-plan"));
        browser.click(By.id("confirm-override"));
        browser.waiting().until(d -> d.findElement(By.id("override-reason")).getAttribute("invalid") != null);
        assertThat(plans.get(planId).plan().state()).isEqualTo(PlanState.DRAFT);

        String reason = "Only one interviewer is free this quarter; the second opinion comes from the work sample.";
        browser.driver().findElement(By.cssSelector("#override-reason textarea")).sendKeys(reason);
        browser.click(By.id("confirm-override"));
        browser.waitForText(By.id("plan-state"), "Published");

        QuestionPlan published = plans.get(planId).plan();
        assertThat(published.state()).isEqualTo(PlanState.PUBLISHED);
        assertThat(published.overrideReason()).isEqualTo(reason);
        assertThat(audit.about("plan:" + planId)).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::detail)
                .contains(tuple("plan.published", manager.username(), "override: " + reason));
        browser.waitForText(By.tagName("body"), "Published despite the coverage check, because: " + reason);
    }
}
