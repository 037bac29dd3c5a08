package dev.panel.app;

import dev.panel.app.OperatorCommands.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The operator's commands on bad input: one line that says what is wrong, and nothing in the data directory touched. */
class OperatorCommandsTest {

    @TempDir
    Path work;

    private String refusal(Path backup) {
        Refused refused = catchThrowableOfType(Refused.class, () -> EmbeddedRestore.restore(backup, work.resolve("data"), false));
        assertThat(refused).as("the restore of " + backup.getFileName() + " should be refused").isNotNull();
        assertThat(refused.getMessage()).doesNotContain("\n");
        assertThat(work.resolve("data").resolve(EmbeddedDatabase.FILE_NAME)).doesNotExist();
        return refused.getMessage();
    }

    @Test
    void a_missing_backup_is_named() {
        assertThat(refusal(work.resolve("nowhere.zip"))).isEqualTo("there is no file " + work.resolve("nowhere.zip"));
    }

    @Test
    void a_file_that_is_not_a_zip_or_is_cut_short_is_called_damaged() throws Exception {
        Path garbage = Files.writeString(work.resolve("garbage.zip"), "not a zip at all");
        Path whole = backupOfAnH2DatabaseWithoutPanel();
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(work.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(refusal(garbage)).contains("is not a backup made by 'java -jar panel.jar backup', or it is damaged");
        assertThat(refusal(cut)).contains("is not a backup made by 'java -jar panel.jar backup', or it is damaged");
    }

    @Test
    void a_zip_without_a_database_or_with_a_damaged_one_is_refused() throws Exception {
        Path other = zip("other.zip", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        Path damaged = zip("damaged.zip", EmbeddedDatabase.FILE_NAME, "H:2,block:2,blockSize:1000,chunk:0".repeat(200).getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(other)).endsWith("holds no panel.mv.db: it is not a backup made by 'java -jar panel.jar backup'");
        assertThat(refusal(damaged)).contains("cannot be read, so it is not Panel's or it is damaged");
    }

    @Test
    void an_h2_backup_of_another_database_is_not_taken_for_panels() throws Exception {
        assertThat(refusal(backupOfAnH2DatabaseWithoutPanel())).contains("cannot be read, so it is not Panel's or it is damaged");
    }

    @Test
    void an_unknown_command_prints_the_usage_and_exits_2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = OperatorCommands.run(new String[] {"frobnicate"}, new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("panel: unknown command 'frobnicate'\nUsage: java -jar panel.jar [COMMAND]");
    }

    @Test
    void options_alone_still_start_panel() {
        assertThat(OperatorCommands.isCommand(new String[] {"-micronaut.server.port=9000"})).isFalse();
        assertThat(OperatorCommands.isCommand(new String[] {})).isFalse();
        assertThat(OperatorCommands.isCommand(new String[] {"--help"})).isTrue();
    }

    @Test
    void on_mysql_the_backup_points_to_the_databases_own_tools() throws Exception {
        PanelCommand.Result result = PanelCommand.run(Map.of("PANEL_DB_URL", "jdbc:mysql://panel:s3cret@db.internal:3306/panel"),
                "backup", work.resolve("x.zip").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).hasLineCount(1).contains("jdbc:mysql://db.internal:3306/panel")
                .contains("mysqldump --single-transaction or mariadb-backup").doesNotContain("s3cret");
        assertThat(work.resolve("x.zip")).doesNotExist();
    }

    private Path backupOfAnH2DatabaseWithoutPanel() throws Exception {
        Path backup = work.resolve("not-panel.zip");
        try (Connection database = DriverManager.getConnection(EmbeddedDatabase.url(work.resolve("other")), "sa", "")) {
            database.createStatement().execute("CREATE TABLE notes (id INT PRIMARY KEY)");
            database.createStatement().execute("BACKUP TO '" + backup + "'");
        }
        return backup;
    }

    private Path zip(String name, String entry, byte[] content) throws Exception {
        Path file = work.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return file;
    }
}
