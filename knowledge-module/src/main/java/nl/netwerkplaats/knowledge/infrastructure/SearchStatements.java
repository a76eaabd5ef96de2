package nl.netwerkplaats.knowledge.infrastructure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.netwerkplaats.knowledge.api.KnowledgeQuery;

/**
 * The SQL of a knowledge search, in one place so that the benchmark runs exactly what the service runs. A search
 * statement ({@link #search} or {@link #broadSearch}, chosen with {@link #estimate}) finds the matches once
 * ({@code materialized}) and returns the requested page (part 0) and the facet counts (parts 1–4: type, theme,
 * municipality, year) together; {@link #hits} then makes snippets for that page only.
 */
public final class SearchStatements {

    /** SQL with positional parameters, and their values in order. */
    public record Statement(String sql, List<Object> parameters) {
    }

    /** ts_rank's default weights put A (title, 1.0) over B (summary, 0.4) over C (body, attachments, 0.2). */
    private static final String RANK = "ts_rank(k.search_vector, tq.q, 1)";

    private SearchStatements() {
    }

    /**
     * How many matches a search may have and still be counted and ranked exactly (full text, weights A/B/C). Above
     * it, {@link #broadSearch} takes over.
     */
    public static final int EXACT_LIMIT = 1000;

    /**
     * Run first in the search's transaction (a query, for the settings last until the transaction ends): with
     * PostgreSQL's default 4 MB a common word's bitmap turns lossy, and every row of a lossy page is rechecked, which
     * means reading its whole text vector; and a statement the driver has prepared must still be planned for the
     * words of this search, not with a generic plan that knows no word's frequency.
     */
    public static final String SETTINGS = "select set_config('work_mem', '64MB', true),"
            + " set_config('plan_cache_mode', 'force_custom_plan', true)";

    /** How many candidates a broad search takes from the title/summary index and from the full index each. */
    public static final int BROAD_CANDIDATES = 500;

    /**
     * Above this many matches by the planner's estimate a text search goes straight to {@link #broadSearch}. ANALYZE
     * keeps the frequency of the common lexemes of a {@code tsvector} column, so for a common word the estimate is
     * close (508,043 matches estimated as 507,078 in the benchmark's bank); for rare words it is low, and the exact
     * search finds out itself ({@link #search} stops at {@link #EXACT_LIMIT} + 1 matches).
     */
    public static final long BROAD_ESTIMATE = 3L * EXACT_LIMIT;

    /** The planner's estimate of the number of matches: costs planning only, no row is read. */
    public static Statement estimate(KnowledgeQuery query) {
        Filter filter = filter(query);
        return new Statement("explain select 1 from " + filter.from() + " where " + filter.where(),
                filter.parameters());
    }

    /** Reads the estimate from the first line of {@link #estimate}'s plan, e.g. {@code "... rows=507078 width=4)"}. */
    public static long estimatedRows(String firstPlanLine) {
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("rows=(\\d+)").matcher(firstPlanLine);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    /**
     * The exact search: every match counted, ranked on the full text (weights A/B/C) and counted in the facets. With
     * text it stops after {@link #EXACT_LIMIT} + 1 matches: when the facet counts add up to more than the limit, the
     * search was too broad for this statement and the caller runs {@link #broadSearch} instead (the page and counts
     * of this one are then incomplete). Without text (filters only) every match is counted.
     */
    public static Statement search(KnowledgeQuery query) {
        Filter filter = filter(query);
        List<Object> parameters = new ArrayList<>(filter.parameters());
        String score = query.text() == null ? "0" : RANK;
        String limit = "";
        if (query.text() != null) {
            limit = " limit ?";
            parameters.add(EXACT_LIMIT + 1);
        }
        String sql = """
                with m as materialized (
                    select k.id, k.type, k.theme_ids, k.municipality_codes, k.published_at, k.title,
                           cast(extract(year from k.published_at at time zone 'Europe/Amsterdam') as int) as year,
                           %s as score
                    from %s
                    where %s%s)
                """.formatted(score, filter.from(), filter.where(), limit) + pageAndFacets(query, parameters);
        return new Statement(sql, parameters);
    }

    /**
     * The search for a text with very many matches (a common word). Counting and ranking every match would cost a
     * row visit and a full-text rank each; instead the candidates are the first {@link #BROAD_CANDIDATES} matches in
     * title or summary, ranked on those, topped up with body matches when there are fewer, and the total and the
     * facets are those of the candidates (shown as "more than"). Newest-first ignores the cap and walks the
     * publication date index.
     */
    public static Statement broadSearch(KnowledgeQuery query) {
        Filter head = filter(query, "k.search_head");
        Filter all = filter(query);
        List<Object> parameters = new ArrayList<>(head.parameters());
        parameters.add(BROAD_CANDIDATES);
        parameters.addAll(all.parameters());
        parameters.add(BROAD_CANDIDATES);
        String columns = """
                k.id, k.type, k.theme_ids, k.municipality_codes, k.published_at, k.title,
                cast(extract(year from k.published_at at time zone 'Europe/Amsterdam') as int) as year""";
        // The body branch runs only when title and summary gave fewer candidates than wanted: its one-time filter
        // skips reading the (long) list of body matches of a common word altogether.
        String sql = """
                with head as materialized (
                    select %s, ts_rank(k.search_head, tq.q, 1) + 0.01 as score, 1 as source
                    from %s where %s limit ?),
                m as materialized (
                    select distinct on (id) id, type, theme_ids, municipality_codes, published_at, title, year, score
                    from (select * from head
                          union all
                          (select %s, 0.01, 2 from %s where %s
                             and (select count(*) from head) < %d limit ?)) candidates
                    order by id, source)
                """.formatted(columns, head.from(), head.where(), columns, all.from(), all.where(),
                BROAD_CANDIDATES);
        if (query.sort() == KnowledgeQuery.Sort.NEWEST) {
            Filter newest = filter(query);
            String facets = pageAndFacets(query, parameters);
            parameters.addAll(newest.parameters());
            parameters.add(query.pageSize());
            parameters.add(query.page() * query.pageSize());
            // The page comes from the date index, not from the candidates; parameters follow in statement order.
            sql += facets.replace("select 0, cast(id as text), score, position from page",
                    "select 0, cast(n.id as text), 0.01, row_number() over () from (select k.id from "
                            + newest.from() + " where " + newest.where()
                            + " order by k.published_at desc, k.id desc limit ? offset ?) n");
            return new Statement(sql, parameters);
        }
        sql += pageAndFacets(query, parameters);
        return new Statement(sql, parameters);
    }

    private static String pageAndFacets(KnowledgeQuery query, List<Object> parameters) {
        String order = switch (query.sort()) {
            case RELEVANCE -> query.text() == null ? "published_at desc, id desc" : "score desc, published_at desc, id desc";
            case NEWEST -> "published_at desc, id desc";
            case TITLE -> "lower(title), id";
        };
        parameters.add(query.pageSize());
        parameters.add(query.page() * query.pageSize());
        return """
                , page as (
                    select id, score, row_number() over (order by %s) as position
                    from m order by %s limit ? offset ?)
                select 0, cast(id as text), score, position from page
                union all select 1, type, null, count(*) from m group by type
                union all select 2, cast(t as text), null, count(*) from m, unnest(theme_ids) t group by t
                union all select 3, c, null, count(*) from m, unnest(municipality_codes) c group by c
                union all select 4, cast(year as text), null, count(*) from m group by year
                """.formatted(order, order);
    }

    private record Filter(String from, String where, List<Object> parameters) {
    }

    private static Filter filter(KnowledgeQuery query) {
        return filter(query, "k.search_vector");
    }

    private static Filter filter(KnowledgeQuery query, String vector) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("k.status = 'GEPUBLICEERD'");
        String from = "knowledge.knowledge_item k";
        if (query.text() != null) {
            from += " cross join (select websearch_to_tsquery('dutch', ?) q) tq";
            parameters.add(query.text());
            where.append(" and ").append(vector).append(" @@ tq.q");
        }
        if (query.type() != null) {
            where.append(" and k.type = ?");
            parameters.add(query.type().name());
        }
        if (query.themeId() != null) {
            where.append(" and k.theme_ids @> array[cast(? as bigint)]");
            parameters.add(query.themeId());
        }
        if (query.municipalityCode() != null) {
            where.append(" and k.municipality_codes @> array[cast(? as varchar)]");
            parameters.add(query.municipalityCode());
        }
        if (query.year() != null) {
            where.append(" and k.published_at >= ? and k.published_at < ?");
            parameters.add(OffsetDateTime.of(query.year(), 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
            parameters.add(OffsetDateTime.of(query.year() + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
        }
        return new Filter(from, where.toString(), parameters);
    }

    /** Titles, summaries and snippets for the ids of one page (in any order). */
    public static Statement hits(List<Long> ids, String text) {
        String inList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String snippet = text == null
                ? "left(coalesce(k.summary, k.body_text), 240)"
                : "ts_headline('dutch', left(coalesce(k.summary, '') || ' … ' || k.body_text || ' … ' || k.attachment_text, 4000),"
                  + " websearch_to_tsquery('dutch', ?), " + Snippets.HEADLINE_OPTIONS + ")";
        String sql = """
                select k.id, k.title, k.type, k.summary, %s, k.published_at, k.well_described
                from knowledge.knowledge_item k where k.id in (%s)""".formatted(snippet, inList);
        return new Statement(sql, text == null ? List.of() : List.of(text));
    }
}
