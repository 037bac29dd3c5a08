package dev.panel.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static dev.panel.app.EmbeddedDatabaseTables.contents;
import static dev.panel.app.EmbeddedDatabaseTables.open;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore of the embedded database as an operator runs them: a running Panel (its context, with
 * migrations, starter library and demo data, on a real H2 file, and the backup access Panel opens) in this JVM,
 * and the commands in processes of their own, which cannot open the file Panel holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedBackupIT {

    private static final int WRITERS = 2;

    @TempDir
    static Path work;
    private RunningPanel panel;

    @BeforeAll
    void startPanel() throws Exception {
        panel = RunningPanel.start(work.resolve("data"));
    }

    @AfterAll
    void stopPanel() {
        panel.close();
    }

    @Test
    void a_backup_taken_during_writes_restores_every_table_as_it_was_at_one_instant() throws Exception {
        PairWriters writers = new PairWriters(panel.dataDirectory(), WRITERS, 20);
        writers.start();
        writers.awaitWarmUp();

        int[] before = writers.committed();
        Path backup = work.resolve("during-writes.zip");
        PanelCommand.Result backedUp = PanelCommand.run(panel.dataDirectory(), "backup", backup.toString());
        int[] after = writers.committed();
        writers.stopAfter(after, 5);

        assertThat(backedUp.exit()).as(backedUp.err()).isZero();
        assertThat(backedUp.out()).contains("written by the running Panel");
        assertThat(sum(after)).as("pairs committed while the backup ran").isGreaterThan(sum(before));

        Path restoredDirectory = work.resolve("restored");
        PanelCommand.Result restored = PanelCommand.run(restoredDirectory, "restore", backup.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();

        Map<String, List<String>> copy;
        try (Connection restoredDatabase = open(restoredDirectory)) {
            copy = contents(restoredDatabase);
        }
        // Each writer's pairs in the copy: whole (both rows or neither), and 1..k with no gap, k between what had been
        // committed when the backup started and when it ended. The copy is then the live database without the later pairs.
        Map<Integer, Integer> inCopy = PairWriters.pairsIn(copy);
        for (int writer = 0; writer < WRITERS; writer++) {
            assertThat(inCopy.get(writer)).as("writer %d's pairs in the copy", writer).isBetween(before[writer], after[writer]);
        }
        Map<String, List<String>> live;
        try (Connection liveDatabase = open(panel.dataDirectory())) {
            live = contents(liveDatabase);
        }
        Map<String, List<String>> atTheInstant = PairWriters.withoutPairsAfter(live, inCopy);

        assertThat(copy.keySet()).isEqualTo(live.keySet());
        assertThat(copy.values().stream().filter(rows -> !rows.isEmpty()).count()).as("tables with rows").isGreaterThan(10);
        for (String table : live.keySet()) {
            assertThat(copy.get(table)).as("rows of " + table).hasSize(atTheInstant.get(table).size());
            assertThat(copy.get(table)).as("contents of " + table).isEqualTo(atTheInstant.get(table));
        }
        assertThat(live.get("audit_event").size()).as("later pairs are in the live database only")
                .isGreaterThan(copy.get("audit_event").size());
    }

    @Test
    void restore_refuses_to_replace_the_database_of_a_running_panel() throws Exception {
        Path backup = work.resolve("while-running.zip");
        assertThat(PanelCommand.run(panel.dataDirectory(), "backup", backup.toString()).exit()).isZero();
        long usersBefore = countUsers(panel.dataDirectory());

        PanelCommand.Result refused = PanelCommand.run(panel.dataDirectory(), "restore", backup.toString(), "--force");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("panel restore: the database in " + panel.dataDirectory()
                + " is in use by a running Panel: stop it first, then restore");
        assertThat(countUsers(panel.dataDirectory())).isEqualTo(usersBefore);
        try (var left = Files.list(panel.dataDirectory())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("nothing unpacked or kept beside it").noneMatch(name -> name.startsWith(".restore") || name.contains("replaced"));
        }
    }

    @Test
    void a_stopped_database_is_replaced_only_when_forced_and_is_then_kept_beside() throws Exception {
        Path backup = work.resolve("to-replace.zip");
        assertThat(PanelCommand.run(panel.dataDirectory(), "backup", backup.toString()).exit()).isZero();
        Path stopped = work.resolve("stopped");
        assertThat(PanelCommand.run(stopped, "restore", backup.toString()).exit()).isZero();

        PanelCommand.Result unforced = PanelCommand.run(stopped, "restore", backup.toString());
        assertThat(unforced.exit()).isEqualTo(1);
        assertThat(unforced.err()).contains("already holds a Panel database: add --force to replace it").hasLineCount(1);

        PanelCommand.Result forced = PanelCommand.run(stopped, "restore", backup.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("the database it replaced is kept as " + stopped.resolve("panel.mv.db.replaced-"));
        try (var files = Files.list(stopped)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("panel.mv.db.replaced-"));
        }
        assertThat(countUsers(stopped)).isEqualTo(countUsersIn(backup));
    }

    private long countUsersIn(Path backup) throws Exception {
        Path elsewhere = Files.createTempDirectory(work, "count");
        assertThat(PanelCommand.run(elsewhere, "restore", backup.toString()).exit()).isZero();
        return countUsers(elsewhere);
    }

    private static long countUsers(Path dataDirectory) throws SQLException {
        try (Connection database = open(dataDirectory); var rows = database.createStatement().executeQuery("SELECT COUNT(*) FROM app_user")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
