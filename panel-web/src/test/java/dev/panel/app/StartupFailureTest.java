package dev.panel.app;

import org.junit.jupiter.api.Test;

import java.sql.SQLNonTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class StartupFailureTest {

    @Test
    void a_database_failure_names_the_url_but_never_its_password() {
        var failure = new RuntimeException("Bean creation failed",
                new SQLNonTransientConnectionException("Could not create connection to database server.\nMore detail"));

        String line = StartupFailure.explain(failure, "jdbc:mysql://panel:s3cret@db.internal:3306/panel?password=s3cret&useSSL=true");

        assertThat(line)
                .contains("jdbc:mysql://db.internal:3306/panel")
                .contains("Could not create connection to database server.")
                .contains("PANEL_DB_URL")
                .doesNotContain("s3cret")
                .doesNotContain("\n");
    }

    @Test
    void the_embedded_database_url_is_shown_without_its_options() {
        assertThat(StartupFailure.withoutSecrets("jdbc:h2:file:/srv/panel/data/panel;MODE=MySQL;PASSWORD=x"))
                .isEqualTo("jdbc:h2:file:/srv/panel/data/panel");
    }

    @Test
    void any_other_failure_is_reduced_to_its_root_cause_in_one_line() {
        var failure = new IllegalStateException("outer", new IllegalArgumentException("the real reason\nstack"));

        assertThat(StartupFailure.explain(failure, null)).isEqualTo("the real reason");
    }

    @Test
    void a_second_panel_on_the_same_data_directory_is_told_so() {
        var failure = new RuntimeException(new java.sql.SQLException("Database may be already in use: \"/srv/data/panel.mv.db\""));

        assertThat(StartupFailure.explain(failure, "jdbc:h2:file:/srv/data/panel;MODE=MySQL"))
                .isEqualTo("the embedded database jdbc:h2:file:/srv/data/panel is in use by another Panel process. "
                        + "Stop that one, or give this one its own PANEL_DATA_DIR.");
    }
}
