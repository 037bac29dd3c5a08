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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy running the configuration Panel ships ({@code deploy/haproxy.cfg}), in front of Panel
 * instances on this machine. Its addresses come from the environment, as the file says.
 */
public final class Haproxy implements AutoCloseable {

    /** The shipped configuration, from a module's directory (where Maven runs the tests). */
    public static final Path CONFIGURATION = Path.of("..", "deploy", "haproxy.cfg");

    private final Process process;
    private final int port;
    private final Path log;

    private Haproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Whether the haproxy program is installed (.ci/run installs it). */
    public static boolean installed() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy"));
    }

    /** The command that checks or runs the shipped configuration, with its variables set. */
    public static ProcessBuilder command(int port, int firstInstance, int secondInstance, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("/usr/sbin/haproxy", "-f", CONFIGURATION.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PANEL_HAPROXY_BIND", "127.0.0.1:" + port);
        builder.environment().put("PANEL_INSTANCE_1", "127.0.0.1:" + firstInstance);
        builder.environment().put("PANEL_INSTANCE_2", "127.0.0.1:" + secondInstance);
        return builder;
    }

    /** Starts HAProxy on {@code port} and waits until it sends a request through to a ready instance. */
    public static Haproxy start(int port, int firstInstance, int secondInstance) {
        try {
            Path log = Files.createTempFile("haproxy-" + port + "-", ".log");
            // -db: in the foreground, so that the test owns the process and its end.
            Process process = command(port, firstInstance, secondInstance, "-db").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Haproxy haproxy = new Haproxy(process, port, log);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            PanelProcess.await("HAProxy on port " + port + " passing requests to a ready instance", Duration.ofSeconds(30), () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("HAProxy ended at start; its log:\n" + haproxy.log());
                }
                try {
                    HttpRequest request = HttpRequest.newBuilder(haproxy.uri().resolve("/health/readiness")).timeout(Duration.ofSeconds(2)).build();
                    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            return haproxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
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
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
