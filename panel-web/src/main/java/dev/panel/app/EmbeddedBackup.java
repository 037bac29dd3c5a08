package dev.panel.app;

import dev.panel.app.OperatorCommands.Refused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * {@code java -jar panel.jar backup FILE}: a copy of the embedded database as it was at one instant, written by H2's
 * {@code BACKUP TO} (a zip holding the database file). While Panel runs, Panel itself writes it, reached through
 * {@link BackupAccess}; when Panel is stopped, this command opens the file. The copy is written under a name of
 * its own and moved to FILE when complete, so that a failed backup never leaves half a file under FILE's name.
 */
final class EmbeddedBackup {

    /** H2's code for "Database may be already in use". */
    static final int IN_USE = 90020;

    private EmbeddedBackup() {
    }

    /** Writes the backup and returns the line that says what was done. */
    static String backUp(Path dataDirectory, Path file) throws Refused {
        OperatorCommands.requireEmbedded("back it up");
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new Refused(target + " is a directory: name the file to write, e.g. " + target.resolve("panel-backup.zip"));
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new Refused("the directory " + target.getParent() + " does not exist");
        }
        if (!Files.isRegularFile(dataDirectory.resolve(EmbeddedDatabase.FILE_NAME))) {
            throw new Refused("there is no Panel database in " + dataDirectory + " (set PANEL_DATA_DIR to the directory Panel runs on)");
        }
        Path writing = target.resolveSibling(target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        long started = System.nanoTime();
        boolean running;
        try {
            Optional<Connection> throughPanel = throughRunningPanel(dataDirectory);
            running = throughPanel.isPresent();
            try (Connection connection = throughPanel.isPresent() ? throughPanel.get() : openFile(dataDirectory,
                    "the database in " + dataDirectory + " is open in a process that does not answer for backups (a Panel started "
                            + "before this version, or another program): stop it and run the backup again");
                 Statement statement = connection.createStatement()) {
                // BACKUP TO alone copied, under concurrent writes, a transaction caught half-way through its commit (one
                // of its two rows, seen by EmbeddedBackupIT). Exclusive mode 1 lets running statements end and pauses
                // every other statement, COMMIT included, until it is turned off: Panel's writes wait during the copy.
                statement.execute("SET EXCLUSIVE 1");
                try {
                    statement.execute("BACKUP TO '" + writing.toString().replace("'", "''") + "'");
                } finally {
                    statement.execute("SET EXCLUSIVE 0");
                }
            }
            Files.move(writing, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(writing);
            throw new Refused("the backup failed: " + firstLine(e.getMessage())
                    + " (while Panel runs, Panel writes the file: its user must be able to write to " + target.getParent() + ")");
        } catch (IOException e) {
            deleteQuietly(writing);
            throw new Refused("the backup could not be moved into place as " + target + ": " + e.getMessage());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return "Backed up the embedded database in " + dataDirectory + " to " + target + " (" + OperatorCommands.megabytes(size(target))
                + " in " + millis + " ms" + (running ? ", written by the running Panel" : ", Panel was not running") + ")";
    }

    /** A connection through the running Panel, when one announced itself and still answers. */
    private static Optional<Connection> throughRunningPanel(Path dataDirectory) {
        return BackupAccess.url(dataDirectory).flatMap(url -> {
            try {
                return Optional.of(DriverManager.getConnection(url, EmbeddedDatabase.user(), EmbeddedDatabase.password()));
            } catch (SQLException stale) {
                return Optional.empty(); // a Panel that was killed left the file behind; the database file says whether it runs
            }
        });
    }

    /** Opens the database file itself, which works only while no Panel holds it; never creates one. */
    static Connection openFile(Path dataDirectory, String whenInUse) throws Refused {
        try {
            return DriverManager.getConnection(EmbeddedDatabase.url(dataDirectory) + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0",
                    EmbeddedDatabase.user(), EmbeddedDatabase.password());
        } catch (SQLException e) {
            if (e.getErrorCode() == IN_USE) {
                throw new Refused(whenInUse);
            }
            if ("28000".equals(e.getSQLState())) {
                throw new Refused("PANEL_DB_USER and PANEL_DB_PASSWORD do not open the database in " + dataDirectory
                        + ": set them as Panel has them");
            }
            throw new Refused("cannot open the database in " + dataDirectory + ": " + firstLine(e.getMessage()));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for the operator to remove; it is named after this process
        }
    }

    static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.replaceAll(" \\[\\d+-\\d+]$", "").trim();
    }
}
