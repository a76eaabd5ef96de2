package nl.netwerkplaats.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Generates a network of the size the sociale kaart must handle (10,000 organisations, 50,000 people) straight
 * into the embedded PostgreSQL that the launcher started, with Dutch texts drawn from a small vocabulary so that
 * searches hit a realistic share of the rows.
 */
final class NetworkData {

    static final int ORGANISATIONS = 10_000;
    static final int PEOPLE = 50_000;

    private NetworkData() {
    }

    /** The launcher's embedded PostgreSQL writes its port on line 4 of postmaster.pid. */
    static String url(Path dataDirectory) throws IOException {
        List<String> pid = Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/netwerkplaats";
    }

    static void generate(Path dataDirectory) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(url(dataDirectory), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("""
                    insert into network.organisation (name, kind, description, offers, needs, verified, created_at)
                    select (array['Buurtkracht','Taalcafé','Voedselbank','Wijkteam','Mantelzorgpunt','Repair Café',
                                  'Sportclub','Jongerenwerk','Stichting Samen','Huis van de Wijk'])[1 + g % 10]
                               || ' ' || g,
                           (array['RESIDENT_INITIATIVE','CIVIL_SOCIETY','SOCIAL_ENTERPRISE','MUNICIPALITY',
                                  'PROVINCE','KNOWLEDGE_INSTITUTE','EDUCATION','CARE_AND_WELFARE',
                                  'NEIGHBOURHOOD_TEAM','FUND'])[1 + g % 10],
                           'Wij werken in de wijk aan ' || (array['eenzaamheid','armoede','gezondheid','taal',
                                  'meedoen','wonen','werk','opvoeden'])[1 + g % 8] || ' met bewoners en partners.',
                           (array['samenwerking met scholen','taalles voor nieuwkomers','hulp bij formulieren',
                                  'maaltijden voor ouderen','sporten in de buurt','schuldhulpverlening',
                                  'bezoek aan eenzame ouderen','vrijwilligers die klussen'])[1 + (g / 3) % 8],
                           (array['vrijwilligers','een ruimte','subsidie','kennis over wetgeving',
                                  'contact met de gemeente','stagiairs'])[1 + (g / 7) % 6],
                           g % 3 = 0, now()
                    from generate_series(1, :count) g""".replace(":count", Integer.toString(ORGANISATIONS)));
            s.execute("""
                    insert into network.organisation_municipality (organisation_id, municipality_code)
                    select o.id, (array['GM0150','GM0193','GM0153','GM0363','GM0344','GM0599','GM0518','GM0014',
                                        'GM0034','GM0202','GM0268','GM0080','GM0106','GM0772','GM0855','GM0935',
                                        'GM0796','GM0758','GM0200','GM0307'])[1 + o.id % 20]
                    from network.organisation o""");
            s.execute("""
                    insert into network.organisation_theme (organisation_id, theme_id)
                    select o.id, t.ids[1 + o.id % array_length(t.ids, 1)]
                    from network.organisation o, (select array_agg(id order by id) ids from network.theme) t""");
            s.execute("""
                    insert into network.account (email, display_name, password_hash, created_at, status,
                                                 municipality_code, language, offers, public_search, member_search)
                    select 'persoon' || g || '@benchmark.test', 'Persoon ' || g, 'not-a-login', now(), 'ACTIVE',
                           'GM0150', 'nl', o.offer,
                           case when g % 2 = 0 then to_tsvector('dutch', 'Persoon ' || g || ' ' || o.offer) end,
                           to_tsvector('dutch', 'Persoon ' || g || ' ' || o.offer)
                    from generate_series(1, :count) g,
                         lateral (select (array['taalmaatje','klussen in huis','boodschappen doen','coaching',
                                  'administratie','koken'])[1 + g % 6] as offer) o""".replace(":count", Integer.toString(PEOPLE)));
            s.execute("analyze");
        }
    }
}
