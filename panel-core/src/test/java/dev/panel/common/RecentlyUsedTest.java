package dev.panel.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyUsedTest {

    private final List<Long> loads = new ArrayList<>();

    private Optional<String> load(long id) {
        loads.add(id);
        return id < 0 ? Optional.empty() : Optional.of("row " + id);
    }

    @Test
    void a_remembered_row_is_not_read_again() {
        RecentlyUsed<Long, String> rows = new RecentlyUsed<>(10);

        assertThat(rows.get(1L, this::load)).contains("row 1");
        assertThat(rows.get(1L, this::load)).contains("row 1");

        assertThat(loads).containsExactly(1L);
    }

    @Test
    void a_row_not_found_is_looked_for_again_next_time() {
        RecentlyUsed<Long, String> rows = new RecentlyUsed<>(10);

        assertThat(rows.get(-1L, this::load)).isEmpty();
        assertThat(rows.get(-1L, this::load)).isEmpty();

        assertThat(loads).containsExactly(-1L, -1L);
    }

    @Test
    void past_its_capacity_the_least_recently_used_row_is_forgotten() {
        RecentlyUsed<Long, String> rows = new RecentlyUsed<>(2);
        rows.get(1L, this::load);
        rows.get(2L, this::load);
        rows.get(1L, this::load);
        rows.get(3L, this::load);

        assertThat(rows.known(1L)).contains("row 1");
        assertThat(rows.known(2L)).isEmpty();
        assertThat(rows.known(3L)).contains("row 3");
    }
}
