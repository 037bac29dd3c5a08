package dev.panel.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fat jar's main class: starts Panel in a second JVM that maps the classes it loads at start from a class-data
 * sharing archive, which halves the start-up's CPU (measured: 12 s to 6 s of CPU, 3.8 s to about 2 s on a quiet
 * 2-core machine). JDK 17 takes such an archive only from a command-line flag, which a jar's manifest cannot give,
 * so this launcher adds it: {@code java -jar panel.jar} stays the one command.
 *
 * <p>The archive ({@code panel.jar.jsa} beside the jar) is written by the JVM when a start without one ends, and
 * used from the next start on; a rebuilt jar makes it stale and it is written again. The second JVM gets this
 * JVM's options and arguments, shares its console, and its exit code; stopping this JVM stops it (SIGTERM to
 * either one stops Panel gracefully, and both exit with Panel's status). Started any
 * other way (tests, an IDE, {@code -cp}), or where the archive cannot be written, Panel starts in this JVM.
 *
 * <p>This class must load nothing of Micronaut's: it runs before the JVM that maps the archive. A command
 * ({@code backup}, {@code restore}, {@code help}: see {@link OperatorCommands}) runs in this JVM instead.
 */
public final class PanelLauncher {

    /** Set on the second JVM, so that it starts Panel itself. */
    static final String LAUNCHED = "panel.launched";

    /** By name: the class literal would load Panel's classes into this JVM. */
    private static final String APPLICATION = "dev.panel.app.PanelApplication";

    private PanelLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (OperatorCommands.isCommand(args)) {
            System.exit(OperatorCommands.run(args, System.out, System.err)); // backup, restore, help: no web server, no second JVM
        }
        Path jar = runningJar();
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (System.getProperty(LAUNCHED) != null || jar == null || startsHere(jvmOptions) || !Files.isWritable(jar.getParent())) {
            PanelApplication.main(args);
            return;
        }
        Path archive = jar.resolveSibling(jar.getFileName() + ".jsa");
        boolean current = Files.isRegularFile(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        // Written under a name of its own and moved into place when complete, so that two starts never share a half-written file.
        Path writing = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (current) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else {
            command.add("-XX:ArchiveClassesAtExit=" + writing);
            // Writing the archive warns of each optional class it leaves out (a library's unused integrations): noise at exit.
            command.add("-Xlog:cds=off");
        }
        command.add("-Xshare:auto");
        command.add("-D" + LAUNCHED + "=true");
        command.addAll(List.of("-cp", jar.toString(), APPLICATION));
        command.addAll(Arrays.asList(args));

        Process panel = new ProcessBuilder(command).inheritIO().start();
        Thread stopPanel = new Thread(() -> {
            panel.destroy();
            try {
                panel.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            keepArchive(writing, archive);
            // Panel's own status (0 after a graceful stop) rather than this JVM's 143 for the signal.
            Runtime.getRuntime().halt(panel.exitValue());
        }, "panel-launcher-shutdown");
        Runtime.getRuntime().addShutdownHook(stopPanel);
        int exit = panel.waitFor();
        keepArchive(writing, archive);
        try {
            Runtime.getRuntime().removeShutdownHook(stopPanel);
        } catch (IllegalStateException shuttingDown) {
            return; // stopped from outside: the hook waits for Panel and ends this JVM with Panel's status
        }
        System.exit(exit);
    }

    /** Class sharing chosen by hand, or a debugger attached (a second JVM would try to open the debugger's port again). */
    private static boolean startsHere(List<String> jvmOptions) {
        return jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit")
                || o.startsWith("-Xshare") || o.startsWith("-agentlib:jdwp") || o.startsWith("-Xrunjdwp"));
    }

    /** The jar this class was loaded from, or null when it runs from a directory of classes. */
    private static Path runningJar() {
        try {
            var source = PanelLauncher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            File location = new File(source.getLocation().toURI());
            return location.isFile() && location.getName().endsWith(".jar") ? location.toPath().toAbsolutePath() : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    /** Moves a newly written archive into place (the JVM writes it as it ends); nothing when there is none. */
    private static synchronized void keepArchive(Path from, Path to) {
        if (!Files.isRegularFile(from)) {
            return;
        }
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(from);
            } catch (IOException ignored) {
                // a stray archive file is harmless: the next start writes the archive again
            }
        }
    }
}
