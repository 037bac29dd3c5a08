package dev.panel.plan.api;

import dev.panel.plan.PlanCoverage;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanState;
import dev.panel.plan.PlanView;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.Requirement;
import dev.panel.role.RoleView;
import dev.panel.testing.ApiTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.panel.question.QuestionKind.BEHAVIOURAL;
import static dev.panel.question.QuestionKind.TECHNICAL;
import static dev.panel.question.QuestionLevel.INTERMEDIATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@MicronautTest(transactional = false)
class PlanApiIT extends ApiTest {

    @Inject
    LibraryFixture library;

    /** A must-have competency and a nice-to-have one, of a role of this test's own. */
    long architecture;
    long mentoring;
    long roleId;
    long designQuestion;
    long mentoringQuestion;

    @BeforeAll
    void prepare() {
        architecture = library.competency();
        mentoring = library.competency();
        roleId = library.role(new Requirement(architecture, 3, true), new Requirement(mentoring, 1, false)).role().id();
        designQuestion = library.question("Design a rate limiter.", TECHNICAL, INTERMEDIATE, 20, List.of(architecture), List.of(roleId));
        mentoringQuestion = library.question("Tell me about someone you mentored.", BEHAVIOURAL, INTERMEDIATE, 10, List.of(mentoring),
                List.of(roleId));
    }

    @Test
    void a_hiring_manager_writes_a_plan_and_reads_it_back_with_its_coverage() {
        PlanDraft sent = passing();

        HttpResponse<String> response = hiringManager.postJson("/api/plans", toJson(sent));

        PlanView created = read(response, 201, PlanView.class);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/plans/" + created.plan().id());
        PlanView read = read(hiringManager.get("/api/plans/" + created.plan().id()), 200, PlanView.class);
        assertStored(created, read);
        assertThat(read.plan().roleId()).isEqualTo(roleId);
        assertThat(read.plan().name()).isEqualTo(sent.name());
        assertThat(read.plan().state()).isEqualTo(PlanState.DRAFT);
        assertThat(read.plan().stages()).isEqualTo(sent.stages());
        assertThat(read.plan().version()).isZero();
        assertThat(read.coverage().problems()).isEmpty();
        assertThat(read.coverage().competencies()).extracting(PlanCoverage.CompetencyCoverage::competencyId,
                PlanCoverage.CompetencyCoverage::mustHave, PlanCoverage.CompetencyCoverage::interviewersByStage,
                PlanCoverage.CompetencyCoverage::interviewers)
                .containsExactly(tuple(architecture, true, List.of(2, 0), 2),
                        tuple(mentoring, false, List.of(0, 1), 1));
        assertThat(read.coverage().stages()).containsExactly(new PlanCoverage.StageBudget(1, "System design", 60, 20),
                new PlanCoverage.StageBudget(2, "Mentoring", 30, 10));
        assertThat(read(hiringManager.get("/api/plans/" + created.plan().id() + "/coverage"), 200, PlanCoverage.class))
                .isEqualTo(read.coverage());
    }

    @Test
    void the_plans_of_a_role_are_listed_by_role() {
        PlanView first = created(passing());
        PlanView second = created(failing());

        List<QuestionPlan> plans = readList(hiringManager.get("/api/plans?role=" + roleId), QuestionPlan.class);

        assertThat(plans).allSatisfy(plan -> assertThat(plan.roleId()).isEqualTo(roleId));
        assertThat(plans).extracting(QuestionPlan::id).contains(first.plan().id(), second.plan().id());
        assertThat(readList(hiringManager.get("/api/plans"), QuestionPlan.class)).extracting(QuestionPlan::roleId).contains(roleId)
                .anySatisfy(otherRole -> assertThat(otherRole).isNotEqualTo(roleId));
    }

    @Test
    void everyone_signed_in_reads_the_starter_plans() {
        PanelClient interviewer = signedIn(Role.INTERVIEWER);
        RoleView cto = readList(interviewer.get("/api/roles"), RoleView.class).stream()
                .filter(view -> view.role().slug().equals("cto")).findFirst().orElseThrow();

        List<QuestionPlan> plans = readList(interviewer.get("/api/plans?role=" + cto.role().id()), QuestionPlan.class);

        QuestionPlan published = plans.stream().filter(plan -> plan.state() == PlanState.PUBLISHED).findFirst().orElseThrow();
        assertThat(published.stages()).isNotEmpty();
        PlanView view = read(interviewer.get("/api/plans/" + published.id()), 200, PlanView.class);
        assertThat(view.plan()).isEqualTo(published);
        assertThat(view.coverage().problems()).isEmpty();
    }

    @Test
    void a_plan_that_passes_coverage_is_published_without_a_reason() {
        PlanView draft = created(passing());

        PlanView published = read(publish(hiringManager, draft, null), 200, PlanView.class);

        PlanView read = read(hiringManager.get("/api/plans/" + draft.plan().id()), 200, PlanView.class);
        assertStored(published, read);
        assertThat(read.plan().state()).isEqualTo(PlanState.PUBLISHED);
        assertThat(read.plan().publishedBy()).isEqualTo(manager.username());
        assertThat(read.plan().publishedAt()).isNotNull();
        assertThat(read.plan().overrideReason()).isNull();
        assertThat(read.plan().stages()).isEqualTo(draft.plan().stages());
    }

    @Test
    void publishing_a_plan_that_fails_coverage_without_a_reason_is_refused_listing_the_reasons() {
        PlanView draft = created(failing());
        List<String> reasons = draft.coverage().problems().stream().map(PlanCoverage.Problem::message).toList();
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("must-have competency judged by 1 interviewer"));

        assertRefused(publish(hiringManager, draft, " "), 400, "invalid_input", reasons.toArray(String[]::new));
        assertThat(read(hiringManager.get("/api/plans/" + draft.plan().id()), 200, PlanView.class).plan().state())
                .isEqualTo(PlanState.DRAFT);
    }

    @Test
    void with_a_written_reason_a_plan_that_fails_coverage_is_published_and_the_reason_kept() {
        PlanView draft = created(failing());
        String reason = "Only one architect can join this month; the debrief will weigh it.";

        PlanView published = read(publish(hiringManager, draft, "  " + reason + " "), 200, PlanView.class);

        assertThat(published.coverage().passes()).isFalse();
        PlanView read = read(hiringManager.get("/api/plans/" + draft.plan().id()), 200, PlanView.class);
        assertThat(read.plan().state()).isEqualTo(PlanState.PUBLISHED);
        assertThat(read.plan().overrideReason()).isEqualTo(reason);
        assertThat(read.plan().publishedBy()).isEqualTo(manager.username());
    }

    @Test
    void editing_a_published_plan_is_refused_with_409() {
        PlanView published = read(publish(hiringManager, created(passing()), null), 200, PlanView.class);
        PlanDraft change = new PlanDraft(roleId, Names.unique("Changed"), passing().stages(), published.plan().version());

        assertRefused(hiringManager.putJson("/api/plans/" + published.plan().id(), toJson(change)), 409, "conflict", "read-only");
        assertRefused(publish(hiringManager, published, null), 409, "conflict", "Only a draft can be published");
        assertThat(read(hiringManager.get("/api/plans/" + published.plan().id()), 200, PlanView.class).plan().name())
                .isEqualTo(published.plan().name());
    }

    @Test
    void a_new_draft_copies_a_published_plan_which_can_then_retire() {
        PlanView published = read(publish(hiringManager, created(passing()), null), 200, PlanView.class);

        HttpResponse<String> response = hiringManager.postJson("/api/plans/" + published.plan().id() + "/drafts", "");
        QuestionPlan retired = read(hiringManager.postJson("/api/plans/" + published.plan().id() + "/retire", ""), 200, QuestionPlan.class);

        PlanView draft = read(response, 201, PlanView.class);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/plans/" + draft.plan().id());
        assertThat(draft.plan().id()).isNotEqualTo(published.plan().id());
        assertThat(draft.plan().state()).isEqualTo(PlanState.DRAFT);
        assertThat(draft.plan().roleId()).isEqualTo(roleId);
        assertThat(draft.plan().name()).isEqualTo(published.plan().name());
        assertThat(draft.plan().stages()).isEqualTo(published.plan().stages());
        assertThat(retired.state()).isEqualTo(PlanState.RETIRED);
        assertThat(read(hiringManager.get("/api/plans/" + published.plan().id()), 200, PlanView.class).plan().state())
                .isEqualTo(PlanState.RETIRED);
    }

    @Test
    void only_a_published_plan_can_retire() {
        PlanView draft = created(passing());

        assertRefused(hiringManager.postJson("/api/plans/" + draft.plan().id() + "/retire", ""), 409, "conflict",
                "Only a published plan can be retired");
    }

    @Test
    void a_draft_changes_with_the_version_it_was_read_at_and_a_stale_one_is_refused_with_409() {
        PlanView draft = created(passing());
        String path = "/api/plans/" + draft.plan().id();
        List<PlanStage> stages = List.of(new PlanStage("System design and mentoring", 45, 2, List.of(architecture, mentoring),
                List.of(designQuestion, mentoringQuestion)));
        PlanDraft change = new PlanDraft(roleId, Names.unique("Changed plan"), stages, draft.plan().version());

        PlanView changed = read(hiringManager.putJson(path, toJson(change)), 200, PlanView.class);

        PlanView read = read(hiringManager.get(path), 200, PlanView.class);
        assertStored(changed, read);
        assertThat(read.plan().version()).isEqualTo(draft.plan().version() + 1);
        assertThat(read.plan().name()).isEqualTo(change.name());
        assertThat(read.plan().stages()).isEqualTo(stages);
        assertThat(read.coverage().stages()).containsExactly(new PlanCoverage.StageBudget(1, "System design and mentoring", 45, 30));
        assertRefused(hiringManager.putJson(path, toJson(new PlanDraft(roleId, Names.unique("Stale"), stages, draft.plan().version()))),
                409, "conflict", "Someone else changed this plan");
        assertRefused(publish(hiringManager, draft, null), 409, "conflict", "Someone else changed this plan");
    }

    @Test
    void an_interviewer_cannot_write_a_plan_and_a_recruiter_cannot_publish_or_retire_one() {
        PlanDraft draft = passing();
        PlanView mine = created(passing());
        PlanView published = read(publish(hiringManager, created(passing()), null), 200, PlanView.class);
        PanelClient recruiter = signedIn(Role.RECRUITER);

        assertRefused(signedIn(Role.INTERVIEWER).postJson("/api/plans", toJson(draft)), 403, "forbidden", "hiring managers");
        assertRefused(publish(recruiter, mine, null), 403, "forbidden");
        assertRefused(recruiter.postJson("/api/plans/" + published.plan().id() + "/retire", ""), 403, "forbidden");
        assertRefused(recruiter.postJson("/api/plans/" + published.plan().id() + "/drafts", ""), 403, "forbidden");
        assertThat(readList(hiringManager.get("/api/plans?role=" + roleId), QuestionPlan.class))
                .noneMatch(plan -> plan.name().equals(draft.name()));
        assertThat(read(recruiter.get("/api/plans/" + mine.plan().id()), 200, PlanView.class).plan().state()).isEqualTo(PlanState.DRAFT);
    }

    @Test
    void plans_are_closed_without_a_token() {
        PanelClient nobody = anonymous();
        String body = toJson(passing());

        assertRefused(nobody.get("/api/plans"), 401, "unauthorized");
        assertRefused(nobody.get("/api/plans/1"), 401, "unauthorized");
        assertRefused(nobody.get("/api/plans/1/coverage"), 401, "unauthorized");
        assertRefused(nobody.postJson("/api/plans", body), 401, "unauthorized");
        assertRefused(nobody.putJson("/api/plans/1", body), 401, "unauthorized");
        assertRefused(nobody.postJson("/api/plans/1/publish", "{\"version\": 0}"), 401, "unauthorized");
        assertRefused(nobody.postJson("/api/plans/1/drafts", ""), 401, "unauthorized");
        assertRefused(nobody.postJson("/api/plans/1/retire", ""), 401, "unauthorized");
    }

    @Test
    void an_unknown_plan_is_404() {
        String missing = "/api/plans/987654321";

        assertRefused(hiringManager.get(missing), 404, "not_found", "no question plan with id 987654321");
        assertRefused(hiringManager.get(missing + "/coverage"), 404, "not_found", "987654321");
        assertRefused(hiringManager.putJson(missing, toJson(new PlanDraft(roleId, "Ghost", List.of(), 0L))), 404, "not_found");
        assertRefused(hiringManager.postJson(missing + "/publish", "{\"version\": 0}"), 404, "not_found");
        assertRefused(hiringManager.postJson(missing + "/drafts", ""), 404, "not_found");
        assertRefused(hiringManager.postJson(missing + "/retire", ""), 404, "not_found");
    }

    @Test
    void a_stage_of_0_minutes_is_refused_naming_the_stage() {
        PlanDraft draft = new PlanDraft(roleId, Names.unique("Instant"), List.of(stage("Lightning", 0, 2, architecture, designQuestion)), null);

        assertRefused(hiringManager.postJson("/api/plans", toJson(draft)), 400, "invalid_input",
                "Stage 1 (Lightning) lasts 5 to 480 minutes; 0 is not");
    }

    @Test
    void a_plan_without_a_name_is_refused_naming_the_field() {
        assertRefused(hiringManager.postJson("/api/plans", toJson(new PlanDraft(roleId, "", passing().stages(), null))), 400,
                "invalid_input", "The plan's name is required");
    }

    @Test
    void a_plan_for_an_unknown_role_is_refused_naming_the_id() {
        assertRefused(hiringManager.postJson("/api/plans", toJson(new PlanDraft(987654321L, Names.unique("Orphan"), passing().stages(), null))),
                400, "invalid_input", "no role with id 987654321");
    }

    @Test
    void publishing_without_the_version_is_refused_naming_the_field() {
        PlanView draft = created(passing());

        assertRefused(hiringManager.postJson("/api/plans/" + draft.plan().id() + "/publish", toJson(Map.of("overrideReason", "none"))),
                400, "invalid_input", "version");
    }

    /** Architecture judged by two interviewers, mentoring (not a must-have) by one: passes the gate. */
    private PlanDraft passing() {
        return new PlanDraft(roleId, Names.unique("Passing plan"), List.of(stage("System design", 60, 2, architecture, designQuestion),
                stage("Mentoring", 30, 1, mentoring, mentoringQuestion)), null);
    }

    /** The must-have architecture judged by one interviewer only: fails the gate. */
    private PlanDraft failing() {
        return new PlanDraft(roleId, Names.unique("Thin plan"), List.of(stage("System design", 60, 1, architecture, designQuestion)), null);
    }

    private static PlanStage stage(String name, int minutes, int interviewers, long focus, long question) {
        return new PlanStage(name, minutes, interviewers, List.of(focus), List.of(question));
    }

    private PlanView created(PlanDraft draft) {
        return read(hiringManager.postJson("/api/plans", toJson(draft)), 201, PlanView.class);
    }

    private HttpResponse<String> publish(PanelClient client, PlanView plan, String overrideReason) {
        return client.postJson("/api/plans/" + plan.plan().id() + "/publish",
                toJson(new PlanController.Publication(plan.plan().version(), overrideReason)));
    }
}
