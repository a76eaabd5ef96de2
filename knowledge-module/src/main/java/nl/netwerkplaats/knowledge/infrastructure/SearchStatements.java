package nl.netwerkplaats.knowledge.infrastructure;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.netwerkplaats.knowledge.api.KnowledgeQuery;

/**
 * The SQL of a knowledge search, in one place so that the benchmark runs exactly what the service runs. It reads
 * {@code knowledge.search_entry} (migration V7: one narrow row per published item, in 8 hash partitions, kept by a
 * trigger). {@link #search} finds the matches and returns the requested page (part 0), the facet counts (parts 1–4:
 * type, theme, municipality, year) and how many candidates each tier gave (part 5); {@link #newestPage} gives the
 * newest-first page of a search with more matches than candidates; {@link #hits} makes titles and snippets for the
 * page only.
 *
 * <p>A text search ranks in tiers: matches in title or summary first, ranked on those (weights A over B), then
 * matches in the body or attachments only, newest first. Title/summary matches are taken up to
 * {@link #HEAD_CANDIDATES}; when there are fewer, body matches up to {@link #BODY_CANDIDATES}. When neither tier
 * reaches its limit every match was found and the total and facets are exact; otherwise they are those of the
 * candidates ("more than"). A phrase ({@code "eigen regie"}) must stand as a phrase in title or summary; in the body
 * tier all its words must occur (the body's vector has no positions).
 */
public final class SearchStatements {

    /** SQL with positional parameters, and their values in order. */
    public record Statement(String sql, List<Object> parameters) {
    }

    /** How many title/summary matches a text search takes at most. */
    public static final int HEAD_CANDIDATES = 100;

    /** How many body-only matches a text search takes at most, when title and summary gave fewer than their limit. */
    public static final int BODY_CANDIDATES = 100;

    private static final String YEAR = "cast(extract(year from published_at at time zone 'Europe/Amsterdam') as int)";

    private SearchStatements() {
    }

    /** Whether the counts of part 5 ({@link #search}) mean that every match was found. */
    public static boolean exact(long headCount, long bodyCount) {
        return headCount < HEAD_CANDIDATES && bodyCount < BODY_CANDIDATES;
    }

    /** The search: candidates, page, facets. Without text, every published item that passes the filters counts. */
    public static Statement search(KnowledgeQuery query) {
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (query.text() == null) {
            Filter filter = filter(query);
            parameters.addAll(filter.parameters());
            sql = """
                    with m as materialized (
                        select s.item_id as id, s.type, s.theme_ids, s.municipality_codes, s.published_at, s.title,
                               0 as score
                        from knowledge.search_entry s where true%s),
                    tiers as (select count(*) as head, 0 as body from m)
                    """.formatted(filter.where());
        } else {
            parameters.add(query.text());
            Filter filter = filter(query);
            parameters.addAll(filter.parameters());
            parameters.addAll(filter.parameters());
            // ts_rank's default weights put A (title, 1.0) over B (summary, 0.4); + 0.1 keeps every title/summary
            // match above the body-only matches (0.01).
            sql = """
                    with q as materialized (%s),
                    head as materialized (
                        select s.item_id as id, s.type, s.theme_ids, s.municipality_codes, s.published_at, s.title,
                               ts_rank(s.head, q.q, 1) + 0.1 as score
                        from knowledge.search_entry s, q where s.head @@ q.q%s limit %d),
                    body as materialized (
                        select s.item_id as id, s.type, s.theme_ids, s.municipality_codes, s.published_at, s.title,
                               0.01 as score
                        from knowledge.search_entry s, q where s.doc @@ q.words and not s.head @@ q.q%s
                          and (select count(*) from head) < %d limit %d),
                    m as (select * from head union all select * from body),
                    tiers as (select (select count(*) from head) as head, (select count(*) from body) as body)
                    """.formatted(QUERY, filter.where(), HEAD_CANDIDATES, filter.where(), HEAD_CANDIDATES,
                    BODY_CANDIDATES);
        }
        String order = switch (query.sort()) {
            case RELEVANCE -> query.text() == null ? "published_at desc, id desc" : "score desc, published_at desc, id desc";
            case NEWEST -> "published_at desc, id desc";
            case TITLE -> "lower(title), id";
        };
        parameters.add(query.pageSize());
        parameters.add(query.page() * query.pageSize());
        sql += """
                , page as (
                    select id, score, row_number() over (order by %s) as position
                    from m order by %s limit ? offset ?)
                select 0, cast(id as text), score, position from page
                union all select 1, type, null, count(*) from m group by type
                union all select 2, cast(t as text), null, count(*) from m, unnest(theme_ids) t group by t
                union all select 3, c, null, count(*) from m, unnest(municipality_codes) c group by c
                union all select 4, cast(%s as text), null, count(*) from m group by 2
                union all select 5, cast(head as text), null, body from tiers
                """.formatted(order, order, YEAR);
        return new Statement(sql, parameters);
    }

    /**
     * The parsed text ({@code q}) and the same with its phrases loosened to "all these words" ({@code words}), for
     * the body's vector, which has no positions. One parameter: the text.
     */
    private static final String QUERY = """
            select p.q, cast(regexp_replace(cast(p.q as text), '<(-|[0-9]+)>', '&', 'g') as tsquery) as words
            from (select websearch_to_tsquery('dutch', ?) as q) p""";

    /**
     * The newest-first page of a text search with more matches than candidates: walks the publication date index
     * (newest first) until the page is full.
     */
    public static Statement newestPage(KnowledgeQuery query) {
        Filter filter = filter(query);
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.text());
        parameters.addAll(filter.parameters());
        parameters.add(query.pageSize());
        parameters.add(query.page() * query.pageSize());
        String sql = """
                with q as materialized (%s)
                select s.item_id from knowledge.search_entry s, q
                where (s.doc @@ q.words or s.head @@ q.q)%s
                order by s.published_at desc, s.item_id desc limit ? offset ?""".formatted(QUERY, filter.where());
        return new Statement(sql, parameters);
    }

    private record Filter(String where, List<Object> parameters) {
    }

    private static Filter filter(KnowledgeQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (query.type() != null) {
            where.append(" and s.type = ?");
            parameters.add(query.type().name());
        }
        if (query.themeId() != null) {
            where.append(" and s.theme_ids @> array[cast(? as bigint)]");
            parameters.add(query.themeId());
        }
        if (query.municipalityCode() != null) {
            where.append(" and s.municipality_codes @> array[cast(? as varchar)]");
            parameters.add(query.municipalityCode());
        }
        if (query.year() != null) {
            where.append(" and s.published_at >= ? and s.published_at < ?");
            parameters.add(OffsetDateTime.of(query.year(), 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
            parameters.add(OffsetDateTime.of(query.year() + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
        }
        return new Filter(where.toString(), parameters);
    }

    /**
     * Titles, summaries and snippets for the ids of one page (in any order). The snippet is PostgreSQL's headline
     * over a short text: the summary when a word of the search (as stemmed) occurs in it, otherwise 400 characters of
     * the body and attachment text from 150 characters before the first place where one occurs. So the headline
     * parses a short text and still shows the match, and a summary match does not read the body at all. The ids are
     * one array parameter, so the statement is the same for every page and PostgreSQL keeps its plan.
     */
    public static Statement hits(List<Long> ids, String text) {
        String idArray = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        if (text == null) {
            return new Statement("""
                    select k.id, k.title, k.type, k.summary, left(coalesce(k.summary, k.body_text), 240),
                           k.published_at, k.well_described
                    from knowledge.knowledge_item k where k.id = any (cast(? as bigint[]))""", List.of(idArray));
        }
        String sql = """
                with q as materialized (
                    select websearch_to_tsquery('dutch', ?) as q,
                           tsvector_to_array(to_tsvector('dutch', ?)) as words)
                select k.id, k.title, k.type, k.summary,
                       ts_headline('dutch', case
                           when exists (select 1 from unnest(q.words) w
                                        where strpos(lower(coalesce(k.summary, '')), w) > 0) then k.summary
                           else (select case when f.at <= 150 then left(t.body, 400)
                                             else regexp_replace(substr(t.body, f.at - 150, 400), '^\\S*\\s+', '') end
                                 from (select left(k.body_text || ' … ' || k.attachment_text, 20000) as body) t,
                                      lateral (select coalesce(min(nullif(strpos(lower(t.body), w), 0)), 1) as at
                                               from unnest(q.words) w) f)
                           end, q.q, %s),
                       k.published_at, k.well_described
                from knowledge.knowledge_item k cross join q
                where k.id = any (cast(? as bigint[]))""".formatted(Snippets.HEADLINE_OPTIONS);
        return new Statement(sql, List.of(text, text, idArray));
    }
}
