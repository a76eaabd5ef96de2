package nl.netwerkplaats.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.netwerkplaats.launcher.console.Console;

/**
 * Two Netwerkplaats instances on this machine, each started by the launcher as an administrator would, sharing one
 * PostgreSQL and forming one Payara Data Grid, behind nginx (Debian's package) as the load balancer. Proves that
 * a session started on one instance goes on on the other after the first is killed, and that scheduled work
 * happens exactly once although both instances run it: the outbox sending mail, gathering reminders, the knowledge
 * digest, review reminders of the knowledge agenda, gatherings becoming "afgelopen" and the removal of guests' data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path LAUNCHER = Path.of("target/netwerkplaats-launcher.jar");
    private static final String ADMIN = "cluster-admin@netwerkplaats.test";
    private static final String PASSWORD = "een cluster wachtwoord";

    private static EmbeddedPostgres postgres;
    private static GreenMail mail;
    private static Path work;
    private static Process first;
    private static Process second;
    private static Process nginx;
    private static int balancer;
    private static String dbUrl;

    @BeforeAll
    static void startCluster() throws Exception {
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cluster");
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).setCleanDataDirectory(true).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database netwerkplaats");
        }
        dbUrl = postgres.getJdbcUrl("postgres", "netwerkplaats");
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        int httpFirst = freePort();
        int httpSecond = freePort();
        int gridFirst = freePort();
        int gridSecond = freePort();
        String members = "127.0.0.1:" + gridFirst + ",127.0.0.1:" + gridSecond;
        first = start("first", httpFirst, gridFirst, members);
        awaitReady(first, "first");
        second = start("second", httpSecond, gridSecond, members);
        awaitReady(second, "second");
        awaitLog("second", "This: false", "the two instances form one Data Grid (the second lists the first)");

        balancer = freePort();
        nginx = startNginx(httpFirst, httpSecond);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            int code = Console.execute(new String[] {"-Dnetwerkplaats.db.url=" + dbUrl, "-Dnetwerkplaats.db.user=postgres",
                            "create-admin", "--email", ADMIN, "--name", "Cluster Beheerder", "--password-stdin"},
                    Map.of(), Map.of(), new PrintWriter(out), new PrintWriter(err), q -> false);
            assertEquals(0, code, out + "\n" + err);
        } finally {
            System.setIn(stdin);
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        for (Process process : new Process[] {nginx, first, second}) {
            if (process != null && process.isAlive()) {
                process.destroy();
                process.waitFor(90, TimeUnit.SECONDS);
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void everyQueuedMailIsSentExactlyOnceThoughBothInstancesSend() throws Exception {
        int count = 60;
        try (Connection c = postgres.getDatabase("postgres", "netwerkplaats").getConnection();
             PreparedStatement s = c.prepareStatement("insert into network.outbox_message (recipient, subject, body,"
                     + " status, next_attempt_at, created_at) values (?, ?, 'Eén keer, niet twee keer.', 'QUEUED',"
                     + " now(), now())")) {
            for (int i = 0; i < count; i++) {
                s.setString(1, "cluster-" + i + "@netwerkplaats.test");
                s.setString(2, "Clusterbericht " + i);
                s.addBatch();
            }
            s.executeBatch();
        }
        assertTrue(mail.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(90), count), "all mail arrives");
        Thread.sleep(5000); // several more sending rounds of both instances
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getSubject().startsWith("Clusterbericht ")) {
                subjects.add(message.getSubject());
            }
        }
        assertEquals(count, subjects.size(), "no mail twice");
        assertEquals(count, subjects.stream().distinct().count(), "every mail once");
        assertTrue(first.isAlive() && second.isAlive(), "both instances were sending all along");
    }

    @Test
    @Order(2)
    void remindersDigestReviewRemindersAndRetentionRunOnceThoughBothInstancesRunThem() throws Exception {
        // Enough work that one timer round cannot take all of it: reminders go 50 to a transaction, guests 500.
        int registrants = 120;
        int people = 30;
        int guests = 600;
        ZoneId dutch = ZoneId.of("Europe/Amsterdam");
        LocalDate monday = LocalDate.now(dutch).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long longAgo;
        try (Connection c = postgres.getDatabase("postgres", "netwerkplaats").getConnection()) {
            c.setAutoCommit(false);
            // Gathering reminders: a published gathering tomorrow, people registered long ago.
            long tomorrow = id(c, "insert into events.gathering (title, kind, starts_at, ends_at, venue_name, status)"
                    + " values ('Clusterbijeenkomst morgen', 'ONTMOETING', now() + interval '24 hours',"
                    + " now() + interval '27 hours', 'Zwolle', 'GEPUBLICEERD') returning id");
            // Data retention: a gathering that ended 13 months ago (also still to be made "afgelopen"), with guests.
            longAgo = id(c, "insert into events.gathering (title, kind, starts_at, ends_at, venue_name, status)"
                    + " values ('Clusterbijeenkomst vorig jaar', 'ONTMOETING', now() - interval '13 months',"
                    + " now() - interval '13 months' + interval '3 hours', 'Zwolle', 'GEPUBLICEERD') returning id");
            try (PreparedStatement s = c.prepareStatement("insert into events.registration (gathering_id, email, name,"
                    + " organisation, status, line_number, code, token, created_at, placed_at) values (?, ?, ?,"
                    + " 'Clustergemeente', 'CONFIRMED', ?, ?, ?, now() - interval '10 days', now() - interval '10 days')")) {
                for (int i = 0; i < registrants + guests; i++) {
                    boolean guest = i >= registrants;
                    s.setLong(1, guest ? longAgo : tomorrow);
                    s.setString(2, (guest ? "cluster-gast-" : "cluster-herinnering-") + i + "@netwerkplaats.test");
                    s.setString(3, "Clusterdeelnemer " + i);
                    s.setLong(4, i + 1);
                    s.setString(5, "CL" + i);
                    s.setString(6, "cluster-token-" + i);
                    s.addBatch();
                }
                s.executeBatch();
            }
            // The weekly digest: followers of a theme with an item published last week; the week not yet sent.
            long theme = id(c, "select min(id) from network.theme");
            id(c, "insert into knowledge.knowledge_item (title, type, summary, status, published_at, theme_ids)"
                    + " values ('Clusterkennis van vorige week', 'VOORBEELD', 'Kort', 'GEPUBLICEERD', '"
                    + monday.minusDays(3).atTime(12, 0).atZone(dutch).toOffsetDateTime() + "', array[" + theme
                    + "]::bigint[]) returning id");
            for (int i = 0; i < people; i++) {
                long follower = account(c, "cluster-digest-" + i + "@netwerkplaats.test");
                id(c, "insert into knowledge.theme_follow (account_id, theme_id) values (" + follower + ", " + theme
                        + ") returning account_id");
                // Learning questions whose review was due yesterday, each with its own owner.
                long owner = account(c, "cluster-leervraag-" + i + "@netwerkplaats.test");
                id(c, "insert into knowledge.learning_question (question, why, owner_id, review_date) values"
                        + " ('Clustervraag " + i + "?', 'Omdat het telt', " + owner + ", current_date - 1) returning id");
            }
            // The instances claimed this week's (empty) digest when they started; make it due again.
            try (PreparedStatement s = c.prepareStatement("delete from knowledge.digest_run where week_start = ?")) {
                s.setObject(1, monday);
                s.executeUpdate();
            }
            c.commit();
        }

        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < registrants; i++) {
            expected.put("cluster-herinnering-" + i + "@netwerkplaats.test", 1);
        }
        for (int i = 0; i < people; i++) {
            expected.put("cluster-digest-" + i + "@netwerkplaats.test", 1);
            expected.put("cluster-leervraag-" + i + "@netwerkplaats.test", 1);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!received(expected.keySet()).keySet().containsAll(expected.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        Thread.sleep(6000); // several more rounds of both instances' timers
        assertEquals(expected, received(expected.keySet()), "every reminder, digest and review reminder exactly once");

        try (Connection c = postgres.getDatabase("postgres", "netwerkplaats").getConnection()) {
            assertEquals(guests, id(c, "select count(*) from events.registration where gathering_id = " + longAgo
                    + " and anonymised_at is not null and name is null and email is null"), "every guest's data removed");
            assertEquals(people, id(c, "select mails from knowledge.digest_run where week_start = '" + monday + "'"),
                    "this week's digest sent once, to every follower");
            assertEquals("AFGELOPEN", text(c, "select status from events.gathering where id = " + longAgo));
        }
        // Each instance logs what its runs did; added up, every piece of work was done once, not once per instance.
        int[] upkeep = new int[3];
        int digests = 0;
        int reviews = 0;
        for (String name : List.of("first", "second")) {
            Matcher m = UPKEEP_LINE.matcher(log(name));
            int[] own = new int[3];
            while (m.find()) {
                for (int k = 0; k < 3; k++) {
                    own[k] += Integer.parseInt(m.group(k + 1));
                    upkeep[k] += Integer.parseInt(m.group(k + 1));
                }
            }
            System.out.printf("ClusterIT: instance %s queued %d reminders, finished %d gatherings, removed %d guests'"
                    + " data%n", name, own[0], own[1], own[2]);
            Matcher d = DIGEST_LINE.matcher(log(name));
            while (d.find()) {
                digests += Integer.parseInt(d.group(1));
            }
            Matcher r = REVIEW_LINE.matcher(log(name));
            while (r.find()) {
                reviews += Integer.parseInt(r.group(1));
            }
        }
        assertEquals(registrants, upkeep[0], "reminders queued, both instances together");
        assertEquals(1, upkeep[1], "the gathering of last year made 'afgelopen' once");
        assertEquals(guests, upkeep[2], "guests' data removed once");
        assertEquals(people, digests, "digest mails queued, both instances together");
        assertEquals(people, reviews, "review reminders queued, both instances together");
        assertTrue(first.isAlive() && second.isAlive(), "both instances ran their timers all along");
    }

    private static final Pattern UPKEEP_LINE = Pattern.compile("Events upkeep: (\\d+) reminder\\(s\\) queued, (\\d+)"
            + " gathering\\(s\\) afgelopen, (\\d+) guest\\(s\\)' data removed");
    private static final Pattern DIGEST_LINE = Pattern.compile("Knowledge digest for the week before [0-9-]+: (\\d+)"
            + " mail\\(s\\)");
    private static final Pattern REVIEW_LINE = Pattern.compile("Knowledge agenda: (\\d+) review reminder\\(s\\)");

    /** How many mails each of these addresses received. */
    private static Map<String, Integer> received(java.util.Set<String> addresses) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            for (jakarta.mail.Address to : message.getAllRecipients()) {
                String address = ((jakarta.mail.internet.InternetAddress) to).getAddress()
                        .toLowerCase(java.util.Locale.ROOT);
                if (addresses.contains(address)) {
                    counts.merge(address, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static long account(Connection c, String email) throws Exception {
        return id(c, "insert into network.account (email, display_name, password_hash, created_at, status) values ('"
                + email + "', 'Clusterlid', 'x', now(), 'ACTIVE') returning id");
    }

    private static String text(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static long id(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    @Test
    @Order(3)
    void aSessionAndItsViewStateGoOnOnTheOtherInstanceWhenTheFirstIsKilled() throws Exception {
        Person admin = signIn();
        for (int i = 0; i < 4; i++) { // round robin: the session is used on both instances
            assertTrue(admin.isSignedInAsAdministrator(), "signed in through the balancer, request " + i);
            // A view-scoped page whose bean holds records of the network module: its view state is replicated too.
            assertTrue(admin.get("/beheer/themas.xhtml").body().contains("id=\"themes:table\""),
                    "the themes page, request " + i);
        }
        killHard(first);
        for (int i = 0; i < 4; i++) {
            assertTrue(admin.isSignedInAsAdministrator(), "still signed in after the first instance died, request " + i);
            assertTrue(admin.get("/beheer/themas.xhtml").body().contains("id=\"themes:table\""),
                    "the themes page, request " + i);
        }
        for (String name : List.of("first", "second")) {
            assertFalse(log(name).contains("Cannot serialize session attribute"),
                    "instance " + name + " replicated every session attribute (view-scoped beans included)");
        }
    }

    // --- the cluster ---------------------------------------------------------------------------------------------

    private static Process start(String name, int http, int grid, String members) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        Map<String, String> settings = new HashMap<>();
        settings.put("netwerkplaats.port", Integer.toString(http));
        settings.put("netwerkplaats.data-dir", work.resolve(name).toString());
        settings.put("netwerkplaats.db.url", dbUrl);
        settings.put("netwerkplaats.db.user", "postgres");
        settings.put("netwerkplaats.db.password", "postgres");
        settings.put("netwerkplaats.java-options", "-Xmx384m");
        settings.put("netwerkplaats.cluster.members", members);
        settings.put("netwerkplaats.cluster.port", Integer.toString(grid));
        settings.put("netwerkplaats.cluster.interfaces", "127.0.0.1");
        settings.put("netwerkplaats.cluster.name", "nwp-test-" + ProcessHandle.current().pid());
        settings.put("netwerkplaats.mail.host", "127.0.0.1");
        settings.put("netwerkplaats.mail.port", Integer.toString(mail.getSmtp().getPort()));
        settings.put("netwerkplaats.mail.starttls", "false");
        settings.put("netwerkplaats.mail.interval-seconds", "1");
        // Every timer every second on both instances, and everything due at once: as many chances to collide as can be.
        settings.put("netwerkplaats.events.upkeep-interval-seconds", "1");
        settings.put("netwerkplaats.knowledge.schedule-interval-seconds", "1");
        settings.put("netwerkplaats.knowledge.digest-time", "00:00");
        settings.put("netwerkplaats.knowledge.review-time", "00:00");
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", LAUNCHER.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile()).start();
    }

    private static void awaitReady(Process process, String name) throws Exception {
        awaitLog(name, "Netwerkplaats is ready at", "instance " + name + " ready");
        assertTrue(process.isAlive());
    }

    private static void awaitLog(String name, String text, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (log(name).contains(text)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(what + " (not in 4 minutes):\n" + log(name));
    }

    private static String log(String name) throws IOException {
        return Files.readString(work.resolve(name + ".log"));
    }

    /** A crash, not a stop: the launcher and its Payara Micro die at once. */
    private static void killHard(Process launcher) throws InterruptedException {
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
        assertTrue(launcher.waitFor(30, TimeUnit.SECONDS));
    }

    /** nginx as the load balancer: round robin over both, and on to the other when one does not answer. */
    private static Process startNginx(int httpFirst, int httpSecond) throws Exception {
        Path nginxBinary = Path.of("/usr/sbin/nginx");
        assertTrue(Files.isExecutable(nginxBinary), "nginx is missing: apt-get install nginx (.ci/run does)");
        Path dir = work.resolve("nginx");
        for (String temp : List.of("client", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(dir.resolve("tmp/" + temp));
        }
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/tmp/client;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    upstream netwerkplaats_cluster {
                        server 127.0.0.1:%2$d max_fails=1 fail_timeout=30s;
                        server 127.0.0.1:%3$d max_fails=1 fail_timeout=30s;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://netwerkplaats_cluster;
                            proxy_next_upstream error timeout http_502 http_503;
                            proxy_connect_timeout 2s;
                            proxy_set_header Host $http_host;
                        }
                    }
                }
                """.formatted(dir, httpFirst, httpSecond, balancer));
        Process process = new ProcessBuilder(nginxBinary.toString(), "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/api/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return process;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("nginx did not start: " + Files.readString(dir.resolve("nginx.out")),
                            notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + balancer;
    }

    // --- a person in a browser -----------------------------------------------------------------------------------

    private static Person signIn() throws Exception {
        Person person = Person.signingIn(base(), ADMIN, PASSWORD);
        assertEquals(302, person.loginAnswer().statusCode(), "the login form accepted: " + person.loginAnswer().body());
        return person;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
