package dev.panel.access;

import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanState;
import dev.panel.plan.QuestionPlan;
import dev.panel.role.RoleDraft;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.scorecard.Scorecard;
import dev.panel.testing.ApiJson;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids of objects the caller has no right to, given directly in a path, a body or a query, are refused and leak
 * nothing: another role's role and plans, loops on another role's plan, exports by another role's loop, candidate or
 * role, another loop's interview and scorecard, another panelist's scorecard before one's own is in.
 */
@MicronautTest(transactional = false)
class ObjectAccessApiIT implements DatabaseTest {

    private static final String EVIDENCE = "Shipped the MVP in six weeks.";

    @Inject
    EmbeddedServer server;
    @Inject
    AccessWorld world;
    @Inject
    ApiJson json;
    @Inject
    RoleService roles;
    @Inject
    PlanService plans;
    @Inject
    LoopService loops;
    @Inject
    LoopFixture fixture;

    final Map<Principal, PanelClient> clients = new EnumMap<>(Principal.class);

    @BeforeAll
    void signIn() {
        world.people.forEach((principal, user) -> clients.put(principal, new PanelClient(server.getURI()).as(user.username(), LoopFixture.PASSWORD)));
    }

    PanelClient as(Principal principal) {
        return clients.get(principal);
    }

    @Test
    void a_hiring_manager_cannot_make_themselves_the_hiring_manager_of_another_managers_role() {
        RoleView role = roles.get(world.role.role().id());
        long intruder = world.user(Principal.OTHER_HIRING_MANAGER).id();

        HttpResponse<String> refused = as(Principal.OTHER_HIRING_MANAGER).putJson("/api/roles/" + role.role().id(), json.write(
                new RoleDraft(null, role.role().name(), role.role().level(), role.role().description(), intruder, role.requirements(), role.role().version())));

        assertThat(json.error(refused, 403).message()).contains("Only the hiring manager of " + role.role().name());
        assertThat(roles.get(role.role().id()).role().hiringManagerId()).isEqualTo(world.user(Principal.HIRING_MANAGER).id());
        json.error(as(Principal.OTHER_HIRING_MANAGER).get("/api/loops/" + world.loop.loop().id() + "/scorecards"), 404);
    }

    @Test
    void a_hiring_manager_cannot_write_publish_copy_or_retire_the_plans_of_another_managers_role() {
        PanelClient intruder = as(Principal.OTHER_HIRING_MANAGER);
        QuestionPlan draft = world.draftPlan();
        long roleId = world.role.role().id();

        json.error(intruder.postJson("/api/plans", json.write(Map.of("roleId", roleId, "name", Names.unique("Planted"), "stages", draft.stages()))), 403);
        json.error(intruder.putJson("/api/plans/" + draft.id(), json.write(Map.of("roleId", roleId, "name", "Renamed by another",
                "stages", List.of(), "version", draft.version()))), 403);
        json.error(intruder.postJson("/api/plans/" + draft.id() + "/publish", json.write(Map.of("version", draft.version(), "overrideReason", "Mine now"))), 403);
        json.error(intruder.post("/api/plans/" + world.plan.id() + "/drafts"), 403);
        json.error(intruder.post("/api/plans/" + world.plan.id() + "/retire"), 403);

        assertThat(plans.get(draft.id()).plan()).satisfies(p -> {
            assertThat(p.name()).isEqualTo(draft.name());
            assertThat(p.state()).isEqualTo(PlanState.DRAFT);
            assertThat(p.stages()).isEqualTo(draft.stages());
        });
        assertThat(plans.get(world.plan.id()).plan().state()).isEqualTo(PlanState.PUBLISHED);
        assertThat(plans.list(roleId)).extracting(QuestionPlan::name).doesNotContain("Renamed by another").noneMatch(n -> n.startsWith("Planted"));
    }

    @Test
    void a_hiring_manager_cannot_open_a_loop_on_another_managers_plan_but_the_roles_own_manager_and_recruiters_can() {
        long candidate = world.freshCandidateWithLoop();
        String request = json.write(Map.of("candidateId", candidate, "planId", world.plan.id(), "interviews", List.of()));
        int before = loopsOf(candidate);

        json.error(as(Principal.OTHER_HIRING_MANAGER).postJson("/api/loops", request), 403);
        assertThat(loopsOf(candidate)).isEqualTo(before);

        assertThat(as(Principal.HIRING_MANAGER).postJson("/api/loops", request).statusCode()).isEqualTo(201);
        assertThat(as(Principal.RECRUITER).postJson("/api/loops", request).statusCode()).isEqualTo(201);
        assertThat(loopsOf(candidate)).isEqualTo(before + 2);
    }

    @Test
    void exports_by_another_managers_loop_candidate_or_role_are_refused_before_a_byte_is_written() throws IOException {
        PanelClient intruder = as(Principal.OTHER_HIRING_MANAGER);
        long loopId = world.loop.loop().id();
        long candidateId = world.loop.loop().candidateId();
        long roleId = world.role.role().id();

        for (String query : List.of("?loop=" + loopId, "?candidate=" + candidateId, "?role=" + roleId)) {
            HttpResponse<String> refused = intruder.get("/api/exports/scorecards" + query);
            assertThat(refused.statusCode()).as(query).isIn(403, 404);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(refused.body()).doesNotContain(EVIDENCE);
        }
        json.error(intruder.get("/api/calibration/workbook?role=" + roleId), 403);
        json.error(intruder.get("/api/calibration?role=" + roleId), 403);

        for (String query : List.of("?loop=" + loopId, "?candidate=" + candidateId, "?role=" + roleId)) {
            assertThat(evidenceIn(as(Principal.HIRING_MANAGER).download("/api/exports/scorecards" + query))).as(query).contains(EVIDENCE);
        }
    }

    @Test
    void another_loops_interview_and_scorecard_are_not_found_for_an_interviewer_not_on_it() {
        PanelClient outsider = as(Principal.OTHER_INTERVIEWER);
        Scorecard card = world.submitted;

        for (String path : List.of("/api/interviews/" + world.interviewId, "/api/interviews/" + world.interviewId + "/scorecard",
                "/api/scorecards/" + card.id(), "/api/scorecards/" + card.id() + "/amendments",
                "/api/loops/" + card.loopId(), "/api/loops/" + card.loopId() + "/scorecards")) {
            HttpResponse<String> refused = outsider.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).as(path).doesNotContain(EVIDENCE);
        }
        json.error(outsider.putJson("/api/scorecards/" + card.id(), json.write(Map.of("version", card.version(),
                "content", LoopFixture.complete(world.stage(), "Overwritten")))), 404);
        json.error(outsider.post("/api/scorecards/" + card.id() + "/submit"), 404);
    }

    @Test
    void a_panelist_reads_no_other_panelists_scorecard_by_id_before_submitting_their_own() {
        var people = fixture.people(dev.panel.user.Role.INTERVIEWER, dev.panel.user.Role.INTERVIEWER);
        LoopView loop = fixture.openWithFirstStage(people);
        long interview = loop.interviews().get(0).interview().id();
        Scorecard first = fixture.submitted(people.get(0), interview, EVIDENCE);
        PanelClient second = new PanelClient(server.getURI()).as(people.get(1).username(), LoopFixture.PASSWORD);

        HttpResponse<String> refused = second.get("/api/scorecards/" + first.id());
        assertThat(json.error(refused, 403).message()).contains("until you submit your own");
        assertThat(refused.body()).doesNotContain(EVIDENCE);
        assertThat(second.get("/api/loops/" + loop.loop().id() + "/scorecards").body()).doesNotContain(EVIDENCE);
        json.error(second.putJson("/api/scorecards/" + first.id(), json.write(Map.of("version", first.version(),
                "content", LoopFixture.complete(world.stage(), "Overwritten")))), 403);
        HttpResponse<byte[]> export = second.download("/api/exports/scorecards?loop=" + loop.loop().id());
        assertThat(export.statusCode()).isEqualTo(403);
    }

    @Test
    void a_hiring_manager_may_not_export_anonymise_or_delete_a_candidate_of_any_loop() {
        long candidate = world.freshCandidateWithLoop();
        for (Principal principal : List.of(Principal.HIRING_MANAGER, Principal.OTHER_HIRING_MANAGER, Principal.INTERVIEWER)) {
            HttpResponse<String> export = as(principal).get("/api/candidates/" + candidate + "/export");
            assertThat(export.statusCode()).as(principal.column()).isEqualTo(403);
            json.error(as(principal).post("/api/candidates/" + candidate + "/anonymise"), 403);
            json.error(as(principal).delete("/api/candidates/" + candidate), 403);
        }
        assertThat(as(Principal.RECRUITER).get("/api/candidates/" + candidate + "/export").statusCode()).isEqualTo(200);
    }

    private int loopsOf(long candidateId) {
        return (int) loops.list(world.actor(Principal.RECRUITER)).stream().filter(l -> l.loop().candidateId() == candidateId).count();
    }

    /** Every text cell of the workbook's Ratings sheet, read back with POI. */
    private static String evidenceIn(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet ratings = workbook.getSheet("Ratings");
            for (Row row : ratings) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
