package nl.netwerkplaats.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The report scenario's gathering (issue 6): a themadag whose report is published, with 12 tables × 3 rounds × 20
 * harvest items (720), every type, knelpunten with both perspectives, and an intro and a synthesis.
 */
final class ReportData {

    static final int TABLES = 12;
    static final int ROUNDS = 3;
    static final int ITEMS_PER_TABLE_AND_ROUND = 20;

    private ReportData() {
    }

    /** @return the id of the gathering whose report the scenarios read */
    static long generate(Path dataDirectory) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(NetworkData.url(dataDirectory), "postgres", "");
             Statement s = c.createStatement()) {
            long id;
            try (ResultSet g = s.executeQuery("""
                    insert into events.gathering (title, kind, starts_at, ends_at, venue_name, municipality_code,
                                                  status, capacity, description)
                    values ('MO-themadag Limburg (verslag)', 'THEMADAG', now() - interval '10 days',
                            now() - interval '10 days' + interval '6 hours', 'Kasteel Hoensbroek', 'GM0899',
                            'VERSLAG_GEPUBLICEERD', 120, 'Een dag in 12 thematafels.')
                    returning id""")) {
                g.next();
                id = g.getLong(1);
            }
            s.execute("insert into events.gathering_goal (gathering_id, position, goal) values (" + id
                    + ", 0, 'Best practices delen'), (" + id + ", 1, 'Knelpunten van twee kanten bekijken')");
            s.execute(("insert into events.programme_round (gathering_id, position, title, question)"
                    + " select :id, r, 'Ronde ' || r, 'Welke best practices kent u uit uw eigen omgeving?'"
                    + " from generate_series(1, :rounds) r").replace(":id", Long.toString(id))
                    .replace(":rounds", Integer.toString(ROUNDS)));
            s.execute(("insert into events.gathering_table (gathering_id, number, topic, host_name)"
                    + " select :id, t, 'Thematafel ' || t, 'Gastheer ' || t from generate_series(1, :tables) t")
                    .replace(":id", Long.toString(id)).replace(":tables", Integer.toString(TABLES)));
            s.execute("""
                    insert into events.harvest_item (gathering_id, table_id, round_id, type, text, pitched_by,
                                                     government_view, initiative_view, author_name, origin, status,
                                                     position, created_at, updated_at)
                    select :id, t.id, r.id,
                           (array['BEST_PRACTICE','RODE_DRAAD','KERNBOODSCHAP','CASUS','SUGGESTIE','KNELPUNT','IDEE',
                                  'TOEKOMSTBEELD','RANDVOORWAARDE','VERVOLGACTIE'])[1 + i % 10],
                           'Item ' || i || ' van tafel ' || t.number || ' in ronde ' || r.position
                               || ': we hebben goed samengewerkt met gemeentes, bibliotheken en andere'
                               || ' maatschappelijke organisaties, door maandelijks een plan te bespreken.',
                           case when i % 10 = 3 then 'Pitcher ' || i end,
                           case when i % 10 = 5 then 'Wet- en regelgeving laat weinig ruimte' end,
                           case when i % 10 = 5 then 'Te veel formulieren en te weinig tijd' end,
                           'Notulist', 'LIVE', 'SHOWN', row_number() over (), now(), now()
                    from events.gathering_table t
                    join events.programme_round r on r.gathering_id = t.gathering_id
                    cross join generate_series(0, :items - 1) i
                    where t.gathering_id = :id"""
                    .replace(":id", Long.toString(id)).replace(":items", Integer.toString(ITEMS_PER_TABLE_AND_ROUND)));
            s.execute("insert into events.report (gathering_id, intro, synthesis, published_at) values (" + id
                    + ", 'Een dag vol energie in Limburg.', 'Samen sterk: netwerkkracht = verbinden × durven', now())");
            return id;
        }
    }
}
