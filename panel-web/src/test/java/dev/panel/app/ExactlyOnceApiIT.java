package dev.panel.app;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.role.Requirement;
import dev.panel.decision.DecisionService;
import dev.panel.loop.LoopView;
import dev.panel.question.ImportRequest;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.ratings.RatingDataset;
import dev.panel.ratings.RatingService;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.scorecard.ScorecardState;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.testing.ScorecardCalls;
import dev.panel.testing.SignedIn;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A double click, a retried request, two scripts at once: the same request arrives {@value #AT_ONCE} times together.
 * Exactly one row and one audit event result, and every answer is the result itself or a clean 409, never a 500.
 */
@MicronautTest(transactional = false)
class ExactlyOnceApiIT implements DatabaseTest {

    static final int AT_ONCE = 8;

    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    LibraryFixture library;
    @Inject
    ApiJson json;
    @Inject
    AuditLog audit;
    @Inject
    ScorecardService scorecards;
    @Inject
    DecisionService decisions;
    @Inject
    RatingService ratings;
    @Inject
    QuestionService questions;

    @Test
    void opening_a_scorecard_from_many_tabs_at_once_stores_nothing() {
        SignedIn interviewer = users.person(Role.INTERVIEWER);
        LoopView loop = fixture.openWithFirstStage(List.of(interviewer.user()));
        long interviewId = loop.interviews().get(0).interview().id();

        List<HttpResponse<String>> answers = atOnce(() -> interviewer.client().get("/api/interviews/" + interviewId + "/scorecard"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(a -> json.read(a, 200, Scorecard.class).id()).as("an empty draft, not stored").containsOnlyNulls();
        assertThat(scorecards.visible(Actor.of(interviewer.user()), loop.loop().id())).isEmpty();
    }

    @Test
    void a_scorecard_submitted_many_times_at_once_is_submitted_once() {
        SignedIn interviewer = users.person(Role.INTERVIEWER);
        LoopView loop = fixture.openWithFirstStage(List.of(interviewer.user()));
        ScorecardCalls calls = new ScorecardCalls(interviewer.client(), json);
        long interviewId = loop.interviews().get(0).interview().id();
        Scorecard saved = json.read(calls.save(calls.mine(interviewId), LoopFixture.complete(loop.interviews().get(0).stage(), "Cut scope.")),
                200, Scorecard.class);

        List<HttpResponse<String>> answers = atOnce(() -> calls.submit(saved.id()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).allSatisfy(a -> assertThat(json.read(a, 200, Scorecard.class).state()).isEqualTo(ScorecardState.SUBMITTED));
        assertThat(audit.about("scorecard:" + saved.id())).extracting(AuditEvent::action).containsOnlyOnce("scorecard.submitted");
    }

    @Test
    void the_same_amendment_sent_many_times_at_once_is_recorded_once() {
        SignedIn interviewer = users.person(Role.INTERVIEWER);
        LoopView loop = fixture.openWithFirstStage(List.of(interviewer.user()));
        long interviewId = loop.interviews().get(0).interview().id();
        Scorecard submitted = new ScorecardCalls(interviewer.client(), json)
                .submitted(interviewId, loop.interviews().get(0).stage(), "First reading.");
        ScorecardContent changed = LoopFixture.complete(loop.interviews().get(0).stage(), "Second reading, after the tape.");
        String body = json.write(Map.of("reason", "I misread the system design answer.", "content", changed));

        List<HttpResponse<String>> answers = atOnce(() -> interviewer.client().postJson("/api/scorecards/" + submitted.id() + "/amendments", body));

        assertThat(answers).extracting(HttpResponse::statusCode).isSubsetOf(201, 200, 409).contains(201);
        assertThat(scorecards.amendments(Actor.of(interviewer.user()), submitted.id())).hasSize(1);
        assertThat(audit.about("scorecard:" + submitted.id())).extracting(AuditEvent::action).containsOnlyOnce("scorecard.amended");
        assertThat(scorecards.get(Actor.of(interviewer.user()), submitted.id()).content()).isEqualTo(changed);
    }

    @Test
    void a_decision_sent_many_times_at_once_is_recorded_once_and_the_rest_are_told_it_was_decided() {
        List<SignedIn> people = users.people(Role.HIRING_MANAGER, Role.INTERVIEWER);
        SignedIn manager = people.get(0);
        LoopView loop = fixture.openWithFirstStage(List.of(people.get(1).user()));
        String hire = json.write(Map.of("outcome", "HIRE", "reason", "Strong evidence across the panel.",
                "earlyReason", "The panelist's scorecard is not needed for this test."));

        List<HttpResponse<String>> answers = atOnce(() -> manager.client().postJson("/api/loops/" + loop.loop().id() + "/decision", hire));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(json.error(a, 409).message()).contains("already decided").contains(manager.username()));
        assertThat(decisions.of(Actor.of(manager.user()), loop.loop().id())).isPresent();
        assertThat(audit.about("loop:" + loop.loop().id())).extracting(AuditEvent::action).containsOnlyOnce("decision.recorded");
    }

    @Test
    void a_ratings_file_imported_many_times_at_once_under_one_name_is_imported_once() {
        SignedIn recruiter = users.person(Role.RECRUITER);
        String name = Names.unique("Retried import");
        String csv = """
                candidate,interviewer,competency,rating
                Ada Park,Sam Reyes,Architecture,3
                Ada Park,Lee Chan,Architecture,4
                Ben Ode,Sam Reyes,Delivery,2
                """;

        List<HttpResponse<String>> answers = atOnce(() -> recruiter.client()
                .post("/api/ratings/import?dataset=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "text/csv", csv));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(ratings.datasets(Actor.of(recruiter.user()))).filteredOn(d -> d.name().equals(name))
                .singleElement().extracting(RatingDataset::ratingCount).isEqualTo(3);
    }

    @Test
    void a_question_list_imported_many_times_at_once_adds_each_question_once() {
        SignedIn manager = users.person(Role.HIRING_MANAGER);
        String marker = LibraryFixture.uniqueWord();
        long competency = library.competencyNamed("Retry " + marker + " handling");
        long roleId = library.role(new Requirement(competency, 3, true)).role().id();
        ImportRequest request = new ImportRequest(roleId, false, "A page pasted twice", List.of(
                new ImportRequest.Item("How do you roll back a " + marker + " release?", QuestionKind.TECHNICAL, QuestionLevel.INTERMEDIATE,
                        "Whether they plan for failure.", null, null, List.of(competency), null),
                new ImportRequest.Item("Tell me about a " + marker + " outage you led.", QuestionKind.BEHAVIOURAL, QuestionLevel.INTERMEDIATE,
                        "Whether they lead calmly.", null, null, List.of(competency), null)));
        String body = json.write(request);

        List<HttpResponse<String>> answers = atOnce(() -> manager.client().postJson("/api/question-imports", body));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(questions.page(new QuestionFilter(roleId, null, null, null, marker), 0, 50)).hasSize(2);
    }

    /** Sends the same request from {@value #AT_ONCE} threads released together, and asserts that none answered 5xx. */
    private static List<HttpResponse<String>> atOnce(Supplier<HttpResponse<String>> request) {
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch ready = new CountDownLatch(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                sent.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
            assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as("answer %s", a.body()).isLessThan(500));
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }
}
