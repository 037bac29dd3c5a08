package dev.panel.scorecard;

import dev.panel.common.ForbiddenException;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class ScorecardServiceIT implements DatabaseTest {

    @Inject
    LoopFixture fixture;
    @Inject
    ScorecardService scorecards;

    /** Submitting one interview's scorecard must not open the others' before the panelist's next interview. */
    @Test
    void a_panelist_on_two_interviews_of_a_loop_sees_nobody_elses_scorecard_until_both_of_theirs_are_in() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
        User twice = people.get(0);
        User other = people.get(1);
        LoopView loop = fixture.open(List.of(
                new OpenLoop.Assignment(0, null, List.of(twice.id())),
                new OpenLoop.Assignment(1, null, List.of(twice.id(), other.id()))));
        long first = loop.interviews().get(0).interview().id();
        long second = loop.interviews().get(1).interview().id();
        Scorecard others = fixture.submitted(other, second, "Ran the incident review for a payments outage.");

        fixture.submitted(twice, first, "Chose a modular monolith for the MVP and said why.");

        Actor reader = Actor.of(twice);
        assertThatThrownBy(() -> scorecards.get(reader, others.id())).isInstanceOf(ForbiddenException.class);
        assertThat(scorecards.visible(reader, loop.loop().id())).extracting(Scorecard::interviewerId).containsExactly(twice.id());

        fixture.submitted(twice, second, "Described their on-call rota and its error budget.");

        assertThat(scorecards.get(reader, others.id()).content()).isEqualTo(others.content());
        assertThat(scorecards.visible(reader, loop.loop().id())).extracting(Scorecard::interviewerId)
                .containsExactlyInAnyOrder(twice.id(), twice.id(), other.id());
    }
}
