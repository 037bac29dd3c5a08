package dev.panel.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar panel.jar COMMAND ...} in a process of its own, with the test's classes for the jar. */
final class PanelCommand {

    record Result(int exit, String out, String err) {
    }

    private PanelCommand() {
    }

    /**
     * SLF4J's own notes about replaying a log call made while it started: the test classpath's logging, not the
     * command's output (the fat jar's command prints none).
     */
    private static String withoutSlf4jNotes(String err) {
        return err.lines().filter(line -> !line.startsWith("SLF4J(")).map(line -> line + "\n").reduce("", String::concat);
    }

    /** Runs the command on the embedded database in this data directory. */
    static Result run(Path dataDirectory, String... arguments) throws IOException, InterruptedException {
        return run(Map.of("PANEL_DATA_DIR", dataDirectory.toString()), arguments);
    }

    static Result run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PanelLauncher.class.getName()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("panel-command", ".out");
        Path err = Files.createTempFile("panel-command", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // The database is chosen as Panel chooses it, from these variables alone, not from the test run's.
        builder.environment().keySet().removeIf(name -> name.startsWith("PANEL_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("panel " + String.join(" ", arguments) + " ended").isTrue();
        try {
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), withoutSlf4jNotes(Files.readString(err, StandardCharsets.UTF_8)));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
