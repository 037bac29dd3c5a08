package dev.panel.privacy;

import dev.panel.loop.LoopView;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardService;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate data export follows the rule of every other path: nobody reads another person's draft. */
@MicronautTest(startApplication = false, transactional = false)
class CandidateExportIT implements DatabaseTest {

    @Inject
    LoopFixture fixture;
    @Inject
    CandidatePrivacy privacy;
    @Inject
    ScorecardService scorecards;

    @Test
    void a_recruiter_s_export_holds_the_submitted_scorecards_and_no_one_else_s_draft() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.RECRUITER);
        User submitter = people.get(0);
        User drafter = people.get(1);
        LoopView loop = fixture.openWithFirstStage(List.of(submitter, drafter));
        long interviewId = loop.interviews().get(0).interview().id();
        Scorecard submitted = fixture.submitted(submitter, interviewId, "Explained the rollback plan step by step.");
        Actor asDrafter = Actor.of(drafter);
        Scorecard draft = scorecards.saveMine(asDrafter, interviewId, null,
                LoopFixture.complete(loop.interviews().get(0).stage(), "Half-formed impression, not yet weighed."));

        CandidateExport export = privacy.export(Actor.of(people.get(2)), loop.loop().candidateId());

        List<Scorecard> exported = export.loops().get(0).scorecards();
        assertThat(exported).extracting(Scorecard::id).containsExactly(submitted.id()).doesNotContain(draft.id());
        assertThat(exported.get(0).content()).isEqualTo(submitted.content());
    }

    @Test
    void once_the_draft_is_submitted_the_export_holds_it_too() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.RECRUITER);
        LoopView loop = fixture.openWithFirstStage(List.of(people.get(0)));
        long interviewId = loop.interviews().get(0).interview().id();
        Actor interviewer = Actor.of(people.get(0));
        Scorecard started = scorecards.saveMine(interviewer, interviewId, null,
                LoopFixture.complete(loop.interviews().get(0).stage(), "Still writing."));
        Actor recruiter = Actor.of(people.get(1));
        assertThat(privacy.export(recruiter, loop.loop().candidateId()).loops().get(0).scorecards()).isEmpty();

        Scorecard submitted = scorecards.submit(interviewer, started.id());

        assertThat(privacy.export(recruiter, loop.loop().candidateId()).loops().get(0).scorecards())
                .extracting(Scorecard::id).containsExactly(submitted.id());
    }
}
