package dev.panel.access;

import dev.panel.access.AccessMatrix.Access;
import dev.panel.access.AccessMatrix.Row;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.role.Requirement;
import dev.panel.role.RoleView;
import dev.panel.testing.Accessibility;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the access matrix (which {@link ViewAccessMatrixBrowserIT} keeps equal to the routes that run), opened by
 * a principal who may open it, on the matrix's objects, and the main dialogs: axe-core finds nothing critical or serious
 * for WCAG 2.1 A and AA. The moderate counts of each page are printed, and a table of all of them at the end.
 */
@MicronautTest(transactional = false)
class AccessibilityBrowserIT implements DatabaseTest {

    /** Who opens a route: the first of these the matrix allows, the narrowest role first so that pages show a role's own view. */
    static final List<Principal> OPENERS = List.of(Principal.ANONYMOUS, Principal.INTERVIEWER, Principal.HIRING_MANAGER,
            Principal.RECRUITER, Principal.ADMIN);

    @Inject
    AccessWorld world;
    @Inject
    LibraryFixture library;
    @Inject
    PlanService plans;

    @RegisterExtension
    static final Browser browser = Browser.extension();

    final AccessMatrix matrix = AccessMatrix.load();
    static final List<Accessibility.Report> REPORTS = new ArrayList<>();
    /** A draft plan that fails the coverage check, so its builder shows the problems and offers the publish override. */
    long failingPlanId;

    @BeforeAll
    void aPlanThatFailsTheGate() {
        long competency = library.competency();
        RoleView role = library.role(new Requirement(competency, 3, true));
        failingPlanId = plans.create(world.actor(Principal.HIRING_MANAGER), new PlanDraft(role.role().id(), Names.unique("Short loop"),
                List.of(new PlanStage("Only interview", 60, 1, List.of(competency), List.of())), null)).plan().id();
    }

    @TestFactory
    Stream<DynamicTest> every_route_has_no_critical_or_serious_violation() {
        Map<String, Long> ids = Map.of("planId", failingPlanId, "drillId", world.drillId, "loopId", world.loop.loop().id(),
                "interviewId", world.interviewId, "token", 0L);
        return matrix.rows("view").stream()
                .sorted(Comparator.comparing(AccessibilityBrowserIT::opener))
                .map(row -> DynamicTest.dynamicTest(row.key() + " as " + opener(row).column(), () -> {
                    String path = ViewAccessMatrixBrowserIT.path(row.key().substring("VIEW ".length()), ids);
                    visitAs(opener(row), path);
                    String page = path.equals("/") ? "/ (home)" : path;
                    REPORTS.add(Accessibility.check(browser, page));
                }));
    }

    @TestFactory
    Stream<DynamicTest> the_main_dialogs_have_no_critical_or_serious_violation() {
        return Stream.of(
                dialog("New candidate", Principal.RECRUITER, "/loops/new", "new-candidate"),
                dialog("Publish override", Principal.HIRING_MANAGER, "/library/plans/" + failingPlanId, "override-plan"),
                dialog("New plan", Principal.HIRING_MANAGER, "/library/plans", "new-plan"),
                dialog("New competency", Principal.HIRING_MANAGER, "/library/competencies", "new-competency"),
                dialog("Add person", Principal.ADMIN, "/admin/people", "add-person"));
    }

    @AfterAll
    void printTheTable() {
        System.out.println("| page | critical | serious | moderate | minor |");
        System.out.println("|---|---|---|---|---|");
        REPORTS.forEach(r -> System.out.printf("| %s | %d | %d | %d | %d |%n", r.page(), r.critical(), r.serious(), r.moderate(), r.minor()));
    }

    private DynamicTest dialog(String name, Principal principal, String path, String opener) {
        return DynamicTest.dynamicTest(name + " dialog as " + principal.column(), () -> {
            visitAs(principal, path);
            browser.click(By.id(opener));
            browser.waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
            REPORTS.add(Accessibility.check(browser, name + " dialog"));
        });
    }

    private Principal signedIn;

    /** Opens the page as this principal, signing in only when the principal changes. */
    private void visitAs(Principal principal, String path) {
        if (principal != signedIn) {
            browser.forgetSession();
            if (principal != Principal.ANONYMOUS) {
                browser.signIn(world.user(principal));
            }
            signedIn = principal;
        }
        browser.open(path);
        assertThat(browser.path()).as("the page %s opened where it was asked for, not on the login page", path)
                .isEqualTo(path.equals("/") ? browser.path() : path);
    }

    private static Principal opener(Row row) {
        return OPENERS.stream().filter(p -> row.of(p) == Access.ALLOW).findFirst()
                .orElseThrow(() -> new AssertionError(row.key() + " is open to none of " + OPENERS));
    }
}
