package nl.netwerkplaats.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The embedded start as a person uses it: the real launcher jar, a data directory, a stop, a second start. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("target/netwerkplaats-launcher.jar");

    @Test
    void dataSurvivesARestartAndStopIsClean() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "launcher-data");
        int port = freePort();

        Path firstLog = data.resolve("first.log");
        Process first = start(data, port, firstLog);
        awaitReady(first, port, firstLog);
        assertEquals(200, get(port, "/netwerk/").statusCode());
        stop(first);
        String firstOutput = Files.readString(firstLog);
        assertTrue(firstOutput.matches("(?s).*Schema network: [1-9][0-9]* migration\\(s\\) applied.*"), "fresh database migrated");
        assertTrue(firstOutput.contains("Netwerkplaats: stopped."), firstOutput);
        assertFalse(Files.exists(data.resolve("postgres/postmaster.pid")), "PostgreSQL still running");

        Path secondLog = data.resolve("second.log");
        Process second = start(data, port, secondLog);
        awaitReady(second, port, secondLog);
        stop(second);
        assertTrue(Files.readString(secondLog).contains("Schema network: 0 migration(s) applied"),
                "second start reuses the data");
    }

    @Test
    void portInUseStopsTheStartWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Path log = Files.createTempFile(Path.of("target"), "port", ".log");
            Process process = start(Files.createTempDirectory(Path.of("target"), "unused"), taken.getLocalPort(), log);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, process.exitValue());
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertEquals(1, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(0).startsWith("Netwerkplaats cannot start: Port " + taken.getLocalPort()));
        }
    }

    private static Process start(Path data, int port, Path log) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dnetwerkplaats.port=" + port, "-Dnetwerkplaats.data-dir=" + data.toAbsolutePath(),
                "-Dnetwerkplaats.java-options=-Xmx512m", "-jar", LAUNCHER.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** What Ctrl-C does: a signal to the launcher, which stops Payara Micro and then PostgreSQL. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "launcher did not stop");
    }

    private static void awaitReady(Process process, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("launcher exited:\n" + Files.readString(log));
            }
            if (Files.readString(log).contains("Netwerkplaats is ready at")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready in 3 minutes:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
