package dev.panel.competency;

import dev.panel.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RubricTest {

    static List<RubricLevel> fourLevels() {
        return List.of(
                new RubricLevel(1, "Strong no", "Cannot name a service level objective they owned."),
                new RubricLevel(2, "No", "Describes incidents as bad luck; no follow-up actions."),
                new RubricLevel(3, "Yes", "Ran blameless reviews and tracked their actions to done."),
                new RubricLevel(4, "Strong yes", "Set error budgets that changed what the team shipped, with numbers."));
    }

    @Test
    void a_well_formed_four_point_scale_is_accepted_and_trimmed() {
        List<RubricLevel> levels = new java.util.ArrayList<>(fourLevels());
        levels.set(0, new RubricLevel(1, "  Strong no ", "  anchor text  "));

        List<RubricLevel> checked = Rubric.checked(levels);

        assertThat(checked).hasSize(4);
        assertThat(checked.get(0).label()).isEqualTo("Strong no");
        assertThat(checked.get(0).anchor()).isEqualTo("anchor text");
    }

    @Test
    void every_level_needs_an_anchor_and_the_message_names_the_level() {
        List<RubricLevel> levels = new java.util.ArrayList<>(fourLevels());
        levels.set(2, new RubricLevel(3, "Yes", " "));

        assertThatThrownBy(() -> Rubric.checked(levels)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("anchor of level 3 (Yes)");
    }

    @Test
    void levels_out_of_order_or_too_few_or_with_the_same_label_are_refused() {
        assertThatThrownBy(() -> Rubric.checked(List.of(fourLevels().get(0)))).hasMessageContaining("2 to 7 levels");
        assertThatThrownBy(() -> Rubric.checked(List.of(fourLevels().get(1), fourLevels().get(0))))
                .hasMessageContaining("numbered 1 to 2 in order");
        assertThatThrownBy(() -> Rubric.checked(List.of(new RubricLevel(1, "Yes", "a"), new RubricLevel(2, "yes", "b"))))
                .hasMessageContaining("both labelled");
    }

    @Test
    void a_version_maps_a_rating_to_its_level_and_refuses_ratings_off_the_scale() {
        RubricVersion version = new RubricVersion(7L, 3L, 2, fourLevels(), "hm", Instant.now());

        assertThat(version.levelFor(3).label()).isEqualTo("Yes");
        assertThat(version.maxLevel()).isEqualTo(4);
        assertThatThrownBy(() -> version.levelFor(5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("between 1 and 4");
        assertThatThrownBy(() -> version.levelFor(0)).isInstanceOf(InvalidInputException.class);
    }
}
