package dev.panel.loop.ui;

import dev.panel.drill.CalibratedCompetency;
import dev.panel.user.Role;
import dev.panel.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a recruiter reads beside each name when picking a panel. */
class PanelChoicesTest {

    static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    static final User ADA = person(1, "Ada Lovelace");
    static final User BOB = person(2, "Bob Marley");
    static final User CY = person(3, "Cy Twombly");
    static final long ARCHITECTURE = 10, DELIVERY = 11, HIRING = 12;

    static User person(long id, String name) {
        return new User(id, "user" + id, name, "user" + id + "@panel.example", "x", Set.of(Role.INTERVIEWER), true, 0, null, NOW,
                null, null, null, 0, null, null, 0L);
    }

    static CalibratedCompetency calibrated(User who, long competency, String name) {
        return new CalibratedCompetency(who.id(), competency, name, 0.8, 1, NOW, NOW.plusSeconds(86_400));
    }

    final PanelChoices choices = new PanelChoices(List.of(ADA, BOB, CY), Map.of(ADA.id(), 2L, BOB.id(), 1L),
            Map.of(ADA.id(), List.of(calibrated(ADA, ARCHITECTURE, "Architecture"), calibrated(ADA, HIRING, "Hiring")),
                    CY.id(), List.of(calibrated(CY, HIRING, "Hiring"))));

    @Test
    void each_name_carries_the_coming_load() {
        assertThat(choices.label(BOB, Set.of(ARCHITECTURE))).isEqualTo("Bob Marley (user2) · 1 upcoming");
        assertThat(choices.label(CY, Set.of(ARCHITECTURE))).isEqualTo("Cy Twombly (user3) · free");
    }

    @Test
    void calibration_is_named_only_for_the_stage_s_focus_competencies() {
        assertThat(choices.label(ADA, Set.of(ARCHITECTURE, DELIVERY))).isEqualTo("Ada Lovelace (user1) · 2 upcoming · calibrated: Architecture");
        assertThat(choices.label(ADA, Set.of(ARCHITECTURE, HIRING))).isEqualTo("Ada Lovelace (user1) · 2 upcoming · calibrated: Architecture, Hiring");
        assertThat(choices.label(CY, Set.of(DELIVERY))).isEqualTo("Cy Twombly (user3) · free");
    }

    @Test
    void two_people_of_one_name_are_told_apart_by_their_username() {
        User otherAda = person(4, "Ada Lovelace");
        PanelChoices twoAdas = new PanelChoices(List.of(ADA, otherAda), Map.of(), Map.of());

        assertThat(twoAdas.label(ADA, Set.of())).isEqualTo("Ada Lovelace (user1) · free");
        assertThat(twoAdas.label(otherAda, Set.of())).isEqualTo("Ada Lovelace (user4) · free");
    }
}
