package nl.netwerkplaats.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts Netwerkplaats through its launcher (embedded PostgreSQL, Payara Micro) on a free port, warms it up, then
 * runs each scenario for a fixed time with a fixed number of concurrent clients, and prints requests per second,
 * p50 and p99 for each, with ratios to the ping scenario measured in the same run ({@code --only word,word} runs
 * just the scenarios whose name holds one of the words, beside ping). Absolute figures depend on the
 * machine; the ratios are what compare across runs and machines.
 */
public final class Benchmark {

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("ping (baseline)", "/api/ping", "pong"),
            new Scenario("REST list: themes", "/api/themes", "Eenzaamheid"),
            new Scenario("home page", "/", "Netwerkplaats"),
            new Scenario("kaart REST: q", "/api/organisations?q=samenwerken", "\"total\""),
            new Scenario("kaart REST: q+filters", "/api/organisations?q=taalles&province=PV23&kind=CIVIL_SOCIETY",
                    "\"total\""),
            new Scenario("kaart REST: everything", "/api/organisations", "\"total\""),
            new Scenario("kaart page: q", "/netwerk/kaart.xhtml?q=ouderen&provincie=PV23", "Sociale kaart"),
            new Scenario("agenda page", "/bijeenkomsten/", "Bijeenkomsten"),
            new Scenario("agenda page: filters", "/bijeenkomsten/?gemeente=GM0150&soort=THEMADAG", "Bijeenkomsten"),
            new Scenario("agenda REST", "/api/gatherings?municipality=GM0150", "\"title\""),
            new Scenario("public figures page", "/netwerk/cijfers.xhtml", "Het netwerk in cijfers"),
            // a burst of guest sign-ups at one gathering: each takes the gathering's row lock
            new Scenario("registration burst", "/api/gatherings/{burst}/registrations", "AWAITING_EMAIL",
                    "{\"name\":\"Gast %1$d\",\"email\":\"gast%1$d@benchmark.test\",\"role\":\"INWONER\","
                            + "\"listed\":true}"),
            // issue 6: the report of a gathering with 12 tables × 3 rounds × 20 items, seeded by ReportData
            new Scenario("report page (720 items)", "/bijeenkomsten/verslag.xhtml?id={report}",
                    "Wat hebben we geoogst?"),
            new Scenario("report PDF (720 items)", "/bijeenkomsten/verslag.pdf?id={report}", "%PDF-"));

    /** Knowledge items generated for the overview's counts (the knowledge benchmark itself loads a million). */
    static final int KNOWLEDGE_ITEMS = 100_000;

    /** The gathering the registration burst goes to, seeded by {@link EventsData}. */
    private static long burstGathering;
    /** The gathering whose report the report scenarios read, seeded by {@link ReportData}. */
    private static long reportGathering;
    private static final AtomicLong UNIQUE = new AtomicLong();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(option(args, "--launcher", "micro/launcher/target/netwerkplaats-launcher.jar"));
        int seconds = Integer.parseInt(option(args, "--seconds", "15"));
        int clients = Integer.parseInt(option(args, "--clients", "16"));
        List<String> only = Arrays.stream(option(args, "--only", "").split(",")).map(String::strip)
                .filter(w -> !w.isEmpty()).toList();
        if (!Files.isRegularFile(launcher)) {
            System.err.println("Launcher not found at " + launcher + ": build first (./mvnw -DskipTests install).");
            System.exit(2);
        }
        int port = freePort();
        Path data = Files.createTempDirectory("netwerkplaats-benchmark");
        Process app = new ProcessBuilder("java", "-Dnetwerkplaats.port=" + port,
                "-Dnetwerkplaats.data-dir=" + data, "-jar", launcher.toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("application.log").toFile())
                .start();
        try {
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            awaitReady(http, base, app, data);
            long seeding = System.nanoTime();
            NetworkData.generate(data);
            burstGathering = EventsData.generate(data);
            long supportRequest = SupportData.generate(data);
            reportGathering = ReportData.generate(data);
            KnowledgeData.Loaded knowledge = KnowledgeData.generate(KnowledgeData.url(data), KNOWLEDGE_ITEMS);
            System.out.printf(Locale.ROOT, "Generated %,d organisations, %,d people and %,d offers in %.1f s%n",
                    NetworkData.ORGANISATIONS, NetworkData.PEOPLE, SupportData.OFFERS,
                    (System.nanoTime() - seeding) / 1e9);
            System.out.printf(Locale.ROOT, "Generated %,d knowledge items in %.1f s%n", knowledge.items(),
                    knowledge.seconds());
            System.out.printf(Locale.ROOT, "Netwerkplaats benchmark: %d clients, %d s per scenario, %d cores%n",
                    clients, seconds, Runtime.getRuntime().availableProcessors());
            List<Result> results = new ArrayList<>();
            for (Scenario scenario : SCENARIOS) {
                if (!chosen(only, scenario) && scenario != SCENARIOS.get(0)) {
                    continue;
                }
                run(http, base, scenario, clients, 5); // warm-up
                results.add(run(http, base, scenario, clients, seconds));
            }
            // Ranked matches for one request, as a signed-in coordinator asks for them.
            HttpClient coordinator = SupportData.signedInCoordinator(base);
            Scenario matches = new Scenario("support: ranked matches",
                    "/api/support/requests/" + supportRequest + "/matches?max=20", "\"score\"");
            for (int c : chosen(only, matches) ? new int[] {clients, 1} : new int[0]) {
                run(coordinator, base, matches, c, 5); // warm-up
                Result r = run(coordinator, base, matches, c, seconds);
                results.add(new Result(new Scenario(matches.name() + " (" + c + "c)", matches.path(),
                        matches.mustContain()), r.perSecond(), r.p50(), r.p95(), r.p99(), r.errors()));
            }
            // The network in figures (issue 9): the coordinators' overview over all of the data above, whole and
            // for one province, and its one-page PDF; once with all clients, once alone (the render time one
            // coordinator sees).
            for (Scenario figures : List.of(
                    new Scenario("overview page", "/coordinatie/cijfers.xhtml", "Netwerk in cijfers"),
                    new Scenario("overview page: Overijssel", "/coordinatie/cijfers.xhtml?provincie=PV23",
                            "Netwerk in cijfers"),
                    new Scenario("overview PDF", "/coordinatie/cijfers.pdf", "%PDF"))) {
                for (int c : chosen(only, figures) ? new int[] {clients, 1} : new int[0]) {
                    run(coordinator, base, figures, c, 5); // warm-up
                    Result r = run(coordinator, base, figures, c, seconds);
                    results.add(new Result(new Scenario(figures.name() + " (" + c + "c)", figures.path(),
                            figures.mustContain()), r.perSecond(), r.p50(), r.p95(), r.p99(), r.errors()));
                }
            }
            // One reader at a time (issue 6): how long one report takes to render, without queueing behind others.
            for (Scenario report : SCENARIOS.stream().filter(x -> x.path().contains("{report}")
                    && chosen(only, x)).toList()) {
                run(http, base, report, 1, 3); // warm-up
                Result r = run(http, base, report, 1, seconds);
                results.add(new Result(new Scenario(report.name() + " (1c)", report.path(), report.mustContain()),
                        r.perSecond(), r.p50(), r.p95(), r.p99(), r.errors()));
            }
            print(results);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static Result run(HttpClient http, String base, Scenario scenario, int clients, int seconds)
            throws InterruptedException {
        return run(http, List.of(base), scenario, clients, seconds);
    }

    /**
     * Runs one scenario for the given time; with several bases each client sends its requests to them in turn, as
     * a round-robin load balancer would.
     */
    static Result run(HttpClient http, List<String> bases, Scenario scenario, int clients, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        List<URI> uris = bases.stream().map(base -> URI.create(base + scenario.path()
                .replace("{burst}", Long.toString(burstGathering))
                .replace("{report}", Long.toString(reportGathering)))).toList();
        List<HttpRequest> gets = uris.stream()
                .map(uri -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build()).toList();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000 / clients];
            perClient.add(latencies);
            int client = c;
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < end && counts[client] < latencies.length) {
                        long start = System.nanoTime();
                        int target = (client + counts[client]) % uris.size();
                        URI uri = uris.get(target);
                        HttpRequest get = gets.get(target);
                        try {
                            HttpRequest request = scenario.jsonBody() == null ? get
                                    : HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT,
                                                    scenario.jsonBody(), UNIQUE.incrementAndGet())))
                                            .build();
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() / 100 != 2 || !response.body().contains(scenario.mustContain())) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[counts[client]++] = System.nanoTime() - start;
                    }
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            worker.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(scenario, total / (double) seconds, percentile(all, 0.50), percentile(all, 0.95),
                percentile(all, 0.99), errors.get());
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }

    private static void print(List<Result> results) {
        Result ping = results.get(0);
        System.out.printf(Locale.ROOT, "%-30s %10s %9s %9s %9s %8s %12s %12s %12s%n", "scenario", "req/s",
                "p50 ms", "p95 ms", "p99 ms", "errors", "req/s÷ping", "p50÷ping", "p95÷ping");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-30s %10.0f %9.1f %9.1f %9.1f %8d %12.2f %12.2f %12.2f%n",
                    r.scenario().name(), r.perSecond(), r.p50(), r.p95(), r.p99(), r.errors(),
                    r.perSecond() / ping.perSecond(), r.p50() / ping.p50(), r.p95() / ping.p95());
        }
    }

    static void awaitReady(HttpClient http, String base, Process app, Path data) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + data.resolve("application.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The application did not become ready within 5 minutes");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code --only overview,public}: run just the scenarios whose name holds one of the words (and ping). */
    private static boolean chosen(List<String> only, Scenario scenario) {
        return only.isEmpty() || only.stream().anyMatch(w -> scenario.name().contains(w));
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    record Result(Scenario scenario, double perSecond, double p50, double p95, double p99, long errors) {
    }
}
