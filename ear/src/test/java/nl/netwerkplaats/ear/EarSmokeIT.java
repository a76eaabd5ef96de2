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

    private static Path payara;
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
        asadmin(List.of("--port", Integer.toString(ADMIN_PORT), "deploy", "--name", "netwerkplaats",
                System.getProperty("netwerkplaats.ear")), false);
    }

    @AfterAll
    static void stopDomain() throws Exception {
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
