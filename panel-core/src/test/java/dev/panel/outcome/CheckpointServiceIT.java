package dev.panel.outcome;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.loop.LoopView;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.HireFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@MicronautTest(startApplication = false, transactional = false)
class CheckpointServiceIT implements DatabaseTest {

    @Inject
    CheckpointService checkpoints;
    @Inject
    OutcomeService outcomes;
    @Inject
    HireFixture hires;
    @Inject
    LoopFixture fixture;
    @Inject
    AuditLog audit;

    Actor admin;
    Actor recruiter;
    User interviewer;
    Actor manager;

    @BeforeAll
    void people() {
        List<User> people = fixture.people(Role.ADMIN, Role.RECRUITER, Role.INTERVIEWER, Role.HIRING_MANAGER);
        admin = Actor.of(people.get(0));
        recruiter = Actor.of(people.get(1));
        interviewer = people.get(2);
        manager = Actor.of(people.get(3));
    }

    @Test
    void the_default_checkpoints_come_first_on_a_five_point_scale() {
        assertThat(checkpoints.list(recruiter)).extracting(Checkpoint::name, Checkpoint::scaleMax)
                .startsWith(tuple("90-day review", 5), tuple("1-year performance", 5));
    }

    @Test
    void an_admin_adds_renames_and_retires_a_checkpoint_and_each_step_is_audit_logged() {
        String name = Names.unique("6-month check-in");
        Checkpoint added = checkpoints.add(admin, name, 4);
        Checkpoint renamed = checkpoints.change(admin, added.id(), name + " (HR)", 7, added.position(), added.version());
        Checkpoint retired = checkpoints.retire(admin, added.id());

        assertThat(renamed.name()).isEqualTo(name + " (HR)");
        assertThat(renamed.scaleMax()).isEqualTo(7);
        assertThat(retired.isRetired()).isTrue();
        assertThat(checkpoints.list(recruiter)).extracting(Checkpoint::id).contains(added.id());
        assertThat(audit.about("checkpoint:" + added.id())).extracting(AuditEvent::action)
                .containsExactly("checkpoint.retired", "checkpoint.changed", "checkpoint.added");
    }

    @Test
    void a_scale_outside_two_to_ten_a_taken_name_and_a_stale_version_are_refused() {
        assertThatThrownBy(() -> checkpoints.add(admin, Names.unique("Tiny"), 1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The scale's top level must be from 2 to 10 (it was 1).");
        assertThatThrownBy(() -> checkpoints.add(admin, "90-day review", 5)).isInstanceOf(ConflictException.class)
                .hasMessage("There is already a checkpoint named \"90-day review\".");
        assertThatThrownBy(() -> checkpoints.add(admin, " ", 5)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The checkpoint's name is required.");
        Checkpoint added = checkpoints.add(admin, Names.unique("Stale"), 5);
        checkpoints.change(admin, added.id(), added.name(), 5, 9, added.version());
        assertThatThrownBy(() -> checkpoints.change(admin, added.id(), added.name() + "!", 5, 9, added.version()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Someone else changed the checkpoint");
    }

    @Test
    void the_scale_of_a_checkpoint_with_outcomes_stays() {
        Checkpoint added = checkpoints.add(admin, Names.unique("Scaled"), 5);
        LoopView hire = hires.hired(interviewer, manager);
        outcomes.record(recruiter, hire.loop().candidateId(), new RecordOutcome(null, added.id(), null, 5, null, null));

        assertThatThrownBy(() -> checkpoints.change(admin, added.id(), added.name(), 3, added.position(), added.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("so its scale stays; add a new checkpoint");
    }

    @Test
    void only_admins_change_checkpoints_and_interviewers_do_not_even_read_them() {
        assertThatThrownBy(() -> checkpoints.add(recruiter, Names.unique("Nope"), 5)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> checkpoints.list(Actor.of(interviewer))).isInstanceOf(ForbiddenException.class);
    }
}
