package nl.netwerkplaats.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR as an intranet install runs it: Payara Server 6 from Maven Central, a fresh domain, the database settings
 * in the environment of the shell that starts it, {@code asadmin deploy}. Then health, a page, the REST API, the
 * first administrator through the console link, and a login.
 */
class EarSmokeIT {

    private static final int PORT_BASE = 28000;
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final int HTTP_PORT = PORT_BASE + 80;
    private static final String DOMAIN = "netwerkplaats-smoke";
    private static final Pattern SETUP_LINK = Pattern.compile("setup\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final int NGINX_HTTP = PORT_BASE + 480;
    private static final int NGINX_HTTPS = PORT_BASE + 443;
    private static final String PROXY = "https://localhost:" + NGINX_HTTPS;

    private static Path payara;
    private static Process nginx;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startDomainAndDeploy() throws Exception {
        payara = Path.of(System.getProperty("payara.server.home"));
        asadmin(List.of("delete-domain", DOMAIN), true);
        asadmin(List.of("create-domain", "--nopassword", "--portbase", Integer.toString(PORT_BASE), DOMAIN), false);
        asadmin(List.of("start-domain", DOMAIN), false);
        // As docs/install-payara-server.md says: behind nginx, take the scheme from X-Forwarded-Proto.
        asadmin(List.of("--port", Integer.toString(ADMIN_PORT), "set", "configs.config.server-config.network-config"
                + ".protocols.protocol.http-listener-1.http.scheme-mapping=X-Forwarded-Proto"), false);
        // The guide restarts the domain after changing the listener: Payara would otherwise restart the listener
        // on its own, in the background, while the deployment below is already running.
        asadmin(List.of("stop-domain", DOMAIN), false);
        asadmin(List.of("start-domain", DOMAIN), false);
        asadmin(List.of("--port", Integer.toString(ADMIN_PORT), "deploy", "--name", "netwerkplaats",
                System.getProperty("netwerkplaats.ear")), false);
        awaitApplication();
    }

    /** Waits until the application answers on the HTTP listener; says what the server log holds when it does not. */
    private static void awaitApplication() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (get("/api/ping").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet;
            }
            Thread.sleep(500);
        }
        Path log = payara.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
        String problems = Files.exists(log) ? Files.readAllLines(log).stream()
                .filter(line -> line.contains("SEVERE") || line.contains("WARNING") || line.contains("http-listener-1")
                        || line.contains("Exception"))
                .collect(Collectors.joining("\n")) : "no server log at " + log;
        throw new AssertionError("the application does not answer on port " + HTTP_PORT
                + " within 60 s after deployment; from the server log:\n" + problems, last);
    }

    @AfterAll
    static void stopDomain() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        if (payara != null) {
            asadmin(List.of("stop-domain", DOMAIN), true);
            asadmin(List.of("delete-domain", DOMAIN), true);
        }
    }

    @Test
    void deployedEarIsHealthyServesPagesAndLetsTheFirstAdministratorLogIn() throws Exception {
        HttpResponse<String> health = get("/health/ready");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());

        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welkom bij Netwerkplaats"), home.body());

        HttpResponse<String> themes = get("/api/themes");
        assertTrue(themes.body().contains("Eenzaamheid"), themes.body());

        String token = setupTokenFromServerLog();
        HttpResponse<String> setup = get("/setup.xhtml?token=" + token);
        assertTrue(setup.body().contains("Eerste beheerder aanmaken"), setup.body());
        Map<String, String> admin = new LinkedHashMap<>();
        admin.put("setup", "setup");
        admin.put("token", token);
        admin.put("setup:displayName", "Smoke Beheerder");
        admin.put("setup:email", "smoke@netwerkplaats.test");
        admin.put("setup:password", "een lange zin voor de rooktest");
        admin.put("setup:passwordAgain", "een lange zin voor de rooktest");
        admin.put("setup:create", "");
        HttpResponse<String> created = post("/setup.xhtml?token=" + token, viewState(setup.body()), admin);
        assertEquals(302, created.statusCode(), created.body());

        HttpResponse<String> loginPage = get("/inloggen.xhtml");
        Map<String, String> login = new LinkedHashMap<>();
        login.put("login", "login");
        login.put("login:email", "smoke@netwerkplaats.test");
        login.put("login:password", "een lange zin voor de rooktest");
        login.put("login:submit", "");
        HttpResponse<String> loggedIn = post("/inloggen.xhtml", viewState(loginPage.body()), login);
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());

        HttpResponse<String> administration = get("/beheer/themas.xhtml");
        assertEquals(200, administration.statusCode());
        assertTrue(administration.body().contains("Thema's beheren"), administration.body());
    }

    @Test
    void everyLogLineOfARequestCarriesItsId() throws Exception {
        String id = "smoke-request-0001";
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT
                + "/bestaat-niet.xhtml")).header("X-Request-Id", id).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertEquals(id, missing.headers().firstValue("X-Request-Id").orElseThrow());
        assertTrue(missing.body().contains(id), "the error page shows the id");

        // The error page's log record, written by the application on the request's thread: Payara's formatter
        // prints the thread's name, which carries the id for every record of the request, whoever writes it.
        Path log = payara.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String text = "";
        while (System.nanoTime() < deadline) {
            text = Files.readString(log);
            int thread = text.indexOf("request=" + id + "]");
            if (thread >= 0) {
                String record = text.substring(thread, Math.min(text.length(), thread + 400));
                assertTrue(record.contains("Error " + id + ": status 404"), record);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no log record on a thread named for request " + id + ":\n"
                + text.substring(Math.max(0, text.length() - 3000)));
    }

    @Test
    void behindNginxAsTheGuideSetsItUpTheApplicationIsServedOverHttps() throws Exception {
        HttpClient https = startNginxAsInTheGuide();
        HttpResponse<String> home = https.send(HttpRequest.newBuilder(URI.create(PROXY + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welkom bij Netwerkplaats"), home.body());
        assertTrue(home.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS from nginx");
        assertTrue(home.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9a-f]{32}"),
                "nginx's request id reaches the application and comes back");

        HttpResponse<String> members = https.send(HttpRequest.newBuilder(URI.create(PROXY + "/mijn/profiel.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, members.statusCode());
        assertTrue(members.headers().firstValue("Location").orElseThrow().startsWith(PROXY + "/inloggen.xhtml"),
                "redirects stay on https through the proxy: " + members.headers().map());

        HttpResponse<String> health = https.send(HttpRequest.newBuilder(URI.create(PROXY + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, health.statusCode(), "health and metrics stay inside");

        HttpResponse<Void> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + NGINX_HTTP + "/kennisbank/")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(301, plain.statusCode());
        assertTrue(plain.headers().firstValue("Location").orElseThrow().startsWith("https://localhost"));
    }

    /**
     * nginx from Debian's package on loopback with docs/nginx/netwerkplaats.conf, its placeholders filled in, and a
     * certificate for localhost made here; returns a client that trusts exactly that certificate.
     */
    private static HttpClient startNginxAsInTheGuide() throws Exception {
        Path nginxBinary = Path.of("/usr/sbin/nginx");
        assertTrue(Files.isExecutable(nginxBinary), "nginx is missing: apt-get install nginx (.ci/run does)");
        Path dir = Files.createTempDirectory("nginx-netwerkplaats");
        Path cert = dir.resolve("localhost.crt");
        Path key = dir.resolve("localhost.key");
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", key.toString(), "-out", cert.toString()));
        String site = Files.readString(Path.of(System.getProperty("netwerkplaats.docs", "../docs"))
                        .resolve("nginx/netwerkplaats.conf"))
                .replace("NETWERKPLAATS_HOST", "localhost")
                .replace("LISTEN_HTTPS", "127.0.0.1:" + NGINX_HTTPS)
                .replace("LISTEN_HTTP", "127.0.0.1:" + NGINX_HTTP)
                .replace("PAYARA", "127.0.0.1:" + HTTP_PORT)
                .replace("CERTIFICATE_KEY", key.toString())
                .replace("CERTIFICATE", cert.toString());
        Files.writeString(dir.resolve("site.conf"), site);
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
                    include %1$s/site.conf;
                }
                """.formatted(dir));
        nginx = new ProcessBuilder(nginxBinary.toString(), "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();

        java.security.KeyStore trusted = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
        trusted.load(null, null);
        try (var in = Files.newInputStream(cert)) {
            trusted.setCertificateEntry("localhost", java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
        }
        javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                client.send(HttpRequest.newBuilder(URI.create(PROXY + "/api/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return client;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !nginx.isAlive()) {
                    throw new AssertionError("nginx did not start: "
                            + Files.readString(dir.resolve("nginx.out")), notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, command + ":\n" + output);
    }

    private static String setupTokenFromServerLog() throws IOException, InterruptedException {
        Path log = payara.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher matcher = SETUP_LINK.matcher(Files.readString(log));
            String token = null;
            while (matcher.find()) {
                token = matcher.group(1);
            }
            if (token != null) {
                return token;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no setup link in " + log);
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertTrue(matcher.find(), "no view state in page");
        return matcher.group(1);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String viewState, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void asadmin(List<String> arguments, boolean mayFail) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(payara.resolve("bin/asadmin").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        builder.environment().put("NETWERKPLAATS_DB_URL", System.getProperty("netwerkplaats.test.db.url"));
        builder.environment().put("NETWERKPLAATS_DB_USER", System.getProperty("netwerkplaats.test.db.user"));
        builder.environment().put("NETWERKPLAATS_DB_PASSWORD", System.getProperty("netwerkplaats.test.db.password"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("asadmin " + arguments + " did not finish");
        }
        if (process.exitValue() != 0 && !mayFail) {
            throw new AssertionError("asadmin " + arguments + " failed:\n" + output);
        }
    }
}
