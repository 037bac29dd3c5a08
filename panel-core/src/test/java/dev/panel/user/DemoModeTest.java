package dev.panel.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTest {

    @Test
    void demo_mode_is_on_by_default_on_the_embedded_database() {
        assertThat(new DemoMode(true, "jdbc:h2:file:./data/panel;MODE=MySQL").enabled()).isTrue();
    }

    @Test
    void demo_mode_can_be_turned_off_on_the_embedded_database() {
        assertThat(new DemoMode(false, "jdbc:h2:file:./data/panel;MODE=MySQL").enabled()).isFalse();
    }

    @Test
    void demo_mode_is_never_on_for_mysql_or_mariadb_even_when_asked_for() {
        assertThat(new DemoMode(true, "jdbc:mysql://db:3306/panel").enabled()).isFalse();
        assertThat(new DemoMode(true, "jdbc:mariadb://db:3306/panel").enabled()).isFalse();
    }
}
