package nl.netwerkplaats.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import nl.netwerkplaats.knowledge.api.KnowledgeQuery;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.knowledge.infrastructure.SearchStatements;

/**
 * The knowledge search at scale: starts Netwerkplaats through its launcher, loads 1,000,000 generated items
 * ({@link KnowledgeData}), then with a fixed number of concurrent clients runs a mix of searches through
 * {@code GET /api/knowledge} (JSON, snippets, facets) and as the same SQL statements straight over JDBC
 * ({@link SearchStatements}: the search, the snippets — what the service runs, without its cache): first 20 searches in rotation (repeated, so the service answers them from its cache), then searches
 * that were never asked before. It prints p50/p95/p99 and the REST ÷ JDBC ratios, the load time, and the sizes of the
 * table and the full-text index.
 *
 * <pre>java -cp benchmark/target/netwerkplaats-benchmark.jar nl.netwerkplaats.benchmark.KnowledgeBenchmark
 *     [--items 1000000] [--clients 8] [--seconds 30]</pre>
 */
public final class KnowledgeBenchmark {

    /** What people type: common words, middling ones, rare compounds, two words, and filters. */
    static final List<Search> SEARCHES = List.of(
            new Search("samenwerken", null, null),
            new Search("eenzaamheid ouderen", null, null),
            new Search("vrijwilligers", null, null),
            new Search("mantelzorg", "VERHAAL", null),
            new Search("armoede schulden", null, null),
            new Search("luisteren", null, "GM0363"),
            new Search("zichtbaarheid", null, null),
            new Search("buurtteam", null, null),
            new Search("taalcoach", null, null),
            new Search("wijkverpleegkundige", null, null),
            new Search("dementie", "CASUS", null),
            new Search("laaggeletterdheid", null, null),
            new Search("\"eigen regie\"", null, null),
            new Search("voedselbank", null, null),
            new Search("jongerenwerkers", null, null),
            new Search("schuldhulpverlening gemeente", null, null),
            new Search("repaircafe", null, null),
            new Search("ontmoeting buurthuis", null, null),
            new Search("gezinscoach", null, null),
            new Search("inclusie toegankelijkheid", null, null));

    record Search(String text, String type, String municipality) {

        String path() {
            return "/api/knowledge?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                    + (type == null ? "" : "&type=" + type)
                    + (municipality == null ? "" : "&municipality=" + municipality) + "&pageSize=10";
        }

        KnowledgeQuery query() {
            return new KnowledgeQuery(text, type == null ? null : KnowledgeType.valueOf(type), null, municipality,
                    null, KnowledgeQuery.Sort.RELEVANCE, 0, 10);
        }
    }

    record Result(String name, double perSecond, double p50, double p95, double p99, long errors) {
    }

    private interface Call {
        void run(int client, Search search) throws Exception;
    }

    /** The i-th search of one client. */
    private interface Next {
        Search next(int client, int i);
    }

    /** All clients together walk through the list once, each search taken by one client. */
    private static Next next(List<Search> searches) {
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        return (client, i) -> searches.get(taken.getAndIncrement() % searches.size());
    }

    /**
     * Distinct searches of one or two words drawn evenly from the generated vocabulary's domain words and compounds
     * (not from the function words, which the Dutch configuration drops), none of them in {@link #SEARCHES}.
     */
    static List<Search> freshSearches(int count) {
        List<String> words = new ArrayList<>(Arrays.asList(KnowledgeData.BASE_WORDS));
        for (String prefix : KnowledgeData.PREFIXES) {
            for (String head : KnowledgeData.HEADS) {
                words.add(prefix + head);
            }
        }
        java.util.Random random = new java.util.Random(7);
        java.util.Set<String> seen = new java.util.HashSet<>();
        SEARCHES.forEach(s -> seen.add(s.text()));
        List<Search> searches = new ArrayList<>();
        while (searches.size() < count) {
            String first = words.get(random.nextInt(words.size()));
            String text = random.nextBoolean() ? first : first + " " + words.get(random.nextInt(words.size()));
            if (seen.add(text)) {
                searches.add(new Search(text, null, null));
            }
        }
        return searches;
    }

    private KnowledgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(option(args, "--launcher", "micro/launcher/target/netwerkplaats-launcher.jar"));
        int items = Integer.parseInt(option(args, "--items", "1000000"));
        int clients = Integer.parseInt(option(args, "--clients", "8"));
        int seconds = Integer.parseInt(option(args, "--seconds", "30"));
        if (!Files.isRegularFile(launcher)) {
            System.err.println("Launcher not found at " + launcher + ": build first.");
            System.exit(2);
        }
        int port = freePort();
        // --data-dir keeps the loaded database for a next run (or for EXPLAIN); without it a temporary one is removed.
        String kept = option(args, "--data-dir", null);
        Path data = kept == null ? Files.createTempDirectory("netwerkplaats-knowledge-benchmark") : Path.of(kept);
        Files.createDirectories(data);
        Process app = new ProcessBuilder("java", "-Dnetwerkplaats.port=" + port, "-Dnetwerkplaats.data-dir=" + data,
                "-jar", launcher.toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("application.log").toFile()).start();
        try {
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            awaitReady(http, base, app, data);
            String url = KnowledgeData.url(data);
            KnowledgeData.Loaded loaded;
            if (KnowledgeData.generatedItems(url) == items) {
                loaded = KnowledgeData.alreadyLoaded(url, items);
                System.out.printf(Locale.ROOT, "Reusing %,d generated items in %s%n", items, data);
            } else {
                loaded = KnowledgeData.generate(url, items);
                System.out.printf(Locale.ROOT, "Loaded %,d items (vocabulary %,d words) in %.0f s, of which %.0f s"
                                + " for indexes and analyze; %d cores%n", loaded.items(), loaded.vocabulary(),
                        loaded.seconds(), loaded.indexSeconds(), Runtime.getRuntime().availableProcessors());
            }
            System.out.printf(Locale.ROOT, "Items table with TOAST: %s; search entries with TOAST: %s; their full-text"
                            + " GIN indexes (title/summary + whole text): %s; all indexes of both: %s%n",
                    KnowledgeData.megabytes(loaded.tableBytes()), KnowledgeData.megabytes(loaded.entryBytes()),
                    KnowledgeData.megabytes(loaded.searchIndexBytes()), KnowledgeData.megabytes(loaded.allIndexBytes()));

            printSelectivity(http, base);

            List<Connection> connections = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                connections.add(DriverManager.getConnection(url, "postgres", ""));
            }
            Call rest = (client, search) -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + search.path()))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("\"total\"")) {
                    throw new IllegalStateException("HTTP " + response.statusCode());
                }
            };
            Call jdbc = (client, search) -> sameSqlOverJdbc(connections.get(client), search.query());
            // Warm both paths (JIT, plan caches, PostgreSQL's buffers) before measuring either.
            Next rotation = (client, i) -> SEARCHES.get((client * 7 + i) % SEARCHES.size());
            run("warm-up REST", rest, rotation, clients, Math.max(10, seconds / 2));
            run("warm-up JDBC", jdbc, rotation, clients, Math.max(5, seconds / 4));
            Result jdbcResult = run("JDBC: same SQL", jdbc, rotation, clients, seconds);
            Result restResult = run("REST: /api/knowledge", rest, rotation, clients, seconds);
            Result jdbcAgain = run("JDBC: same SQL (again)", jdbc, rotation, clients, seconds);
            // Searches that were never asked before: the service's cache cannot answer them. Both runs take the same
            // texts in the same order (JDBC does not fill the service's cache).
            // The service answers a new search along another path than a cached one (its statements, their results,
            // the snippets), so that path is warmed first too, with new searches that the measured runs never ask.
            List<Search> all = freshSearches(200_000);
            List<Search> fresh = all.subList(0, 150_000);
            List<Search> warming = all.subList(150_000, all.size());
            run("warm-up REST, new searches", rest, next(warming), clients, Math.max(10, seconds / 2));
            Result jdbcCold = run("JDBC: new searches", jdbc, next(fresh), clients, seconds);
            Result restCold = run("REST: new searches", rest, next(fresh), clients, seconds);
            for (Connection c : connections) {
                c.close();
            }
            System.out.printf(Locale.ROOT, "%nKnowledge search, %,d items, %d clients, %d s per run; repeated: %d"
                    + " searches in rotation; new: one or two words from the vocabulary, each asked once%n", items,
                    clients, seconds, SEARCHES.size());
            System.out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s %7s%n", "run", "req/s", "p50 ms", "p95 ms",
                    "p99 ms", "errors");
            for (Result r : List.of(jdbcResult, restResult, jdbcAgain, jdbcCold, restCold)) {
                System.out.printf(Locale.ROOT, "%-24s %9.0f %9.1f %9.1f %9.1f %7d%n", r.name(), r.perSecond(),
                        r.p50(), r.p95(), r.p99(), r.errors());
            }
            double jdbcP50 = (jdbcResult.p50() + jdbcAgain.p50()) / 2;
            double jdbcP95 = (jdbcResult.p95() + jdbcAgain.p95()) / 2;
            System.out.printf(Locale.ROOT, "Repeated searches, REST ÷ JDBC: p50 %.2f, p95 %.2f (JDBC = mean of the"
                    + " runs before and after REST; REST answers from its cache, JDBC runs the SQL)%n",
                    restResult.p50() / jdbcP50, restResult.p95() / jdbcP95);
            System.out.printf(Locale.ROOT, "New searches, REST ÷ JDBC: p50 %.2f, p95 %.2f (both run the SQL)%n",
                    restCold.p50() / jdbcCold.p50(), restCold.p95() / jdbcCold.p95());
            System.out.printf(Locale.ROOT, "Target REST p95 < 50 ms: repeated searches %s; new searches %s%n",
                    restResult.p95() < 50 ? "met" : "NOT met", restCold.p95() < 50 ? "met" : "NOT met");
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
                app.waitFor(30, TimeUnit.SECONDS);
            }
            if (kept == null) {
                removeRecursively(data);
            }
        }
    }

    private static void removeRecursively(Path directory) {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + directory + ": " + e.getMessage());
        }
    }

    /**
     * Runs the statements of a search as the service does (without its cache), in one transaction, reading every
     * row: the search (candidates, page, facets), the newest-first page when that sort has more matches than
     * candidates, then the snippets.
     */
    private static void sameSqlOverJdbc(Connection connection, KnowledgeQuery query) throws Exception {
        connection.setAutoCommit(false);
        try {
            List<Long> ids = new ArrayList<>();
            long[] tiers = page(connection, SearchStatements.search(query), ids);
            boolean exact = query.text() == null || SearchStatements.exact(tiers[0], tiers[1]);
            if (!exact && query.sort() == KnowledgeQuery.Sort.NEWEST) {
                ids.clear();
                SearchStatements.Statement newest = SearchStatements.newestPage(query);
                try (PreparedStatement s = connection.prepareStatement(newest.sql())) {
                    bind(s, newest.parameters());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            if (!ids.isEmpty()) {
                SearchStatements.Statement hits = SearchStatements.hits(ids, query.text());
                try (PreparedStatement s = connection.prepareStatement(hits.sql())) {
                    bind(s, hits.parameters());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(5);
                        }
                    }
                }
            }
        } finally {
            connection.rollback();
        }
    }

    /** Reads a search statement: the page's ids into {@code ids}; returns the candidates of each tier (part 5). */
    private static long[] page(Connection connection, SearchStatements.Statement search, List<Long> ids)
            throws Exception {
        long[] tiers = new long[2];
        try (PreparedStatement s = connection.prepareStatement(search.sql())) {
            bind(s, search.parameters());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(1) == 0) {
                        ids.add(Long.parseLong(rs.getString(2)));
                    } else if (rs.getInt(1) == 5) {
                        tiers[0] = Long.parseLong(rs.getString(2));
                        tiers[1] = rs.getLong(4);
                    }
                }
            }
        }
        return tiers;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws Exception {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static void printSelectivity(HttpClient http, String base) throws Exception {
        System.out.println("Hits per search (of the generated items):");
        for (Search search : SEARCHES) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + search.path())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(body);
            String total = found.find() ? found.group(1) : "?";
            System.out.printf(Locale.ROOT, "  %-34s %10s%n", search.text()
                    + (search.type() == null ? "" : " +type") + (search.municipality() == null ? "" : " +gemeente"), total);
        }
    }

    private static Result run(String name, Call call, Next searches, int clients, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[clients][200_000];
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread worker = new Thread(() -> {
                try {
                    int next = 0;
                    while (System.nanoTime() < end && counts[client] < latencies[client].length) {
                        Search search = searches.next(client, next++);
                        long start = System.nanoTime();
                        try {
                            call.run(client, search);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception e) {
                            if (errors.incrementAndGet() == 1) {
                                System.err.println(name + ": " + e);
                            }
                        }
                        latencies[client][counts[client]++] = System.nanoTime() - start;
                    }
                } finally {
                    done.countDown();
                }
            }, name + "-" + c);
            worker.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(name, total / (double) seconds, percentile(all, 0.50), percentile(all, 0.95),
                percentile(all, 0.99), errors.get());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }

    private static void awaitReady(HttpClient http, String base, Process app, Path data) throws Exception {
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
