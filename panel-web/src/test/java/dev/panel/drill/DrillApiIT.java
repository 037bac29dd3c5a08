package dev.panel.drill;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.competency.CompetencyService;
import dev.panel.testing.ApiTest;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DrillApiIT extends ApiTest {

    @Inject
    CompetencyService competencies;
    @Inject
    AuditLog audit;

    @Test
    void an_interviewer_reads_no_one_elses_ratings_nor_the_consensus_until_they_submit_theirs() {
        long drill = openDrill(1, 2, 3, 4, 3);
        User first = user(Role.INTERVIEWER);
        User second = user(Role.INTERVIEWER);
        PanelClient firstClient = signedIn(first);
        PanelClient secondClient = signedIn(second);
        rate(firstClient, drill, 1, 2, 3, 4, 3);
        read(firstClient.post("/api/drills/" + drill + "/submit"), 200, DrillAttempt.class);
        DrillAttempt draft = rate(secondClient, drill, 2, 2, 2, 2, 2);

        assertThat(draft.samples()).extracting(SampleAnswer::consensusLevel).containsOnlyNulls();
        assertThat(readList(secondClient.get("/api/drills/" + drill + "/ratings"), DrillRating.class))
                .extracting(DrillRating::interviewerId).containsOnly(second.id());
        assertRefused(secondClient.get("/api/drills/" + drill + "/feedback"), 403, "forbidden", "Submit your own ratings first");
        assertRefused(secondClient.get("/api/drills/" + drill + "/report"), 403, "forbidden", "hiring managers");

        read(secondClient.post("/api/drills/" + drill + "/submit"), 200, DrillAttempt.class);

        assertThat(readList(secondClient.get("/api/drills/" + drill + "/ratings"), DrillRating.class))
                .extracting(DrillRating::interviewerId).contains(first.id(), second.id());
        DrillFeedback feedback = read(secondClient.get("/api/drills/" + drill + "/feedback"), 200, DrillFeedback.class);
        assertThat(feedback.samples()).extracting(SampleFeedback::consensus).containsExactly(1, 2, 3, 4, 3);
        assertThat(feedback.samples().get(0).consensusAnchor().anchor()).isNotBlank();
        assertThat(feedback.samples().get(3).panel()).containsEntry(2, 1).containsEntry(4, 1);
    }

    @Test
    void only_hiring_managers_build_drills_and_nobody_anonymous_reaches_them() {
        PanelClient interviewer = signedIn(Role.INTERVIEWER);
        assertRefused(interviewer.postJson("/api/drills", toJson(draft(1, 2, 3))), 403, "forbidden", "Only hiring managers may build drills.");
        long drill = openDrill(1, 2, 3);
        assertRefused(interviewer.post("/api/drills/" + drill + "/close"), 403, "forbidden");
        assertRefused(interviewer.get("/api/drills/" + drill), 403, "forbidden");
        assertRefused(anonymous().get("/api/drills"), 401, "unauthorized");
        assertThat(readList(interviewer.get("/api/drills"), Drill.class)).extracting(Drill::id).contains(drill);
    }

    @Test
    void closing_reports_kappa_per_interviewer_and_the_calibrated_status_is_readable_by_username() {
        long drill = openDrill(1, 2, 3, 4, 2);
        User close = user(Role.INTERVIEWER);
        User far = user(Role.INTERVIEWER);
        submit(signedIn(close), drill, 1, 2, 3, 4, 3);
        submit(signedIn(far), drill, 4, 3, 1, 1, 4);

        DrillReport report = read(hiringManager.post("/api/drills/" + drill + "/close"), 200, DrillReport.class);

        assertThat(report.interviewers()).extracting(DrillReport.InterviewerResult::interviewerId).containsExactly(close.id(), far.id());
        assertThat(report.interviewers().get(0).kappa()).isGreaterThan(0.6);
        assertThat(report.interviewers().get(1).kappa()).isNegative();
        assertThat(report.samples().get(2).anchorMayNeedRewording()).isTrue();
        List<CalibratedCompetency> calibrated = readList(signedIn(close).get("/api/calibration/" + close.username()), CalibratedCompetency.class);
        assertThat(calibrated).extracting(CalibratedCompetency::competencyName).containsExactly("Delivery and execution");
        assertThat(readList(hiringManager.get("/api/calibration/" + far.username()), CalibratedCompetency.class)).isEmpty();
        assertRefused(signedIn(close).putJson("/api/drills/" + drill + "/ratings", "{\"ratings\": []}"), 409, "conflict", "closed");
    }

    @Test
    void bad_input_is_refused_with_a_sentence_and_changes_nothing() {
        assertRefused(hiringManager.postJson("/api/drills", toJson(draft(1, 2, 3, 4, 1, 2, 3, 4, 1))), 400, "invalid_input",
                "A drill has 3 to 8 sample answers (this one has 9).");
        assertRefused(hiringManager.postJson("/api/drills", toJson(draft(1, 2, 7))), 400, "invalid_input",
                "The consensus of sample answer 3 is a level from 1 to 4; 7 is not.");
        long drill = openDrill(1, 2, 3);
        PanelClient interviewer = signedIn(Role.INTERVIEWER);
        DrillAttempt attempt = read(interviewer.get("/api/drills/" + drill + "/attempt"), 200, DrillAttempt.class);
        String body = toJson(Map.of("ratings", List.of(new SampleRating(attempt.samples().get(0).id(), 5, "Too high"))));
        assertRefused(interviewer.putJson("/api/drills/" + drill + "/ratings", body), 400, "invalid_input",
                "A rating of sample answer 1 is between 1 and 4; 5 is not.");
        assertThat(read(interviewer.get("/api/drills/" + drill + "/attempt"), 200, DrillAttempt.class).version()).isZero();
    }

    @Test
    void ratings_saved_from_an_older_tab_are_refused_with_409_and_the_newer_ones_kept() {
        long drill = openDrill(1, 2, 3);
        User interviewer = user(Role.INTERVIEWER);
        PanelClient newerTab = signedIn(interviewer);
        PanelClient olderTab = signedIn(interviewer);
        DrillAttempt seenByBoth = read(olderTab.get("/api/drills/" + drill + "/attempt"), 200, DrillAttempt.class);
        long firstSample = seenByBoth.samples().get(0).id();
        read(newerTab.putJson("/api/drills/" + drill + "/ratings", toJson(Map.of("version", seenByBoth.version(),
                "ratings", List.of(new SampleRating(firstSample, 3, "Named the metric and the result."))))), 200, DrillAttempt.class);

        assertRefused(olderTab.putJson("/api/drills/" + drill + "/ratings", toJson(Map.of("version", seenByBoth.version(),
                "ratings", List.of(new SampleRating(firstSample, 1, "Older reading."))))), 409, "conflict", "another tab", "Reload");

        DrillAttempt stored = read(newerTab.get("/api/drills/" + drill + "/attempt"), 200, DrillAttempt.class);
        assertThat(stored.ratings().get(0).level()).isEqualTo(3);
        assertThat(stored.ratings().get(0).evidence()).isEqualTo("Named the metric and the result.");
    }

    @Test
    void a_drill_submitted_many_times_at_once_is_submitted_once() throws Exception {
        long drill = openDrill(1, 2, 3);
        PanelClient interviewer = signedIn(Role.INTERVIEWER);
        rate(interviewer, drill, 1, 2, 3);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return interviewer.post("/api/drills/" + drill + "/submit").statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(audit.about("drill:" + drill)).extracting(AuditEvent::action).containsOnlyOnce("drill.submitted");
    }

    private long openDrill(Integer... consensus) {
        DrillView created = read(hiringManager.postJson("/api/drills", toJson(draft(consensus))), 201, DrillView.class);
        return read(hiringManager.post("/api/drills/" + created.drill().id() + "/open"), 200, DrillView.class).drill().id();
    }

    private DrillDraft draft(Integer... consensus) {
        List<SampleDraft> samples = new ArrayList<>();
        for (int i = 0; i < consensus.length; i++) {
            samples.add(new SampleDraft("Answer " + (i + 1) + ": we released weekly and cut scope early.", consensus[i]));
        }
        return new DrillDraft(competencies.findBySlug("delivery").orElseThrow().id(), null, "API drill", "How do you ship predictably?", samples);
    }

    private DrillAttempt rate(PanelClient client, long drill, int... levels) {
        DrillAttempt attempt = read(client.get("/api/drills/" + drill + "/attempt"), 200, DrillAttempt.class);
        List<SampleRating> ratings = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            ratings.add(new SampleRating(attempt.samples().get(i).id(), levels[i], "What I heard in answer " + (i + 1)));
        }
        return read(client.putJson("/api/drills/" + drill + "/ratings", toJson(Map.of("ratings", ratings))), 200, DrillAttempt.class);
    }

    private void submit(PanelClient client, long drill, int... levels) {
        rate(client, drill, levels);
        read(client.post("/api/drills/" + drill + "/submit"), 200, DrillAttempt.class);
    }
}
