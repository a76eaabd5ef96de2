package nl.netwerkplaats.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts Netwerkplaats: checks the settings, starts the embedded PostgreSQL (unless {@code NETWERKPLAATS_DB_URL} is
 * set), then runs Payara Micro with the Netwerkplaats WAR as a child process. Ctrl-C stops Payara first and the
 * database after it.
 *
 * <p>Payara Micro runs in its own JVM because it unpacks and boots its own runtime; the launcher stays small and
 * can report a wrong setting in one line before anything heavy starts.
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.println(Help.TEXT);
            return;
        }
        try {
            System.exit(run(Settings.fromProcess()));
        } catch (StartupProblem problem) {
            System.err.println("Netwerkplaats cannot start: " + problem.getMessage());
            System.exit(2);
        }
    }

    static int run(Settings settings) {
        int port = settings.port();
        requireFreePort(port);
        Path home = installationDirectory();
        Path payara = requireFile(home.resolve("payara-micro.jar"));
        Path war = requireFile(home.resolve("netwerkplaats.war"));
        Path dataDirectory = settings.dataDirectory();

        EmbeddedDatabase embedded = null;
        String url;
        String user;
        String password;
        if (settings.get(Settings.DB_URL).isPresent()) {
            url = settings.get(Settings.DB_URL).get();
            user = settings.get(Settings.DB_USER).orElseThrow(() -> new StartupProblem(
                    Settings.describe(Settings.DB_URL) + " is set but " + Settings.describe(Settings.DB_USER)
                            + " is not. Set the database user too."));
            password = settings.get(Settings.DB_PASSWORD).orElse("");
            DatabaseCheck.verify(url, user, password);
            System.out.println("Netwerkplaats: using the PostgreSQL database at " + url);
        } else {
            System.out.println("Netwerkplaats: starting the embedded PostgreSQL, data in " + dataDirectory);
            embedded = EmbeddedDatabase.start(dataDirectory);
            url = embedded.jdbcUrl();
            user = EmbeddedDatabase.USER;
            password = EmbeddedDatabase.USER; // the embedded server trusts local connections; any value works
        }

        Process payaraProcess;
        try {
            payaraProcess = new ProcessBuilder(command(settings, payara, war, dataDirectory, port, url, user, password))
                    .inheritIO()
                    .start();
        } catch (IOException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw new StartupProblem("Cannot start Payara Micro: " + e.getMessage(), e);
        }
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payaraProcess, database), "netwerkplaats-stop"));
        announceWhenReady(payaraProcess, settings.baseUrl(port), port);
        try {
            return payaraProcess.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static List<String> command(Settings settings, Path payara, Path war, Path dataDirectory, int port,
                                        String url, String user, String password) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(settings.get(Settings.JAVA_OPTIONS).orElse("-Xmx1g").split("\\s+")));
        Map<String, String> properties = settings.applicationProperties();
        properties.put(Settings.DB_URL, url);
        properties.put(Settings.DB_USER, user);
        properties.put(Settings.DB_PASSWORD, password);
        properties.put(Settings.BASE_URL, settings.baseUrl(port));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", payara.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--disablephonehome"));
        command.addAll(clusterOptions(settings));
        return command;
    }

    /**
     * Alone, or a member of a Payara Data Grid (Hazelcast) with the instances named in
     * {@code netwerkplaats.cluster.members}: sessions are then replicated between them, so any instance can serve
     * any request. Members find each other over TCP/IP (no multicast, which most networks block).
     */
    static List<String> clusterOptions(Settings settings) {
        Optional<String> members = settings.get(Settings.CLUSTER_MEMBERS);
        if (members.isEmpty()) {
            return List.of("--nocluster");
        }
        if (settings.get(Settings.DB_URL).isEmpty()) {
            throw new StartupProblem(Settings.describe(Settings.CLUSTER_MEMBERS) + " is set, but the instances of a"
                    + " cluster share one PostgreSQL: set " + Settings.describe(Settings.DB_URL) + " too.");
        }
        String list = members.get().replaceAll("\\s+", "");
        if (!list.matches("[A-Za-z0-9.\\-]+:\\d{1,5}(,[A-Za-z0-9.\\-]+:\\d{1,5})*")) {
            throw new StartupProblem("The cluster members '" + members.get() + "' are not a list of host:port,"
                    + " e.g. 10.0.0.11:6900,10.0.0.12:6900. Correct " + Settings.describe(Settings.CLUSTER_MEMBERS) + ".");
        }
        List<String> options = new ArrayList<>(List.of("--clustermode", "tcpip:" + list,
                "--clustername", settings.get(Settings.CLUSTER_NAME).orElse("netwerkplaats"),
                "--startport", settings.get(Settings.CLUSTER_PORT).orElse("6900")));
        settings.get(Settings.CLUSTER_INTERFACES).ifPresent(i -> options.addAll(List.of("--interfaces", i)));
        return options;
    }

    private static void announceWhenReady(Process payara, String baseUrl, int port) {
        Thread watcher = new Thread(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (payara.isAlive() && System.nanoTime() < deadline) {
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                    new URI("http://localhost:" + port + "/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        System.out.println("Netwerkplaats is ready at " + baseUrl + " (Ctrl-C stops it)");
                        return;
                    }
                } catch (IOException | URISyntaxException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    return;
                }
                sleep(1000);
            }
        }, "netwerkplaats-ready");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void stop(Process payara, EmbeddedDatabase database) {
        if (payara.isAlive()) {
            System.out.println("Netwerkplaats: stopping Payara Micro ...");
            payara.destroy();
            try {
                if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            System.out.println("Netwerkplaats: stopping the embedded PostgreSQL ...");
            database.close();
        }
        System.out.println("Netwerkplaats: stopped.");
    }

    static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupProblem("Port " + port + " is already in use. Stop the program that uses it, or set "
                    + Settings.describe(Settings.PORT) + " to a free port.");
        }
    }

    private static Path installationDirectory() {
        try {
            Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StartupProblem(file + " is missing. Build Netwerkplaats first: ./mvnw -DskipTests install");
        }
        return file;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
