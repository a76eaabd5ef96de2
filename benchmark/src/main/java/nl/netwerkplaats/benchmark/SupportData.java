package nl.netwerkplaats.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The support marketplace at the size it must handle: 20,000 offers next to NetworkData's 10,000 organisations and
 * 50,000 people (a tenth of whom open their name, themes and municipality to members), one request to match,
 * and a coordinator who is signed in through the login page like a person would be.
 */
final class SupportData {

    static final int OFFERS = 20_000;
    static final String COORDINATOR = "coordinator@benchmark.test";
    private static final String PASSWORD = "benchmark coordinator password";

    private SupportData() {
    }

    /** @return the id of the request whose matches the scenario ranks */
    static long generate(Path dataDirectory) throws IOException, SQLException, GeneralSecurityException {
        List<String> pid = Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/netwerkplaats";
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("""
                    insert into network.profile_visibility (account_id, field, audience)
                    select a.id, f.field, 'MEMBERS' from network.account a,
                           (values ('NAME'), ('THEMES'), ('MUNICIPALITY'), ('OFFERS')) f(field)
                    where a.email like 'persoon%@benchmark.test' and a.id % 10 = 0""");
            s.execute("""
                    insert into network.account_theme (account_id, theme_id)
                    select a.id, t.ids[1 + a.id % array_length(t.ids, 1)]
                    from network.account a, (select array_agg(id order by id) ids from network.theme) t
                    where a.email like 'persoon%@benchmark.test' and a.id % 10 = 0""");
            s.execute("""
                    insert into network.support_offer (author_id, title, description, municipality_code, created_at)
                    select p.ids[1 + g % array_length(p.ids, 1)],
                           (array['Taalmaatje','Klushulp','Vergaderruimte','Kookhulp','Advies over subsidie',
                                  'Netwerk in de wijk','Schuldhulp','Huiswerkbegeleiding'])[1 + g % 8] || ' ' || g,
                           'Ik bied ' || (array['taalles voor nieuwkomers','hulp bij klussen in huis',
                                  'een ruimte voor bijeenkomsten','maaltijden koken voor ouderen',
                                  'advies over subsidie en fondsen','contacten met de gemeente',
                                  'hulp bij formulieren en schulden','begeleiding van jongeren'])[1 + (g / 3) % 8]
                               || ' in de buurt, ' || (array['op zaterdag','doordeweeks','in de avond',
                                  'als het nodig is'])[1 + g % 4] || '.',
                           case when g % 5 = 0 then null
                                else (array['GM0150','GM0193','GM0153','GM0363','GM0344','GM0599','GM0518',
                                            'GM0014','GM0034','GM0202'])[1 + g % 10] end,
                           now()
                    from generate_series(1, :count) g,
                         (select array_agg(id order by id) ids from network.account
                          where email like 'persoon%@benchmark.test') p""".replace(":count", Integer.toString(OFFERS)));
            s.execute("""
                    insert into network.support_offer_theme (offer_id, theme_id)
                    select f.id, t.ids[1 + f.id % array_length(t.ids, 1)]
                    from network.support_offer f, (select array_agg(id order by id) ids from network.theme) t""");
            s.execute("""
                    insert into network.support_offer_help (offer_id, help_kind)
                    select f.id, (array['KNOWLEDGE','HANDS','SPACE','MONEY','NETWORK','ADVICE'])[1 + f.id % 6]
                    from network.support_offer f""");

            long coordinator;
            try (PreparedStatement insert = c.prepareStatement("insert into network.account (email, display_name, "
                    + "password_hash, created_at, status) values (?, 'Benchmark Coördinator', ?, now(), 'ACTIVE') "
                    + "returning id")) {
                insert.setString(1, COORDINATOR);
                insert.setString(2, hash(PASSWORD));
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    coordinator = rs.getLong(1);
                }
            }
            s.execute("insert into network.account_role (account_id, role) values (" + coordinator + ", 'MEMBER'), ("
                    + coordinator + ", 'COORDINATOR')");

            long request;
            try (ResultSet rs = s.executeQuery("""
                    insert into network.support_request (requester_id, title, need, reason, municipality_code,
                                                        urgency, status, created_at, updated_at)
                    select min(id), 'Maaltijden koken voor eenzame ouderen',
                           'Wij zoeken vrijwilligers die een keer per week samen met ouderen koken en eten in het '
                               || 'buurthuis. Ook een ruimte met keuken en advies over subsidie zijn welkom.',
                           'Veel ouderen in de wijk zijn eenzaam en eten alleen.',
                           'GM0150', 'HIGH', 'NEW', now(), now()
                    from network.account where email like 'persoon%@benchmark.test'
                    returning id""")) {
                rs.next();
                request = rs.getLong(1);
            }
            s.execute("insert into network.support_request_theme (request_id, theme_id) select " + request
                    + ", id from network.theme order by id limit 2");
            s.execute("insert into network.support_request_help (request_id, help_kind) values (" + request
                    + ", 'HANDS'), (" + request + ", 'SPACE'), (" + request + ", 'ADVICE')");
            s.execute("analyze");
            return request;
        }
    }

    /** The password hash as the application's PBKDF2 (Soteria) writes it: algorithm:iterations:salt:hash. */
    private static String hash(String password) throws GeneralSecurityException {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 64 * 8)).getEncoded();
        return "PBKDF2WithHmacSHA512:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** A client with the coordinator's session, signed in through the login form. */
    static HttpClient signedInCoordinator(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/inloggen.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on the login page");
        }
        String form = "login=login&login%3Aemail=" + encode(COORDINATOR) + "&login%3Apassword=" + encode(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        client.send(HttpRequest.newBuilder(URI.create(base + "/inloggen.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return client;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
