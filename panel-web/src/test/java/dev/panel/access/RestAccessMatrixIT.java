package dev.panel.access;

import dev.panel.access.AccessMatrix.Access;
import dev.panel.access.AccessMatrix.Row;
import dev.panel.competency.RubricLevel;
import dev.panel.plan.QuestionPlan;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.role.RoleDraft;
import dev.panel.role.RoleView;
import dev.panel.scorecard.Scorecard;
import dev.panel.testing.ApiJson;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.role.RoleService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint, called as every {@link Principal}, answers as {@code access-matrix.csv} says: an allowed call
 * gets the row's {@code answer} status (2xx, or 400/409 for a deliberately incomplete or stale request, which the
 * gate let through to the service's own checks); a denied one 401 (anonymous) or 403; a hidden one 404. The
 * endpoints are read from Micronaut's router at run time, so a new endpoint fails this test until the matrix lists it.
 */
@MicronautTest(transactional = false)
class RestAccessMatrixIT implements DatabaseTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Router router;
    @Inject
    EmbeddedServer server;
    @Inject
    AccessWorld world;
    @Inject
    LibraryFixture library;
    @Inject
    RoleService roles;
    @Inject
    ApiJson json;

    final AccessMatrix matrix = AccessMatrix.load();
    final Map<Principal, String> tokens = new EnumMap<>(Principal.class);
    final HttpClient http = HttpClient.newHttpClient();

    /**
     * A request to send: method, path with its query, a body (null for none), and the bearer token to send instead of the
     * principal's own (null: the principal's), for a call that revokes the token it is sent with.
     */
    record Call(String method, String path, String contentType, byte[] body, String token) {
        Call(String method, String path, String contentType, byte[] body) {
            this(method, path, contentType, body, null);
        }

        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call post(String path) {
            return new Call("POST", path, null, null);
        }

        Call sentWith(String ownToken) {
            return new Call(method, path, contentType, body, ownToken);
        }
    }

    @BeforeAll
    void signIn() {
        for (Principal principal : Principal.values()) {
            if (principal != Principal.ANONYMOUS) {
                tokens.put(principal, token(world.user(principal).username()));
            }
        }
    }

    @Test
    void every_endpoint_that_runs_is_in_the_matrix_and_every_row_of_the_matrix_runs() {
        assertThat(matrix.differences("rest", runningEndpoints())).as("REST endpoints against access-matrix.csv").isEmpty();
    }

    @Test
    void every_endpoint_answers_every_principal_as_the_matrix_says() throws IOException {
        Map<String, Function<Principal, Call>> calls = calls();
        List<String> wrong = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        int made = 0;
        for (Row row : matrix.rows("rest")) {
            Function<Principal, Call> call = calls.get(row.key());
            assertThat(call).as("how to call " + row.key()).isNotNull();
            actual.append(row.key());
            for (Principal principal : Principal.values()) {
                Call request = call.apply(principal);
                HttpResponse<String> response = send(request, request.token() != null ? request.token() : tokens.get(principal));
                made++;
                int expected = expectedStatus(row, principal);
                actual.append(',').append(response.statusCode());
                if (!answersAsExpected(response.statusCode(), expected) || isVaadinPage(response)) {
                    wrong.add(row.key() + " as " + principal.column() + ": expected " + expected + " (" + row.of(principal).name().toLowerCase()
                            + "), got " + response.statusCode() + " " + abbreviated(response.body()));
                }
                if (row.of(principal) != Access.ALLOW) {
                    assertThat(response.body()).as("%s refused to %s leaks nothing", row.key(), principal.column())
                            .doesNotContain(world.loop.loop().planSnapshot().planName()).doesNotContain("Shipped the MVP");
                }
            }
            actual.append('\n');
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "access-matrix-actual.csv"), actual.toString());
        System.out.println("Access matrix: " + matrix.rows("rest").size() + " endpoints x " + Principal.values().length + " principals, "
                + made + " calls");
        assertThat(wrong).as("calls that did not answer as access-matrix.csv says").isEmpty();
    }

    private static int expectedStatus(Row row, Principal principal) {
        return switch (row.of(principal)) {
            case ALLOW -> row.answer();
            case DENY -> principal == Principal.ANONYMOUS ? 401 : 403;
            case HIDDEN -> principal == Principal.ANONYMOUS ? 401 : 404;
        };
    }

    /** An answer of 200 stands for any 2xx (201 created, 204 no content). */
    private static boolean answersAsExpected(int status, int expected) {
        return expected == 200 ? status >= 200 && status < 300 : status == expected;
    }

    /** Every route Micronaut serves, but HEAD: it adds one to every GET, answering as the GET does without the body. */
    /** Vaadin answers every path Micronaut is not mounted on with its page: a route answering that way is not served at all. */
    private static boolean isVaadinPage(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    private List<String> runningEndpoints() {
        return router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString().replaceAll("\\{\\?[^}]*}", ""))
                .distinct().toList();
    }

    private Map<String, Function<Principal, Call>> calls() {
        Map<String, Function<Principal, Call>> calls = new LinkedHashMap<>();
        long loopId = world.loop.loop().id();
        long roleId = world.role.role().id();
        long candidateId = world.loop.loop().candidateId();
        long drillId = world.drillId;
        long rubricVersionId = world.stage().focus().get(0).rubricVersionId();
        long questionId = world.stage().questionIds().get(0);
        calls.put("GET /health", p -> Call.get("/health"));
        calls.put("GET /health/{selector}", p -> Call.get("/health/liveness"));
        calls.put("GET /api/me", p -> Call.get("/api/me"));
        calls.put("POST /api/tokens", p -> json("POST", "/api/tokens", Map.of("username", world.user(Principal.RECRUITER).username(),
                "password", LoopFixture.PASSWORD)));
        calls.put("DELETE /api/tokens/current", p -> {
            Call revoke = new Call("DELETE", "/api/tokens/current", null, null);
            return p == Principal.ANONYMOUS ? revoke : revoke.sentWith(token(world.user(p).username()));
        });
        // people
        calls.put("GET /api/users", p -> Call.get("/api/users?limit=5"));
        calls.put("GET /api/calendar/{file}", p -> Call.get("/api/calendar/" + world.calendarToken() + ".ics"));
        calls.put("GET /api/users/{id}", p -> Call.get("/api/users/" + world.user(Principal.INTERVIEWER).id()));
        calls.put("POST /api/users", p -> {
            String username = Names.unique("access-person");
            return json("POST", "/api/users", Map.of("username", username, "displayName", "Access Person",
                    "email", username + "@panel.example", "roles", List.of("INTERVIEWER")));
        });
        calls.put("PATCH /api/users/{id}", p -> json("PATCH", "/api/users/" + world.invitee().id(), Map.of("displayName", "Renamed by " + p.column())));
        calls.put("POST /api/users/{id}/invitations", p -> Call.post("/api/users/" + world.invitee().id() + "/invitations"));
        calls.put("POST /api/users/{id}/password-resets", p -> Call.post("/api/users/" + world.user(Principal.OTHER_INTERVIEWER).id() + "/password-resets"));
        // an unknown link: an allowed caller reaches the link check (400), whoever they are
        calls.put("POST /api/invitations/{token}", p -> json("POST", "/api/invitations/not-a-real-link", Map.of("password", "a long new passphrase")));
        // library
        calls.put("GET /api/competencies", p -> Call.get("/api/competencies"));
        calls.put("GET /api/competencies/{id}", p -> Call.get("/api/competencies/" + world.competencyId));
        calls.put("POST /api/competencies", p -> json("POST", "/api/competencies", LibraryFixture.newCompetency(Names.unique("Access competency"))));
        calls.put("GET /api/competencies/{id}/rubric-versions", p -> Call.get("/api/competencies/" + world.competencyId + "/rubric-versions"));
        calls.put("POST /api/competencies/{id}/rubric-versions", p -> {
            long fresh = library.competency();
            List<RubricLevel> same = LibraryFixture.newCompetency("unused").levels();
            return json("POST", "/api/competencies/" + fresh + "/rubric-versions", Map.of("basedOn", 1, "levels", same));
        });
        calls.put("GET /api/rubric-versions/{id}", p -> Call.get("/api/rubric-versions/" + rubricVersionId));
        calls.put("GET /api/roles", p -> Call.get("/api/roles"));
        calls.put("GET /api/roles/{id}", p -> Call.get("/api/roles/" + roleId));
        calls.put("POST /api/roles", p -> json("POST", "/api/roles", new RoleDraft(null, Names.unique("Access role"), "Senior",
                "A role made by the access matrix.", null, world.role.requirements(), null)));
        calls.put("PUT /api/roles/{id}", p -> {
            RoleView fresh = roles.create(world.actor(Principal.HIRING_MANAGER), new RoleDraft(null, Names.unique("Access role"), "Senior",
                    "A role to change.", world.user(Principal.HIRING_MANAGER).id(), world.role.requirements(), null));
            return json("PUT", "/api/roles/" + fresh.role().id(), new RoleDraft(null, fresh.role().name(), "Principal", "Changed.",
                    null, fresh.requirements(), fresh.role().version()));
        });
        calls.put("GET /api/questions", p -> Call.get("/api/questions?limit=5"));
        calls.put("GET /api/questions/{id}", p -> Call.get("/api/questions/" + questionId));
        calls.put("POST /api/questions", p -> json("POST", "/api/questions", LibraryFixture.newQuestion(Names.unique("How did you ship") + "?",
                QuestionKind.BEHAVIOURAL, QuestionLevel.INTERMEDIATE, 10, List.of(world.competencyId), List.of(roleId))));
        calls.put("PUT /api/questions/{id}", p -> {
            long fresh = library.question(Names.unique("How did you plan") + "?", QuestionKind.BEHAVIOURAL, QuestionLevel.INTERMEDIATE, 10,
                    List.of(world.competencyId), List.of(roleId));
            // the version is deliberately stale: an allowed caller gets 409, a refused one never reaches the version check
            return json("PUT", "/api/questions/" + fresh, LibraryFixture.newQuestion("Changed?", QuestionKind.BEHAVIOURAL,
                    QuestionLevel.INTERMEDIATE, 10, List.of(world.competencyId), List.of(roleId)));
        });
        calls.put("GET /api/questions/export", p -> Call.get("/api/questions/export"));
        calls.put("POST /api/question-imports/preview", p -> new Call("POST", "/api/question-imports/preview", "text/plain",
                "1. How do you cut scope when a date slips?\n".getBytes(StandardCharsets.UTF_8)));
        calls.put("POST /api/question-imports", p -> json("POST", "/api/question-imports", Map.of()));
        calls.put("POST /api/question-imports/xlsx", p -> new Call("POST", "/api/question-imports/xlsx", XLSX, "not a spreadsheet".getBytes(StandardCharsets.UTF_8)));
        // plans
        calls.put("GET /api/plans", p -> Call.get("/api/plans?role=" + roleId));
        calls.put("GET /api/plans/{id}", p -> Call.get("/api/plans/" + world.plan.id()));
        calls.put("GET /api/plans/{id}/coverage", p -> Call.get("/api/plans/" + world.plan.id() + "/coverage"));
        calls.put("POST /api/plans", p -> json("POST", "/api/plans", Map.of("roleId", roleId, "name", Names.unique("Access plan"),
                "stages", world.plan.stages())));
        calls.put("PUT /api/plans/{id}", p -> {
            QuestionPlan draft = world.draftPlan();
            return json("PUT", "/api/plans/" + draft.id(), Map.of("roleId", roleId, "name", draft.name() + " changed",
                    "stages", draft.stages(), "version", draft.version()));
        });
        calls.put("POST /api/plans/{id}/publish", p -> {
            QuestionPlan draft = world.draftPlan();
            return json("POST", "/api/plans/" + draft.id() + "/publish", Map.of("version", draft.version(), "overrideReason", "Matrix"));
        });
        calls.put("POST /api/plans/{id}/drafts", p -> Call.post("/api/plans/" + world.plan.id() + "/drafts"));
        calls.put("POST /api/plans/{id}/retire", p -> Call.post("/api/plans/" + world.publishedPlan().id() + "/retire"));
        // candidates, loops, interviews
        calls.put("GET /api/candidates", p -> Call.get("/api/candidates"));
        calls.put("POST /api/candidates", p -> json("POST", "/api/candidates", Map.of("name", Names.unique("Access candidate"))));
        calls.put("GET /api/candidates/{id}/export", p -> Call.get("/api/candidates/" + candidateId + "/export"));
        calls.put("POST /api/candidates/{id}/anonymise", p -> Call.post("/api/candidates/" + world.freshCandidateWithLoop() + "/anonymise"));
        calls.put("DELETE /api/candidates/{id}", p -> new Call("DELETE", "/api/candidates/" + world.freshCandidateWithLoop(), null, null));
        calls.put("GET /api/loops", p -> Call.get("/api/loops"));
        calls.put("GET /api/loops/{id}", p -> Call.get("/api/loops/" + loopId));
        calls.put("POST /api/loops", p -> json("POST", "/api/loops", Map.of("candidateId", world.freshCandidateWithLoop(),
                "planId", world.plan.id(), "interviews", List.of())));
        calls.put("GET /api/interviews", p -> Call.get("/api/interviews"));
        calls.put("GET /api/interviews/{id}", p -> Call.get("/api/interviews/" + world.interviewId));
        calls.put("PUT /api/interviews/{id}/panel", p -> json("PUT", "/api/interviews/" + world.freshInterview() + "/panel",
                Map.of("scheduledAt", Instant.now().plusSeconds(86_400).toString(), "interviewerIds", List.of(world.user(Principal.INTERVIEWER).id()))));
        // scorecards and decisions
        calls.put("GET /api/interviews/{id}/scorecard", p -> Call.get("/api/interviews/" + world.interviewId + "/scorecard"));
        calls.put("PUT /api/interviews/{id}/scorecard", p -> json("PUT", "/api/interviews/" + world.freshInterview() + "/scorecard",
                Map.of("content", LoopFixture.complete(world.stage(), "Typed by " + p.column()))));
        calls.put("PUT /api/scorecards/{id}", p -> {
            Scorecard draft = world.freshDraft();
            return json("PUT", "/api/scorecards/" + draft.id(), Map.of("version", draft.version(),
                    "content", LoopFixture.complete(world.stage(), "Typed by " + p.column())));
        });
        calls.put("POST /api/scorecards/{id}/submit", p -> Call.post("/api/scorecards/" + world.freshCompleteDraft().id() + "/submit"));
        calls.put("POST /api/scorecards/{id}/amendments", p -> json("POST", "/api/scorecards/" + world.freshSubmitted().id() + "/amendments",
                Map.of("reason", "A typo in the evidence.", "content", LoopFixture.complete(world.stage(), "Led the migration, twice."))));
        calls.put("GET /api/scorecards/{id}/amendments", p -> Call.get("/api/scorecards/" + world.submitted.id() + "/amendments"));
        calls.put("GET /api/scorecards/{id}", p -> Call.get("/api/scorecards/" + world.submitted.id()));
        calls.put("GET /api/loops/{id}/scorecards", p -> Call.get("/api/loops/" + loopId + "/scorecards"));
        calls.put("GET /api/loops/{id}/decision", p -> Call.get("/api/loops/" + world.decidedLoopId + "/decision"));
        calls.put("POST /api/loops/{id}/decision", p -> json("POST", "/api/loops/" + world.freshLoop().loop().id() + "/decision",
                Map.of("outcome", "HIRE", "reason", "Strong evidence from the panel.",
                        "earlyReason", "The matrix decides before its loop is scored.")));
        // exports, calibration, ratings
        calls.put("GET /api/exports/scorecards", p -> Call.get("/api/exports/scorecards?loop=" + loopId));
        calls.put("GET /api/calibration/workbook", p -> Call.get("/api/calibration/workbook?role=" + roleId));
        calls.put("GET /api/calibration", p -> Call.get("/api/calibration?role=" + roleId));
        calls.put("GET /api/calibration/{username}", p -> Call.get("/api/calibration/" + world.user(Principal.INTERVIEWER).username()));
        calls.put("POST /api/ratings/import", p -> new Call("POST", "/api/ratings/import?dataset=" + Names.unique("access"), "text/csv",
                "candidate,interviewer,competency,rating\nc1,i1,delivery,3\n".getBytes(StandardCharsets.UTF_8)));
        calls.put("GET /api/ratings/datasets", p -> Call.get("/api/ratings/datasets"));
        // outcomes of hires
        calls.put("GET /api/candidates/{candidateId}/outcomes", p -> Call.get("/api/candidates/" + world.hiredCandidateId + "/outcomes"));
        calls.put("POST /api/candidates/{candidateId}/outcomes", p -> json("POST", "/api/candidates/" + world.hiredCandidateId + "/outcomes",
                Map.of("checkpointId", world.reviewCheckpoint(), "level", 4)));
        calls.put("DELETE /api/candidates/{candidateId}/outcomes/{outcomeId}", p -> new Call("DELETE",
                "/api/candidates/" + world.hiredCandidateId + "/outcomes/" + world.freshOutcome(), null, null));
        // A header without rows: the gate lets it through to the import's own check (400), which would store nothing anyway.
        calls.put("POST /api/outcomes/import", p -> new Call("POST", "/api/outcomes/import", "text/csv",
                "candidate,checkpoint,rating\n".getBytes(StandardCharsets.UTF_8)));
        calls.put("GET /api/outcome-checkpoints", p -> Call.get("/api/outcome-checkpoints"));
        calls.put("POST /api/outcome-checkpoints", p -> json("POST", "/api/outcome-checkpoints", Map.of("name", Names.unique("Access"), "scaleMax", 4)));
        calls.put("PUT /api/outcome-checkpoints/{id}", p -> {
            var fresh = world.freshCheckpoint();
            return json("PUT", "/api/outcome-checkpoints/" + fresh.id(), Map.of("name", fresh.name() + " renamed", "scaleMax", 5,
                    "version", fresh.version()));
        });
        calls.put("POST /api/outcome-checkpoints/{id}/retire", p -> Call.post("/api/outcome-checkpoints/" + world.freshCheckpoint().id() + "/retire"));
        // drills
        calls.put("GET /api/drills", p -> Call.get("/api/drills"));
        calls.put("POST /api/drills", p -> json("POST", "/api/drills", world.drillDraft()));
        calls.put("GET /api/drills/{id}", p -> Call.get("/api/drills/" + drillId));
        calls.put("PUT /api/drills/{id}", p -> {
            var draft = world.draftDrill();
            return json("PUT", "/api/drills/" + draft.drill().id(), Map.of("version", draft.drill().version(), "drill", world.drillDraft()));
        });
        calls.put("PUT /api/drills/{id}/samples/{sampleId}/consensus", p -> {
            var draft = world.draftDrill();
            return json("PUT", "/api/drills/" + draft.drill().id() + "/samples/" + draft.samples().get(0).id() + "/consensus", Map.of("level", 2));
        });
        calls.put("POST /api/drills/{id}/open", p -> Call.post("/api/drills/" + world.draftDrill().drill().id() + "/open"));
        calls.put("POST /api/drills/{id}/close", p -> Call.post("/api/drills/" + world.openDrill() + "/close"));
        calls.put("GET /api/drills/{id}/report", p -> Call.get("/api/drills/" + drillId + "/report"));
        calls.put("GET /api/drills/{id}/attempt", p -> Call.get("/api/drills/" + drillId + "/attempt"));
        calls.put("PUT /api/drills/{id}/ratings", p -> json("PUT", "/api/drills/" + world.openDrill() + "/ratings", Map.of("ratings", List.of())));
        calls.put("GET /api/drills/{id}/ratings", p -> Call.get("/api/drills/" + drillId + "/ratings"));
        calls.put("POST /api/drills/{id}/submit", p -> Call.post("/api/drills/" + world.openDrill() + "/submit"));
        calls.put("GET /api/drills/{id}/feedback", p -> Call.get("/api/drills/" + world.drillSubmittedBy(p) + "/feedback"));
        return calls;
    }

    private Call json(String method, String path, Object body) {
        return new Call(method, path, "application/json", json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private String token(String username) {
        HttpResponse<String> response = send(json("POST", "/api/tokens", Map.of("username", username, "password", LoopFixture.PASSWORD)), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> send(Call call, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(call.path()))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
