package dev.panel.app;

import org.h2.tools.Server;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * How {@code java -jar panel.jar backup} reaches the embedded database while Panel runs. H2 lets one process open
 * the file; a running Panel holds it, so the backup must ask that process to write the copy (H2's {@code BACKUP TO},
 * which copies the database as of one instant while writes go on).
 *
 * <p>Why not H2's own {@code AUTO_SERVER=TRUE} on the embedded URL: its server accepts connections from other
 * machines ({@code -tcpAllowOthers}) on a random port of the machine's network address, guarded only by a key in
 * the lock file and the database password (empty by default); and a second Panel started on the same data
 * directory would quietly connect through the first instead of being refused (see {@link StartupFailure}). Here
 * the running Panel starts H2's TCP server itself, listening on the loopback interface only and answering only for
 * one random key, which it writes to {@value #FILE_NAME} in the data directory, readable by its owner alone
 * (whoever can read that directory can read the database file anyway). Starting it takes a few milliseconds;
 * the file is deleted when Panel stops, and a stale one (after a kill) only makes the backup open the file itself.
 */
final class BackupAccess implements AutoCloseable {

    static final String FILE_NAME = "backup-access.properties";

    private final Server server;
    private final Path file;

    private BackupAccess(Server server, Path file) {
        this.server = server;
        this.file = file;
    }

    /**
     * H2's servers listen on 127.0.0.1 only. H2 reads this once, when its first class loads, so Panel sets it before
     * it opens the database; it also spares H2 a look-up of the host's name, which fails where that name does not
     * resolve (seen in a bare root file system).
     */
    static void bindToLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** Opens the door for backups of the running embedded database in this data directory. */
    static BackupAccess open(Path dataDirectory) throws SQLException, IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        // No -tcpAllowOthers: H2 refuses connections that do not come from this machine. -ifExists: it never creates one.
        Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-ifExists",
                "-key", key, EmbeddedDatabase.databasePath(dataDirectory).toString()).start();
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Properties access = new Properties();
            access.setProperty("url", "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/" + key);
            writeOwnerOnly(file, access);
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw e;
        }
        return new BackupAccess(server, file);
    }

    /** The running Panel's address for backups, if a Panel wrote one (it may have died since). */
    static Optional<String> url(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties access = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            access.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(access.getProperty("url"));
    }

    private static void writeOwnerOnly(Path file, Properties access) throws IOException {
        Path writing = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(writing);
        try {
            Files.createFile(writing, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(writing);
        } catch (FileAlreadyExistsException raced) {
            throw new IOException("another process is writing " + writing, raced);
        }
        try (Writer out = Files.newBufferedWriter(writing, StandardCharsets.UTF_8)) {
            access.store(out, "Written by the running Panel for 'java -jar panel.jar backup'; removed when it stops.");
        }
        Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale file only sends the next backup to the database file itself
        }
    }
}
