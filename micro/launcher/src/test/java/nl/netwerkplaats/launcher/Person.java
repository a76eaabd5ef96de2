package nl.netwerkplaats.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person with a browser's cookie jar, signing in through the real login form of an installation at {@code base}. */
public final class Person {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private Person(String base) {
        this.base = base;
    }

    /** Fills in and sends the login form; returns the login's answer (302 when accepted). */
    public static Person signingIn(String base, String email, String password) throws Exception {
        Person person = new Person(base);
        Matcher viewState = VIEW_STATE.matcher(person.get("/inloggen.xhtml").body());
        assertTrue(viewState.find(), "a login form");
        String form = "login=login&login%3Aemail=" + encode(email) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        person.lastLogin = person.browser.send(HttpRequest.newBuilder(URI.create(base + "/inloggen.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return person;
    }

    private HttpResponse<String> lastLogin;

    public HttpResponse<String> loginAnswer() {
        return lastLogin;
    }

    /**
     * Signed in as an administrator: the admin-only audit log shows its filter form (otherwise the login form is
     * shown in its place, also with status 200).
     */
    public boolean isSignedInAsAdministrator() throws Exception {
        HttpResponse<String> page = get("/beheer/logboek.xhtml");
        return page.statusCode() == 200 && page.body().contains("id=\"door\"")
                && !page.body().contains("login:password");
    }

    public HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
