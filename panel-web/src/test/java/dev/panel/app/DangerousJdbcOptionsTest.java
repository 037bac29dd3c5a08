package dev.panel.app;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DangerousJdbcOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:mysql://db:3306/panel?allowLoadLocalInfile=true",
            "jdbc:mysql://db:3306/panel?useSSL=true&ALLOWLOADLOCALINFILE=TRUE",
            "jdbc:mysql://db:3306/panel?autoDeserialize=yes",
            "jdbc:mysql://db:3306/panel?characterEncoding=utf8&allowMultiQueries=true&useSSL=false",
            "jdbc:mysql://db:3306/panel?allowUrlInLocalInfile=1",
            "jdbc:mysql://(host=db,port=3306,allowMultiQueries=true)/panel",
            "jdbc:mysql://db:3306/panel?%61llowMultiQueries=true",
            "jdbc:mysql://db:3306/panel?allowmultiqueries = true"})
    void a_dangerous_option_in_the_url_is_found_in_any_case_or_place(String url) {
        assertThat(DangerousJdbcOptions.find(url, new Properties())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jdbc:mysql://db:3306/panel",
            "jdbc:mysql://db:3306/panel?useSSL=true&allowLoadLocalInfile=false",
            "jdbc:mysql://db:3306/panel?allowPublicKeyRetrieval=true",
            "jdbc:h2:file:/srv/panel/data/panel;MODE=MySQL"})
    void a_plain_url_or_an_option_turned_off_is_accepted(String url) {
        assertThat(DangerousJdbcOptions.find(url, new Properties())).isEmpty();
    }

    @Test
    void a_dangerous_option_among_the_data_source_properties_is_found_too() {
        Properties properties = new Properties();
        properties.setProperty("useSSL", "true");
        properties.setProperty("AutoDeserialize", "true");

        assertThat(DangerousJdbcOptions.find("jdbc:mysql://db/panel", properties)).contains("AutoDeserialize");
    }

    @Test
    void startup_is_refused_before_any_connection_with_one_line_that_names_the_option() {
        Map<String, Object> configuration = Map.of(
                "datasources.default.url", "jdbc:mysql://127.0.0.1:9/panel?useSSL=false&allowLoadLocalInfile=true",
                "micronaut.server.port", -1);

        assertThatThrownBy(() -> {
            try (ApplicationContext context = ApplicationContext.run(configuration)) {
                context.getBean(javax.sql.DataSource.class).getConnection().close();
            }
        }).satisfies(failure -> assertThat(StartupFailure.explain(failure, "jdbc:mysql://127.0.0.1:9/panel"))
                .startsWith("the database connection turns on allowLoadLocalInfile, which Panel refuses")
                .contains("PANEL_DB_URL")
                .doesNotContain("\n"));
    }
}
