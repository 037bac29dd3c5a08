package dev.panel.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The commands of {@code java -jar panel.jar COMMAND}: {@code backup} and {@code restore} of the embedded database,
 * and {@code help}. They run in the launcher's JVM, load nothing of Micronaut's and never start the web server;
 * without a command (or with only options, which start with '-') the jar starts Panel.
 */
final class OperatorCommands {

    static final String USAGE = """
            Usage: java -jar panel.jar [COMMAND]
              (no command)             start Panel; its settings are PANEL_* environment variables (see README)
              backup FILE              copy the embedded database in PANEL_DATA_DIR to FILE (a zip), also while Panel runs
              restore FILE [--force]   put a backup made by 'backup' into PANEL_DATA_DIR while Panel is stopped;
                                       --force replaces the database there, which is kept beside it as panel.mv.db.replaced-<time>
              help                     this text
            With PANEL_DB_URL set (MySQL, MariaDB), back up and restore with the database's own tools instead.""";

    private OperatorCommands() {
    }

    /** Whether these arguments name a command rather than start Panel. */
    static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || List.of("-h", "--help", "-help").contains(args[0]));
    }

    /** Runs the command and returns the process's exit code: 0 done, 1 refused or failed, 2 not understood. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0].toLowerCase(Locale.ROOT);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (command) {
                case "backup" -> {
                    if (rest.size() != 1 || rest.get(0).startsWith("-")) {
                        return usage(err, "backup takes one argument, the file to write");
                    }
                    out.println(EmbeddedBackup.backUp(EmbeddedDatabase.dataDirectory(), Path.of(rest.get(0))));
                }
                case "restore" -> {
                    List<String> files = rest.stream().filter(a -> !a.equals("--force")).toList();
                    if (files.size() != 1 || files.get(0).startsWith("-")) {
                        return usage(err, "restore takes the backup file to restore, and optionally --force");
                    }
                    out.println(EmbeddedRestore.restore(Path.of(files.get(0)), EmbeddedDatabase.dataDirectory(), rest.contains("--force")));
                }
                case "help", "-h", "--help", "-help" -> out.println(USAGE);
                default -> {
                    return usage(err, "unknown command '" + args[0] + "'");
                }
            }
            return 0;
        } catch (Refused refused) {
            err.println("panel " + command + ": " + refused.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("panel: " + problem);
        err.println(USAGE);
        return 2;
    }

    /** Refuses a command on a database other than the embedded one, saying what to do instead ("back it up"). */
    static void requireEmbedded(String verb) throws Refused {
        var configured = EmbeddedDatabase.configuredUrl();
        if (configured.isPresent()) {
            throw new Refused("PANEL_DB_URL names the database (" + StartupFailure.withoutSecrets(configured.get()) + "): " + verb
                    + " with that database's own tools, e.g. mysqldump --single-transaction or mariadb-backup"
                    + " (README, Running in production). This command serves only the embedded database.");
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** A command that cannot be done, with the one line that says why. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }
}
