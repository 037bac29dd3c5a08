package dev.panel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Panel as an operator runs it: its own JVM (the test's classpath, Panel's real main class), configured only by
 * PANEL_* environment variables, stopped by a signal. {@link #stop()} sends SIGTERM, {@link #kill()} SIGKILL.
 * The process's output goes to a log file, printed when it fails to start.
 */
public final class PanelProcess implements AutoCloseable {

    public static final String ADMIN = "ops.admin";
    public static final String ADMIN_PASSWORD = "ops-admin-password";
    private static final Duration START_WITHIN = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private PanelProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Panel on {@code port} with the test database's settings plus {@code environment}, and waits until its
     * readiness answers 200. (On a database that already has accounts, {@link #ADMIN} is not created.)
     */
    public static PanelProcess start(int port, Map<String, String> environment) {
        return start(port, databaseEnvironment(), environment);
    }

    /**
     * Starts Panel on a fresh embedded database in {@code dataDirectory}, whose first start creates the admin
     * {@link #ADMIN}; waits until it is ready.
     */
    public static PanelProcess startEmbedded(int port, Path dataDirectory, Map<String, String> environment) {
        return start(port, Map.of("PANEL_DATA_DIR", dataDirectory.toString()), environment);
    }

    private static PanelProcess start(int port, Map<String, String> database, Map<String, String> environment) {
        try {
            Path log = Files.createTempFile("panel-process-" + port + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), "dev.panel.app.PanelApplication"));
            Map<String, String> env = builder.environment();
            env.putAll(database);
            env.put("PANEL_PORT", String.valueOf(port));
            env.put("PANEL_DEMO", "false");
            env.put("PANEL_ADMIN_USER", ADMIN);
            env.put("PANEL_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.putAll(environment);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            PanelProcess panel = new PanelProcess(builder.start(), port, log);
            panel.awaitReady();
            return panel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test database as PANEL_DB_* variables; nothing (the embedded database in PANEL_DATA_DIR) on H2. */
    private static Map<String, String> databaseEnvironment() {
        Map<String, Object> database = TestDatabase.properties();
        Map<String, String> env = new HashMap<>();
        if (TestDatabase.isMySql()) {
            env.put("PANEL_DB_URL", String.valueOf(database.get("datasources.default.url")));
            env.put("PANEL_DB_USER", String.valueOf(database.get("datasources.default.username")));
            env.put("PANEL_DB_PASSWORD", String.valueOf(database.get("datasources.default.password")));
        }
        return env;
    }

    /** A port nothing listens on now, for an instance to take. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** GET {@code path} on this instance; its status, or 0 when nothing answers. */
    public int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri().resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** SIGTERM: the operator's stop. */
    public void stop() {
        process.destroy();
    }

    /** SIGKILL: the machine or the process dies; nothing of Panel runs after it. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Waits for the process to end; its exit status. */
    public int awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Panel on port " + port + " had not exited after " + within + "; its log:\n" + log());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for Panel to exit", e);
        }
    }

    /** Waits, up to {@code within}, until {@code condition} holds, asking every 100 ms. */
    public static void await(String what, Duration within, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + within + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + what, e);
            }
        }
    }

    private void awaitReady() {
        try {
            await("Panel on port " + port + " ready", START_WITHIN, () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("Panel on port " + port + " ended at start with status " + process.exitValue() + "; its log:\n" + log());
                }
                return status("/health/readiness") == 200;
            });
        } catch (AssertionError notReady) {
            process.destroyForcibly();
            throw notReady;
        }
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(the log could not be read: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
