package nl.netwerkplaats.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.netwerkplaats.benchmark.Benchmark.Result;

/**
 * Two instances against one, on the same machine and the same data (issue 8). Three instances of the launcher run
 * side by side on one PostgreSQL: one as a municipality runs it without a cluster ({@code --nocluster}, with the
 * embedded PostgreSQL), and two that form one Payara Data Grid and use that same database. Each scenario runs with
 * the same clients against the single instance and against the pair, one right after the other (in turn which goes
 * first), so that both see the same machine; with the pair each client sends its requests to the two in turn, as a
 * round-robin load balancer would, and the signed-in scenario reads a session that the grid replicates between
 * them. Prints both and the pair's figures as ratios to the single instance's.
 *
 * <pre>java -cp benchmark/target/netwerkplaats-benchmark.jar nl.netwerkplaats.benchmark.ClusterBenchmark
 *     [--seconds 15] [--clients 16] [--launcher micro/launcher/target/netwerkplaats-launcher.jar]</pre>
 */
public final class ClusterBenchmark {

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("ping", "/api/ping", "pong"),
            new Scenario("home page", "/", "Netwerkplaats"),
            new Scenario("agenda page", "/bijeenkomsten/", "Bijeenkomsten"),
            new Scenario("kaart REST: q", "/api/organisations?q=samenwerken", "\"total\""),
            new Scenario("knowledge REST: q", "/api/knowledge?q=samenwerking", "\"hits\""),
            // read by a signed-in coordinator, whose session lives in the grid when there are two instances
            new Scenario("signed in: my registrations", "/mijn/aanmeldingen.xhtml", "Mijn aanmeldingen"));

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(Benchmark.option(args, "--launcher", "micro/launcher/target/netwerkplaats-launcher.jar"));
        int seconds = Integer.parseInt(Benchmark.option(args, "--seconds", "15"));
        int clients = Integer.parseInt(Benchmark.option(args, "--clients", "16"));
        if (!Files.isRegularFile(launcher)) {
            System.err.println("Launcher not found at " + launcher + ": build first (./mvnw -DskipTests verify).");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("netwerkplaats-cluster-benchmark");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String single = "http://localhost:" + Benchmark.freePort();
        List<String> pair = List.of("http://localhost:" + Benchmark.freePort(),
                "http://localhost:" + Benchmark.freePort());
        List<Process> instances = new ArrayList<>();
        try {
            Process alone = start(launcher, work, "single", single, Map.of());
            instances.add(alone);
            Benchmark.awaitReady(http, single, alone, work.resolve("single"));
            long seeding = System.nanoTime();
            Path data = work.resolve("single");
            NetworkData.generate(data);
            EventsData.generate(data);
            SupportData.generate(data);
            KnowledgeData.generate(KnowledgeData.url(data), 20_000);
            System.out.printf(Locale.ROOT, "Seeded %,d organisations, %,d people, gatherings and 20,000 knowledge items"
                    + " in %.1f s%n", NetworkData.ORGANISATIONS, NetworkData.PEOPLE, (System.nanoTime() - seeding) / 1e9);

            String members = "127.0.0.1:" + Benchmark.freePort() + ",127.0.0.1:" + Benchmark.freePort();
            String[] gridPorts = members.replace("127.0.0.1:", "").split(",");
            for (int i = 0; i < pair.size(); i++) {
                Map<String, String> settings = new LinkedHashMap<>();
                settings.put("netwerkplaats.cluster.members", members);
                settings.put("netwerkplaats.cluster.port", gridPorts[i]);
                settings.put("netwerkplaats.cluster.interfaces", "127.0.0.1");
                settings.put("netwerkplaats.cluster.name", "nwp-benchmark-" + ProcessHandle.current().pid());
                settings.put("netwerkplaats.db.url", KnowledgeData.url(data));
                settings.put("netwerkplaats.db.user", "postgres");
                settings.put("netwerkplaats.db.password", "");
                Process member = start(launcher, work, "member" + (i + 1), pair.get(i), settings);
                instances.add(member);
                Benchmark.awaitReady(http, pair.get(i), member, work.resolve("member" + (i + 1)));
            }
            awaitGridOfTwo(work.resolve("member2").resolve("application.log"));

            System.out.printf(Locale.ROOT, "%d clients, %d s per scenario and set-up, %d cores%n", clients, seconds,
                    Runtime.getRuntime().availableProcessors());
            Map<String, HttpClient> signedIn = Map.of(single, SupportData.signedInCoordinator(single),
                    pair.get(0), SupportData.signedInCoordinator(pair.get(0)));
            List<Result[]> results = new ArrayList<>();
            for (int s = 0; s < SCENARIOS.size(); s++) {
                Scenario scenario = SCENARIOS.get(s);
                boolean session = scenario.path().startsWith("/mijn/");
                HttpClient one = session ? signedIn.get(single) : http;
                HttpClient two = session ? signedIn.get(pair.get(0)) : http;
                Benchmark.run(one, List.of(single), scenario, clients, 5); // warm-up
                Benchmark.run(two, pair, scenario, clients, 5);
                Result alonePass;
                Result pairPass;
                if (s % 2 == 0) {
                    alonePass = Benchmark.run(one, List.of(single), scenario, clients, seconds);
                    pairPass = Benchmark.run(two, pair, scenario, clients, seconds);
                } else {
                    pairPass = Benchmark.run(two, pair, scenario, clients, seconds);
                    alonePass = Benchmark.run(one, List.of(single), scenario, clients, seconds);
                }
                results.add(new Result[] {alonePass, pairPass});
            }
            print(results);
            System.out.println("Logs: " + work);
        } finally {
            for (int i = instances.size() - 1; i >= 0; i--) { // the single instance holds the database: last
                stop(instances.get(i));
            }
        }
    }

    private static void print(List<Result[]> results) {
        System.out.printf(Locale.ROOT, "%-30s %-8s %8s %8s %8s %8s %7s %14s %9s %9s%n", "scenario", "set-up", "req/s",
                "p50 ms", "p95 ms", "p99 ms", "errors", "req/s two÷one", "p50 ÷", "p95 ÷");
        for (Result[] r : results) {
            Result one = r[0];
            Result two = r[1];
            System.out.printf(Locale.ROOT, "%-30s %-8s %8.0f %8.1f %8.1f %8.1f %7d%n", one.scenario().name(), "one",
                    one.perSecond(), one.p50(), one.p95(), one.p99(), one.errors());
            System.out.printf(Locale.ROOT, "%-30s %-8s %8.0f %8.1f %8.1f %8.1f %7d %14.2f %9.2f %9.2f%n", "", "two",
                    two.perSecond(), two.p50(), two.p95(), two.p99(), two.errors(), two.perSecond() / one.perSecond(),
                    two.p50() / one.p50(), two.p95() / one.p95());
        }
    }

    private static Process start(Path launcher, Path work, String name, String base, Map<String, String> settings)
            throws IOException {
        String port = base.substring(base.lastIndexOf(':') + 1);
        List<String> command = new ArrayList<>(List.of("java", "-Dnetwerkplaats.port=" + port,
                "-Dnetwerkplaats.data-dir=" + work.resolve(name), "-Dnetwerkplaats.java-options=-Xmx1g"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", launcher.toString()));
        Files.createDirectories(work.resolve(name));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                work.resolve(name).resolve("application.log").toFile())).start();
    }

    /** The second instance lists the first as a member of its grid: "This: false" is the other member's line. */
    private static void awaitGridOfTwo(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains("This: false")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The two instances did not form one Data Grid; see " + log);
    }

    private static void stop(Process process) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
