package dev.panel.privacy;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditFilter;
import dev.panel.audit.AuditLog;
import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.decision.Decision;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Scorecard;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.testing.SignedIn;
import dev.panel.testing.TestClock;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Exporting, anonymising and deleting a candidate through the API, and the retention rule. */
@MicronautTest(transactional = false)
class CandidatePrivacyApiIT implements DatabaseTest {

    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;
    @Inject
    AuditLog audit;
    @Inject
    CandidateService candidates;
    @Inject
    RetentionRule retention;
    @Inject
    TestClock clock;

    PanelClient recruiter;
    SignedIn manager;
    SignedIn interviewer;

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        manager = people.get(1);
        interviewer = people.get(2);
    }

    /** A candidate with a submitted scorecard whose notes and evidence say {@code evidence}, and, if asked, a decision. */
    private Candidate candidateWithHistory(String evidence, boolean decided) {
        String name = Names.unique("Ada Lovelace");
        Candidate candidate = json.read(recruiter.postJson("/api/candidates",
                json.write(Map.of("name", name, "email", name.replace(' ', '.').toLowerCase() + "@example.org"))), 201, Candidate.class);
        LoopView loop = json.read(recruiter.postJson("/api/loops", json.write(new OpenLoop(candidate.id(), fixture.technicalLeadPlan().id(),
                List.of(new OpenLoop.Assignment(0, null, List.of(interviewer.id())))))), 201, LoopView.class);
        fixture.submitted(interviewer.user(), loop.interviews().get(0).interview().id(), evidence);
        if (decided) {
            json.read(manager.client().postJson("/api/loops/" + loop.loop().id() + "/decision",
                    json.write(Map.of("outcome", "HIRE", "reason", "Strong on " + evidence))), 201, Decision.class);
        }
        // An audit detail that names the candidate, as a free-text detail might.
        audit.record(manager.username(), "test.note", "candidate:" + candidate.id(), "Spoke with " + name + " <" + candidate.email() + ">");
        return candidate;
    }

    @Test
    void a_recruiter_exports_everything_held_about_a_candidate_as_json() {
        String evidence = Names.unique("export-evidence");
        Candidate candidate = candidateWithHistory(evidence, true);

        var response = recruiter.get("/api/candidates/" + candidate.id() + "/export");
        CandidateExport export = json.read(response, 200, CandidateExport.class);

        assertThat(response.headers().firstValue("Content-Disposition")).get().asString().contains("candidate-" + candidate.id() + ".json");
        assertThat(export.candidate().name()).isEqualTo(candidate.name());
        assertThat(export.candidate().email()).isEqualTo(candidate.email());
        assertThat(export.loops()).singleElement().satisfies(loop -> {
            assertThat(loop.scorecards()).singleElement().satisfies(card ->
                    assertThat(card.ratings()).extracting(Rating::evidence).containsOnly(evidence));
            assertThat(loop.decision().reason()).contains(evidence);
        });
        assertThat(audit.about("candidate:" + candidate.id())).filteredOn(e -> e.action().equals("candidate.exported"))
                .singleElement().satisfies(e -> assertThat(e.requestId()).as("the export's request id")
                        .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow()));
    }

    @Test
    void anonymising_removes_name_email_notes_evidence_and_reasons_everywhere_but_keeps_the_ratings() {
        String evidence = Names.unique("anonymise-evidence");
        Candidate candidate = candidateWithHistory(evidence, true);
        List<Integer> levelsBefore = levels(candidate);

        Candidate anonymised = json.read(recruiter.post("/api/candidates/" + candidate.id() + "/anonymise"), 200, Candidate.class);

        assertThat(anonymised.name()).doesNotContain("Ada");
        assertThat(anonymised.email()).isNull();
        assertThat(anonymised.anonymisedAt()).isNotNull();
        String exported = recruiter.get("/api/candidates/" + candidate.id() + "/export").body();
        assertThat(exported).doesNotContain(candidate.name()).doesNotContain(candidate.email()).doesNotContain(evidence)
                .contains(CandidatePrivacy.MARKER);
        assertThat(levels(candidate)).as("ratings kept for statistics").isEqualTo(levelsBefore).isNotEmpty();
        String everyAuditEvent = audit.page(new AuditFilter(null, null, null, null, "candidate:" + candidate.id()), 0, 50).toString()
                + audit.page(new AuditFilter(null, null, null, null, candidate.name()), 0, 5);
        assertThat(everyAuditEvent).contains("candidate.anonymised").doesNotContain(candidate.name()).doesNotContain(candidate.email());

        assertThat(json.error(recruiter.post("/api/candidates/" + candidate.id() + "/anonymise"), 409).message()).contains("already anonymised");
    }

    @Test
    void deleting_removes_the_candidate_with_their_loops_scorecards_and_decisions() {
        Candidate candidate = candidateWithHistory(Names.unique("delete-evidence"), true);
        long loopId = json.read(recruiter.get("/api/candidates/" + candidate.id() + "/export"), 200, CandidateExport.class)
                .loops().get(0).loop().id();

        assertThat(recruiter.delete("/api/candidates/" + candidate.id()).statusCode()).isEqualTo(204);

        json.error(recruiter.get("/api/candidates/" + candidate.id() + "/export"), 404);
        json.error(recruiter.get("/api/loops/" + loopId), 404);
        assertThat(audit.about("candidate:" + candidate.id())).extracting(AuditEvent::action).contains("candidate.deleted");
        assertThat(audit.about("candidate:" + candidate.id()).toString()).doesNotContain(candidate.name());
    }

    @Test
    void interviewers_and_hiring_managers_may_neither_export_nor_anonymise_nor_delete() {
        Candidate candidate = candidateWithHistory(Names.unique("refused-evidence"), false);
        for (PanelClient other : List.of(interviewer.client(), manager.client())) {
            json.error(other.get("/api/candidates/" + candidate.id() + "/export"), 403);
            json.error(other.post("/api/candidates/" + candidate.id() + "/anonymise"), 403);
            json.error(other.delete("/api/candidates/" + candidate.id()), 403);
        }
        assertThat(candidates.get(candidate.id()).name()).isEqualTo(candidate.name());
    }

    @Test
    void the_retention_rule_anonymises_candidates_decided_long_enough_ago_and_spares_those_still_in_a_loop() {
        Candidate decided = candidateWithHistory(Names.unique("retention-decided"), true);
        Candidate open = candidateWithHistory(Names.unique("retention-open"), false);

        assertThat(candidates.get(decided.id()).isAnonymised()).as("not yet due").isFalse();
        retention.apply();
        assertThat(candidates.get(decided.id()).isAnonymised()).as("decided today, kept for 365 days").isFalse();

        clock.advance(Duration.ofDays(366));
        try {
            assertThat(retention.apply()).isPositive();
        } finally {
            clock.advance(Duration.ofDays(-366));
        }
        assertThat(candidates.get(decided.id()).isAnonymised()).isTrue();
        assertThat(candidates.get(decided.id()).name()).isNotEqualTo(decided.name());
        assertThat(candidates.get(open.id()).isAnonymised()).isFalse();
        assertThat(audit.about("candidate:" + decided.id())).filteredOn(e -> e.action().equals("candidate.anonymised"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("retention"));
    }

    private List<Integer> levels(Candidate candidate) {
        return json.read(recruiter.get("/api/candidates/" + candidate.id() + "/export"), 200, CandidateExport.class).loops().stream()
                .flatMap(l -> l.scorecards().stream()).flatMap(c -> c.ratings().stream()).map(Rating::level).toList();
    }
}
