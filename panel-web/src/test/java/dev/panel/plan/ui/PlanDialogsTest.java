package dev.panel.plan.ui;

import dev.panel.common.ConflictException;
import dev.panel.plan.PlanCoverage;
import dev.panel.plan.PlanDraft;
import dev.panel.role.JobRole;
import dev.panel.role.Requirement;
import dev.panel.role.RoleView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-plan and override dialogs without a server: what they refuse, in place, and what they hand over. */
class PlanDialogsTest {

    static final RoleView LEAD = new RoleView(new JobRole(5L, "technical-lead", "Technical Lead", "Senior", "Leads a squad.", null,
            Instant.EPOCH, 0L), List.of(new Requirement(7L, 3, true)));
    static final PlanCoverage FAILING = new PlanCoverage(List.of(), List.of(), List.of(new PlanCoverage.Problem("must_have_undercovered",
            "Reliability is a must-have competency judged by 1 interviewer; it needs at least 2.", null, 7L, null)));

    List<PlanDraft> created = new ArrayList<>();
    List<String> reasons = new ArrayList<>();

    @Test
    void a_new_plan_needs_a_role_and_a_name_and_starts_with_no_stages() {
        NewPlanDialog dialog = new NewPlanDialog(List.of(LEAD), created::add);
        dialog.create.click();
        assertThat(created).isEmpty();
        assertThat(dialog.role.getErrorMessage()).isEqualTo("Choose the role this plan interviews for.");
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Give the plan a name.");

        dialog.role.setValue(LEAD);
        dialog.name.setValue("  Technical Lead loop, 2027 ");
        dialog.create.click();
        assertThat(created).containsExactly(new PlanDraft(5L, "Technical Lead loop, 2027", List.of(), null));
    }

    @Test
    void a_refused_plan_says_why_in_the_dialog_and_keeps_what_was_typed() {
        NewPlanDialog dialog = new NewPlanDialog(List.of(LEAD), draft -> {
            throw new ConflictException("There is already a plan called that.");
        });
        dialog.role.setValue(LEAD);
        dialog.name.setValue("Technical Lead loop");
        dialog.create.click();

        assertThat(dialog.problem.getText()).isEqualTo("There is already a plan called that.");
        assertThat(dialog.name.getValue()).isEqualTo("Technical Lead loop");
    }

    @Test
    void an_override_needs_a_written_reason_of_at_least_a_sentence() {
        OverrideDialog dialog = new OverrideDialog(FAILING, reasons::add);
        dialog.publish.click();
        assertThat(reasons).isEmpty();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Write why this plan should be used although it fails the check.");

        dialog.reason.setValue("ok");
        dialog.publish.click();
        assertThat(reasons).isEmpty();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Say a little more: at least a sentence.");

        dialog.reason.setValue("  The second opinion comes from the work sample this quarter.  ");
        dialog.publish.click();
        assertThat(reasons).containsExactly("The second opinion comes from the work sample this quarter.");
    }
}
