package nl.netwerkplaats.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Generates published knowledge items of Dutch text straight into the embedded PostgreSQL, in SQL, on as many
 * connections as there are cores. The vocabulary has a Zipf-like spread like real text: function words (which the
 * Dutch configuration drops as stop words) most often, then common domain words, then a long tail of compounds
 * ("buurtteam", "taalcoach", ...), so some searches match a fifth of the items and others a few hundred. Bodies
 * run from 30 to 800 words with most of them short; titles 3 to 10 words; summaries 12 to 40.
 */
final class KnowledgeData {

    static final String[] FUNCTION_WORDS = ("de het een en van in op met voor die dat is zijn wordt werd te aan om"
            + " bij ook als niet naar door over tot uit er maar nog wel dan of kan we ze hun hij zij wij je ons"
            + " onze deze dit meer veel goed samen elkaar waar wat hoe").split(" ");

    static final String[] BASE_WORDS = ("samenwerking samenwerken buurt wijk bewoners gemeente vrijwilligers"
            + " vrijwilliger eenzaamheid ouderen jongeren kinderen ouders gezin mantelzorg mantelzorger armoede schulden"
            + " taal gezondheid zorg welzijn werk inkomen wonen school onderwijs sport cultuur veiligheid meedoen"
            + " participatie luisteren zichtbaarheid vertrouwen ontmoeting ontmoeten netwerk initiatief initiatieven"
            + " project aanpak ervaring ervaringen verhaal verhalen les lessen knelpunt oplossing resultaat subsidie"
            + " beleid wetgeving regels professionals organisaties stichting vereniging kerk moskee bibliotheek"
            + " huisarts wijkverpleegkundige wijkteam buurthuis maaltijd koffie tafel gesprek gesprekken training"
            + " cursus coaching begeleiding hulp ondersteuning advies informatie toegang drempel drempels digitaal"
            + " nieuwkomers statushouders migranten laaggeletterdheid dementie beperking inclusie toegankelijkheid"
            + " provincie regio dorp dorpen platteland stad stadsdeel leefbaarheid groen natuur klimaat energie"
            + " armoedebestrijding schuldhulpverlening voedselbank kringloop repaircafe vervoer bus auto fiets"
            + " afspraak evaluatie onderzoek handreiking tool methode werkwijze training kennis delen leren"
            + " bijeenkomst symposium themadag werkplaats gemeenschapskracht kanteling systeem eigen regie kracht"
            + " talent talenten energie plezier zorgen vragen antwoorden signalen preventie vroegsignalering"
            + " financiering begroting tijd ruimte locatie plek rol taak verantwoordelijkheid samenhang").split(" ");

    static final String[] PREFIXES = ("buurt wijk jeugd zorg school taal geld werk huis dorp stads burger ouderen"
            + " jongeren gezins mantelzorg vrijwilligers sport cultuur schuld armoede welzijns gezondheids"
            + " woon leer kennis praat eet klus speel beweeg maatjes thuis dag avond koffie groen energie"
            + " bewoners straat samen vitaal zilver kinder opvoed integratie inburgerings").split(" ");

    static final String[] HEADS = ("team huis hulp kamer project coach netwerk beleid plan aanpak groep tafel"
            + " café punt loket fonds vereniging raad werker werkers maatje maatjes club middag ochtend avond"
            + " gesprek bezoek traject programma route kaart agenda wijzer gids training cursus budget dienst"
            + " centrum ploeg kring festival markt winkel atelier tuin keuken").split(" ");

    /** The search entries' indexes (migration V7), dropped while loading and made again afterwards. */
    private static final List<String> ENTRY_INDEXES = List.of(
            "create index search_entry_item on knowledge.search_entry (item_id)",
            "create index search_entry_head on knowledge.search_entry using gin (head)",
            "create index search_entry_doc on knowledge.search_entry using gin (doc)",
            "create index search_entry_themes on knowledge.search_entry using gin (theme_ids)",
            "create index search_entry_municipalities on knowledge.search_entry using gin (municipality_codes)",
            "create index search_entry_newest on knowledge.search_entry (published_at desc, item_id desc)");

    /**
     * The item table (with TOAST, without indexes); the search entries (all partitions, with TOAST, without
     * indexes); their full-text indexes (title/summary and whole text); all indexes of both.
     */
    private static final String SIZES = """
            with p as (select c.oid, c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                       where i.inhparent = 'knowledge.search_entry'::regclass),
            x as (select c.oid from pg_inherits i join pg_class c on c.oid = i.inhrelid
                  where i.inhparent in ('knowledge.search_entry_head'::regclass, 'knowledge.search_entry_doc'::regclass))
            select pg_total_relation_size('knowledge.knowledge_item') - pg_indexes_size('knowledge.knowledge_item'),
                   (select sum(pg_total_relation_size(oid) - pg_indexes_size(oid)) from p),
                   (select sum(pg_relation_size(oid)) from x),
                   pg_indexes_size('knowledge.knowledge_item') + (select sum(pg_indexes_size(oid)) from p)""";

    private KnowledgeData() {
    }

    /** What loading took and how large the result is. */
    record Loaded(int items, double seconds, double indexSeconds, long tableBytes, long entryBytes,
                  long searchIndexBytes, long allIndexBytes, int vocabulary) {
    }

    static String url(Path dataDirectory) throws IOException {
        List<String> pid = Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"));
        return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/netwerkplaats";
    }

    static Loaded generate(String url, int count) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop index if exists knowledge.search_entry_item");
            s.execute("drop index if exists knowledge.search_entry_head");
            s.execute("drop index if exists knowledge.search_entry_doc");
            s.execute("drop index if exists knowledge.search_entry_themes");
            s.execute("drop index if exists knowledge.search_entry_municipalities");
            s.execute("drop index if exists knowledge.search_entry_newest");
            // The entries are written in one go after loading (the trigger would write them row by row).
            s.execute("alter table knowledge.knowledge_item disable trigger knowledge_item_search_entry");
            s.execute("drop index if exists knowledge.knowledge_item_themes");
            s.execute("drop index if exists knowledge.knowledge_item_municipalities");
            s.execute("drop table if exists public.bench_vocabulary");
            s.execute("create unlogged table public.bench_vocabulary (rank int primary key, word text not null)");
            s.execute("""
                    insert into public.bench_vocabulary (rank, word)
                    select row_number() over (order by grp, ord), word from (
                        select 1 as grp, o as ord, w as word from unnest(%s) with ordinality f(w, o)
                        union all select 2, o, w from unnest(%s) with ordinality b(w, o)
                        union all select 3, row_number() over (order by md5(p || h)), p || h
                                  from unnest(%s) p, unnest(%s) h) v""".formatted(array(FUNCTION_WORDS),
                    array(BASE_WORDS), array(PREFIXES), array(HEADS)));
        }
        int vocabulary;
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from public.bench_vocabulary")) {
            rs.next();
            vocabulary = rs.getInt(1);
        }
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Statement> running = new CopyOnWriteArrayList<>();
        List<Future<?>> parts = new ArrayList<>();
        try {
            for (int w = 0; w < workers; w++) {
                int from = 1 + (int) ((long) count * w / workers);
                int to = (int) ((long) count * (w + 1) / workers);
                parts.add(pool.submit(() -> {
                    insert(url, from, to, running);
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (Exception e) {
            // A worker blocked in a JDBC call ignores interrupts: cancel its statement in PostgreSQL as well.
            for (Statement statement : running) {
                try {
                    statement.cancel();
                } catch (SQLException ignored) {
                    // the statement has ended already
                }
            }
            throw e;
        } finally {
            pool.shutdownNow();
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                System.err.println("Loading workers did not stop within 60 s");
            }
        }
        long loaded = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '512MB'");
            s.execute("set max_parallel_maintenance_workers = 2");
            s.execute("select knowledge.rebuild_search_entries()");
            s.execute("alter table knowledge.knowledge_item enable trigger knowledge_item_search_entry");
            for (String index : ENTRY_INDEXES) {
                s.execute(index);
            }
            s.execute("create index knowledge_item_themes on knowledge.knowledge_item using gin (theme_ids)");
            s.execute("create index knowledge_item_municipalities on knowledge.knowledge_item using gin (municipality_codes)");
            s.execute("""
                    insert into knowledge.knowledge_item_theme (item_id, theme_id)
                    select k.id, t from knowledge.knowledge_item k, unnest(k.theme_ids) t where k.created_by = -1""");
            s.execute("""
                    insert into knowledge.knowledge_item_municipality (item_id, municipality_code)
                    select k.id, m from knowledge.knowledge_item k, unnest(k.municipality_codes) m where k.created_by = -1""");
            s.execute("vacuum analyze knowledge.knowledge_item");
            s.execute("vacuum analyze knowledge.search_entry");
            s.execute("analyze knowledge.knowledge_item_theme");
            s.execute("analyze knowledge.knowledge_item_municipality");
            long end = System.nanoTime();
            try (ResultSet rs = s.executeQuery(SIZES)) {
                rs.next();
                return new Loaded(count, (end - start) / 1e9, (end - loaded) / 1e9, rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), vocabulary);
            }
        }
    }

    /** How many generated items (created by -1) the database holds; 0 when none. */
    static int generatedItems(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from knowledge.knowledge_item where created_by = -1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The sizes of data loaded in an earlier run (load times unknown). */
    static Loaded alreadyLoaded(String url, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("analyze knowledge.knowledge_item");
            s.execute("analyze knowledge.search_entry");
            try (ResultSet rs = s.executeQuery(SIZES)) {
                rs.next();
                return new Loaded(count, Double.NaN, Double.NaN, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), 0);
            }
        }
    }

    /** One worker's share: items {@code from..to}, generated and inserted by one statement. */
    private static void insert(String url, int from, int to, List<Statement> running) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            running.add(s);
            s.execute("set synchronous_commit = off");
            s.execute("""
                    with v as (select array_agg(word order by rank) as words, ln(count(*)) as ln_n
                               from public.bench_vocabulary),
                    t as (select array_agg(id order by id) as ids from network.theme),
                    m as (select array['GM0150','GM0193','GM0153','GM0363','GM0344','GM0599','GM0518','GM0014',
                                       'GM0034','GM0202','GM0268','GM0080','GM0106','GM0772','GM0855','GM0935',
                                       'GM0796','GM0758','GM0200','GM0307','GM0383','GM0394','GM0479','GM0505',
                                       'GM0546','GM0603','GM0637','GM0642','GM0664','GM0668'] as codes)
                    insert into knowledge.knowledge_item (title, type, document_kind, summary, body_html, body_text,
                        status, published_at, created_at, updated_at, created_by, theme_ids, municipality_codes)
                    select x.title, x.type,
                           case when x.type = 'DOCUMENT' then (array['HANDREIKING','ONDERZOEK','TOOL'])[1 + g % 3] end,
                           x.summary, '<p>' || x.body || '</p>', x.body, 'GEPUBLICEERD', x.published, x.published,
                           x.published, -1,
                           array(select distinct t.ids[1 + floor(random() * array_length(t.ids, 1))::int]
                                 from generate_series(1, 1 + (g % 3))),
                           array(select distinct m.codes[1 + floor(power(random(), 2) * 30)::int]
                                 from generate_series(1, 1 + (g % 2)))
                    from generate_series(?, ?) g cross join v cross join t cross join m,
                    lateral (select
                        initcap((select string_agg(v.words[greatest(1, floor(exp(random() * v.ln_n))::int + 0 * i)], ' ')
                                 from generate_series(1, 3 + (g * 7) % 8) i)) as title,
                        (select string_agg(v.words[greatest(1, floor(exp(random() * v.ln_n))::int + 0 * i)], ' ')
                         from generate_series(1, 12 + (g * 13) % 29) i) || '.' as summary,
                        (select string_agg(v.words[greatest(1, floor(exp(random() * v.ln_n))::int + 0 * i)], ' ')
                         from generate_series(1, 30 + floor(770 * power(random() + g * 0, 4))::int) i) || '.' as body,
                        (array['BEST_PRACTICE','CASUS','GELEERDE_LES','KNELPUNT','VERHAAL','RODE_DRAAD',
                               'KERNBOODSCHAP','VOORBEELD','DOCUMENT'])[1 + (g * 31) % 9] as type,
                        timestamptz '2015-01-01' + (g % 4000) * interval '1 day'
                            + (g % 86400) * interval '1 second' as published
                    ) x""".replace("?, ?", from + ", " + to));
        }
    }

    private static String array(String[] words) {
        StringBuilder sql = new StringBuilder("array[");
        for (int i = 0; i < words.length; i++) {
            sql.append(i == 0 ? "" : ",").append('\'').append(words[i].replace("'", "''")).append('\'');
        }
        return sql.append("]::text[]").toString();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }
}
