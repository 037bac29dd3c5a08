package dev.panel.app;

import dev.panel.app.OperatorCommands.Refused;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * {@code java -jar panel.jar restore FILE [--force]}: puts a backup made by {@link EmbeddedBackup} into the data
 * directory. The backup is unpacked beside the database and opened first, so that a damaged file or one that is not
 * Panel's is refused before anything is touched. A database that is in use (a running Panel holds H2's lock on it)
 * is never replaced, and one that is not in use only with {@code --force}; it is then kept beside the new one.
 *
 * <p>The swap leaves no moment at which a Panel starting meanwhile could open a half-restored or missing database:
 * the old file stays open (so locked) until the new one is in place, the new one is locked (as H2 locks its files)
 * before it is moved into place, and the move replaces the old name in one step.
 */
final class EmbeddedRestore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private EmbeddedRestore() {
    }

    /** Restores the backup and returns the line that says what was done. */
    static String restore(Path backup, Path dataDirectory, boolean force) throws Refused {
        OperatorCommands.requireEmbedded("restore it");
        if (!Files.isRegularFile(backup)) {
            throw new Refused("there is no file " + backup.toAbsolutePath().normalize());
        }
        Path unpacking = dataDirectory.resolve(".restore-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(unpacking);
            Path incoming = unpack(backup, unpacking.resolve(EmbeddedDatabase.FILE_NAME));
            String version = migrationVersion(backup, unpacking);
            String replaced = swapIn(incoming, dataDirectory, force);
            return "Restored " + backup.toAbsolutePath().normalize() + " into " + dataDirectory + " (schema version " + version + ", "
                    + OperatorCommands.megabytes(size(dataDirectory.resolve(EmbeddedDatabase.FILE_NAME))) + ")"
                    + (replaced == null ? "" : "; the database it replaced is kept as " + replaced);
        } catch (IOException e) {
            throw new Refused("cannot write to " + dataDirectory + ": " + e.getMessage());
        } finally {
            deleteTree(unpacking);
        }
    }

    private static Path unpack(Path backup, Path to) throws Refused, IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry database = zip.getEntry(EmbeddedDatabase.FILE_NAME);
            if (database == null) {
                throw new Refused(backup + " holds no " + EmbeddedDatabase.FILE_NAME + ": it is not a backup made by 'java -jar panel.jar backup'");
            }
            try (InputStream in = zip.getInputStream(database)) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
            return to;
        } catch (ZipException | java.io.EOFException e) {
            throw new Refused(backup + " is not a backup made by 'java -jar panel.jar backup', or it is damaged (" + e.getMessage() + ")");
        }
    }

    /** Opens the unpacked database: the proof that it is whole and Panel's. */
    private static String migrationVersion(Path backup, Path unpacked) throws Refused {
        try (Connection database = DriverManager.getConnection(EmbeddedDatabase.url(unpacked) + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0",
                EmbeddedDatabase.user(), EmbeddedDatabase.password());
             Statement statement = database.createStatement();
             ResultSet version = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
            if (!version.next()) {
                throw new Refused(backup + " holds a database without any migration: it is not Panel's");
            }
            return version.getString(1);
        } catch (SQLException e) {
            if ("28000".equals(e.getSQLState())) {
                throw new Refused("the database in " + backup + " does not open with PANEL_DB_USER and PANEL_DB_PASSWORD: set them as they were when it was backed up");
            }
            throw new Refused("the database in " + backup + " cannot be read, so it is not Panel's or it is damaged: "
                    + EmbeddedBackup.firstLine(e.getMessage()));
        }
    }

    /** Moves the new database into place; returns where the old one is kept, or null when there was none. */
    private static String swapIn(Path incoming, Path dataDirectory, boolean force) throws Refused, IOException {
        Path current = dataDirectory.resolve(EmbeddedDatabase.FILE_NAME);
        try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (!Files.exists(current)) {
                Files.move(incoming, current, StandardCopyOption.ATOMIC_MOVE);
                return null;
            }
            // Open (so locked) until the new file has taken its name; refused while a running Panel holds it.
            try (Connection old = EmbeddedBackup.openFile(dataDirectory,
                    "the database in " + dataDirectory + " is in use by a running Panel: stop it first, then restore")) {
                if (!force) {
                    throw new Refused(dataDirectory + " already holds a Panel database: add --force to replace it (it is then kept beside "
                            + "the restored one as " + EmbeddedDatabase.FILE_NAME + ".replaced-<time>)");
                }
                Path kept = dataDirectory.resolve(EmbeddedDatabase.FILE_NAME + ".replaced-" + LocalDateTime.now().format(STAMP));
                try {
                    Files.createLink(kept, current);
                } catch (UnsupportedOperationException | IOException noLinks) {
                    Files.copy(current, kept);
                }
                Files.move(incoming, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return kept.toString();
            } catch (SQLException closing) {
                throw new Refused("the database it replaced could not be closed: " + EmbeddedBackup.firstLine(closing.getMessage()));
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path directory) {
        try (var files = Files.list(directory)) {
            files.forEach(EmbeddedBackup::deleteQuietly);
        } catch (IOException ignored) {
            // nothing unpacked
        }
        EmbeddedBackup.deleteQuietly(directory);
    }
}
