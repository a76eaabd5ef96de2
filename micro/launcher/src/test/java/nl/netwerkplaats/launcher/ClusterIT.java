package nl.netwerkplaats.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
 * (the outbox sending mail) happens exactly once although both instances run it.
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
    void aSessionGoesOnOnTheOtherInstanceWhenTheFirstIsKilled() throws Exception {
        Person admin = signIn();
        for (int i = 0; i < 4; i++) { // round robin: the session is used on both instances
            assertTrue(admin.isSignedInAsAdministrator(), "signed in through the balancer, request " + i);
        }
        killHard(first);
        for (int i = 0; i < 4; i++) {
            assertTrue(admin.isSignedInAsAdministrator(), "still signed in after the first instance died, request " + i);
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
