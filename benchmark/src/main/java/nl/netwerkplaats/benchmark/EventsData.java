package nl.netwerkplaats.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gatherings for the agenda and registration scenarios: 150 published gatherings spread over the coming year and
 * 50 past ones, over 20 municipalities, the themes and every kind; and one gathering with 50 seats that the
 * registration burst hits.
 */
final class EventsData {

    static final int UPCOMING = 150;
    static final int PAST = 50;

    private EventsData() {
    }

    /** @return the id of the gathering the registration burst goes to */
    static long generate(Path dataDirectory) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(NetworkData.url(dataDirectory), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("""
                    insert into events.gathering (title, kind, starts_at, ends_at, venue_name, municipality_code,
                                                  status, capacity, description)
                    select (array['Ontmoeting','Themadag','Symposium','Pitchsessie','Intervisie'])[1 + g % 5]
                               || ' ' || g,
                           (array['ONTMOETING','SYMPOSIUM','THEMADAG','PITCH_SESSIE','EMPATHIESESSIE','INTERVISIE',
                                  'SPEEDDATE','ONTWIKKELTAFEL','WERKCONFERENTIE','MEETUP'])[1 + g % 10],
                           now() + (g - :past) * interval '2 days' + interval '13 hours',
                           now() + (g - :past) * interval '2 days' + interval '17 hours',
                           'Buurthuis ' || g,
                           (array['GM0150','GM0193','GM0153','GM0363','GM0344','GM0599','GM0518','GM0014',
                                  'GM0034','GM0202','GM0268','GM0080','GM0106','GM0772','GM0855','GM0935',
                                  'GM0796','GM0758','GM0200','GM0307'])[1 + g % 20],
                           case when g < :past then 'AFGELOPEN' else 'GEPUBLICEERD' end, 40 + g % 60,
                           'Een middag samen rond een thema uit de wijk.'
                    from generate_series(0, :total - 1) g"""
                    .replace(":past", Integer.toString(PAST)).replace(":total", Integer.toString(PAST + UPCOMING)));
            s.execute("""
                    insert into events.gathering_theme (gathering_id, theme_id)
                    select g.id, t.ids[1 + g.id % array_length(t.ids, 1)]
                    from events.gathering g, (select array_agg(id order by id) ids from network.theme) t""");
            try (ResultSet burst = s.executeQuery("""
                    insert into events.gathering (title, kind, starts_at, ends_at, venue_name, municipality_code,
                                                  status, capacity)
                    values ('Symposium gemeenschapskracht (burst)', 'SYMPOSIUM', now() + interval '30 days',
                            now() + interval '30 days 6 hours', 'Theater', 'GM0150', 'GEPUBLICEERD', 50)
                    returning id""")) {
                burst.next();
                return burst.getLong(1);
            }
        }
    }
}
