package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile Health (live, ready) and Metrics in Prometheus text with Netwerkplaats's own figures. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(AdminFixture.class);
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void livenessAndReadinessAnswerUp() throws Exception {
        HttpResponse<String> live = server("health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("\"netwerkplaats\"") && live.body().contains("UP"), live.body());
        HttpResponse<String> ready = server("health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }

    @Test
    void metricsCountSearchesAndShowTheOutboxInPrometheusText() throws Exception {
        double before = metric("netwerkplaats_search_kaart_seconds_count").orElse(0.0);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "api/organisations?q=buurt"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertEquals(before + 3, metric("netwerkplaats_search_kaart_seconds_count").orElseThrow(
                () -> new AssertionError(server("metrics?scope=application").body())), 0.0, "every search timed");

        assertTrue(metric("netwerkplaats_accounts").orElseThrow() >= 1, "the administrator at least");
        double knowledgeBefore = metric("netwerkplaats_search_knowledge_seconds_count").orElse(0.0);
        for (int i = 0; i < 2; i++) {
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "api/knowledge?q=monitoring" + i))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertEquals(knowledgeBefore + 2, metric("netwerkplaats_search_knowledge_seconds_count").orElseThrow(),
                0.0, "knowledge searches timed too");
        for (String gauge : new String[] {"netwerkplaats_mail_queued", "netwerkplaats_mail_sent",
                "netwerkplaats_mail_failed", "netwerkplaats_registrations_confirmed",
                "netwerkplaats_registrations_waiting"}) {
            assertTrue(metric(gauge).orElseThrow(() -> new AssertionError(gauge + " missing")) >= 0);
        }
    }

    @Test
    void everyResponseCarriesARequestIdThatTheErrorPageShows() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "bestaat-niet.xhtml"))
                .header("X-Request-Id", "proxy-7f3a9c21").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertEquals("proxy-7f3a9c21", missing.headers().firstValue("X-Request-Id").orElseThrow(),
                "the reverse proxy's id is kept");
        assertTrue(missing.body().contains("proxy-7f3a9c21"), "the error page quotes the same id");

        HttpResponse<String> hostile = http.send(HttpRequest.newBuilder(URI.create(base + "api/ping"))
                .header("X-Request-Id", "<script>alert(1)</script>").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(hostile.headers().firstValue("X-Request-Id").orElseThrow().matches("[0-9A-F]{10}"),
                "an id that is not sane is replaced");
    }

    private Optional<Double> metric(String name) throws Exception {
        HttpResponse<String> response = server("metrics?scope=application");
        assertEquals(200, response.statusCode(), response.body());
        Matcher line = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(response.body());
        return line.find() ? Optional.of(Double.parseDouble(line.group(2))) : Optional.empty();
    }

    private HttpResponse<String> server(String path) {
        URI uri = URI.create(base.getProtocol() + "://" + base.getAuthority() + "/" + path);
        try {
            return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/plain").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
