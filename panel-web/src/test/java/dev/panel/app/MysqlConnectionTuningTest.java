package dev.panel.app;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MysqlConnectionTuningTest {

    @Test
    void a_mysql_or_mariadb_connection_gets_every_option() {
        assertThat(MysqlConnectionTuning.missing("jdbc:mysql://db:3306/panel", new Properties()))
                .containsEntry("useServerPrepStmts", "true")
                .containsEntry("useLocalSessionState", "true")
                .containsOnlyKeys(MysqlConnectionTuning.OPTIONS.keySet());
        assertThat(MysqlConnectionTuning.missing("jdbc:mariadb://db/panel", new Properties())).hasSameSizeAs(MysqlConnectionTuning.OPTIONS);
    }

    @Test
    void the_embedded_database_gets_none() {
        assertThat(MysqlConnectionTuning.missing("jdbc:h2:file:/srv/panel/data/panel;MODE=MySQL", new Properties())).isEmpty();
        assertThat(MysqlConnectionTuning.missing(null, new Properties())).isEmpty();
    }

    @Test
    void what_the_administrator_set_in_the_url_or_the_properties_is_left_as_set() {
        Properties given = new Properties();
        given.setProperty(" CachePrepStmts", "false");

        assertThat(MysqlConnectionTuning.missing("jdbc:mysql://db:3306/panel?useSSL=true&USESERVERPREPSTMTS=false", given))
                .doesNotContainKeys("useServerPrepStmts", "cachePrepStmts")
                .containsKey("useLocalSessionState")
                .hasSize(MysqlConnectionTuning.OPTIONS.size() - 2);
    }
}
