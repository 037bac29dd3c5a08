package dev.panel.user;

import dev.panel.common.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The refusal a person reads when their role may not do something. */
class ActorTest {

    final Actor interviewer = new Actor(1, "ines", Set.of(Role.INTERVIEWER));

    @Test
    void a_refusal_names_every_role_that_may_in_the_plural() {
        assertThatThrownBy(() -> interviewer.require("read ratings across candidates", Role.RECRUITER, Role.HIRING_MANAGER))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Only recruiters or hiring managers may read ratings across candidates.");
    }

    @Test
    void an_admin_may_do_what_any_role_may() {
        assertThatCode(() -> new Actor(2, "ada", Set.of(Role.ADMIN)).require("open loops", Role.RECRUITER)).doesNotThrowAnyException();
    }
}
